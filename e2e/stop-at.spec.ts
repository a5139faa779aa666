import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as numpy } from './fixtures/numpyReference';

/*
 * "Stop where the lesson stops" (issue 10, part 1): Run stops at "Stop at" exactly, at full speed, and says so;
 * Run again goes on to the next stop; "Go to iteration" moves anywhere exactly, back by the timeline or forward
 * by training. Expected numbers: the NumPy reference (src/core/fixtures/reference.json).
 */

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const stopAt = (page: Page) => page.getByRole('combobox', { name: 'Stop at' });
const goTo = (page: Page) => page.getByRole('textbox', { name: 'Go to iteration' });
const iteration = (page: Page) => page.getByTestId('iteration');
const prediction = (page: Page) => page.getByTestId('prediction');

async function expectStoppedAt(page: Page, k: number) {
  await expect(button(page, 'Run')).toBeVisible({ timeout: 60_000 });
  await expect(iteration(page)).toHaveAttribute('data-value', String(k), { timeout: 30_000 });
  await expect(page.getByTestId('iteration-status')).toHaveText('stopped here (Stop at)');
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(numpy(0).weights[0]), { timeout: 20_000 });
});

test('Run from a fresh page stops at exactly 10,000 at full speed, showing 0.9897704, and says so', async ({ page }) => {
  await expect(stopAt(page)).toHaveValue('10,000');
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAttribute('aria-valuetext', 'max');
  await button(page, 'Run').click();
  await expectStoppedAt(page, 10_000);
  await expect(prediction(page)).toHaveText('0.9897704');
  await expect(prediction(page)).toHaveAttribute('data-value', String(numpy(10_000).prediction));
  for (const j of [1, 2, 3]) await expect(page.getByTestId(`weight-${j}`)).toHaveAttribute('data-value', String(numpy(10_000).weights[j - 1]));
  // Nothing trained past the stop: the timeline ends there, and its number is the iteration in view.
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('max', '10000');
  await expect(goTo(page)).toHaveValue('10,000');
  // A screen reader hears it once it settles.
  await expect(page.getByTestId('announcement')).toContainText('Iteration 10,000, prediction 0.9897704', { timeout: 10_000 });
  await expect(page.getByTestId('announcement')).toContainText('Stopped here (Stop at).');
});

test('Run again goes on to the next stop, 100,000, and Stop at shows it; a typed stop works at 5 per second', async ({ page }) => {
  await stopAt(page).fill('10');
  await stopAt(page).press('Enter');
  await button(page, 'Run').click();
  await expectStoppedAt(page, 10);
  await expect(prediction(page)).toHaveText('0.65980921');
  await button(page, 'Run').click();
  await expect(stopAt(page)).toHaveValue('100');
  await expectStoppedAt(page, 100);
  await expect(prediction(page)).toHaveText('0.87680541');

  // A typed stop, at a set speed: 5 per second from 100 to 103.
  await page.getByRole('slider', { name: 'Speed' }).focus();
  for (let i = 0; i < 20 && (await page.getByRole('slider', { name: 'Speed' }).getAttribute('aria-valuetext')) !== '5 / s'; i++) {
    await page.keyboard.press('ArrowLeft');
  }
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveAttribute('aria-valuetext', '5 / s');
  await stopAt(page).fill('103');
  await stopAt(page).press('Enter');
  await button(page, 'Run').click();
  await expectStoppedAt(page, 103);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('max', '103');
});

test('a Stop at that is not a count says so under the field, and the last good stop stands', async ({ page }) => {
  await stopAt(page).fill('ten');
  await stopAt(page).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Stop at:' })).toHaveText(/'ten' is not a whole number; type a whole number from 1 to 4,294,967,295, or "no limit"/);
  await expect(stopAt(page)).toHaveAttribute('aria-invalid', 'true');
  await stopAt(page).press('Escape');
  await expect(stopAt(page)).toHaveValue('10,000');
  await button(page, 'Run').click();
  await expectStoppedAt(page, 10_000);
});

test('Go to iteration: forward by training, back by the timeline, exactly; 10,000 after a run past a million', async ({ page }) => {
  // Forward from 0: trained up to 10,000 exactly.
  await goTo(page).fill('10000');
  await goTo(page).press('Enter');
  await expect(iteration(page)).toHaveAttribute('data-value', '10000', { timeout: 30_000 });
  await expect(prediction(page)).toHaveText('0.9897704');

  // A run past a million (typed with separators), then back to 10,000 and 100.
  await stopAt(page).fill('1,250,000');
  await stopAt(page).press('Enter');
  await button(page, 'Run').click();
  await expectStoppedAt(page, 1_250_000);
  await goTo(page).fill('10,000');
  await goTo(page).press('Enter');
  await expect(iteration(page)).toHaveAttribute('data-value', '10000', { timeout: 30_000 });
  await expect(prediction(page)).toHaveText('0.9897704');
  await expect(prediction(page)).toHaveAttribute('data-value', String(numpy(10_000).prediction));
  await expect(goTo(page)).toHaveValue('10,000');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('max', '1250000');
  await goTo(page).fill('100');
  await goTo(page).press('Enter');
  await expect(prediction(page)).toHaveText('0.87680541');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuetext', 'Iteration 100 of 1,250,000');

  // A bad number says what is wrong and moves nothing.
  await goTo(page).fill('-5');
  await goTo(page).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Go to iteration:' })).toContainText("'-5' is not a whole number");
  await expect(iteration(page)).toHaveAttribute('data-value', '100');
});

test('Shift+Right and Shift+Left on the timeline move ten iterations, as the keyboard help says', async ({ page }) => {
  await button(page, 'Step 100').click();
  await expect(iteration(page)).toHaveAttribute('data-value', '100', { timeout: 20_000 });
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(iteration(page)).toHaveAttribute('data-value', '90', { timeout: 20_000 });
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(iteration(page)).toHaveAttribute('data-value', '70', { timeout: 20_000 });
  await page.keyboard.press('Shift+ArrowRight');
  await expect(iteration(page)).toHaveAttribute('data-value', '80', { timeout: 20_000 });
  await page.keyboard.press('ArrowRight');
  await expect(iteration(page)).toHaveAttribute('data-value', '81', { timeout: 20_000 });
  // At the end of what is trained, Shift+Right trains ten more, as Step 10 would.
  await page.keyboard.press('End');
  await expect(iteration(page)).toHaveAttribute('data-value', '100', { timeout: 20_000 });
  await page.keyboard.press('Shift+ArrowRight');
  await expect(iteration(page)).toHaveAttribute('data-value', '110', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Shift+← and Shift+→ ten');
});
