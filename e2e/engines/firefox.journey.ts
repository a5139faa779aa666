import { test } from '@playwright/test';
import { launchFirefox } from './firefox';
import { lessonJourney } from './journey';

test("the lesson's journey in Firefox (WebDriver BiDi)", async () => {
  await lessonJourney(launchFirefox, (name) => test.info().outputPath(`firefox-${name}.png`));
});
