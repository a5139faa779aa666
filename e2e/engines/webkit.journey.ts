import { test } from '@playwright/test';
import { launchWebKit } from './webkit';
import { lessonJourney } from './journey';

test("the lesson's journey in WebKit (WebKitGTK over WebDriver)", async () => {
  await lessonJourney(launchWebKit, (name) => test.info().outputPath(`webkit-${name}.png`));
});
