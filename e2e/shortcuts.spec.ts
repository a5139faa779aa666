import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint } from './fixtures/numpyReference';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * The keyboard shortcuts and their help overlay against the production build. Each shortcut is checked by what
 * it does to the run (iterations, NumPy's weights from src/core/fixtures/reference.json, Run/Pause, presenter
 * mode); each place where shortcuts must stay silent is checked by what did not happen.
 */

const weightsAt = (iterations: number) => tutorialCheckpoint(iterations).weights;

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 20_000 });
}

async function expectWeights(page: Page, weights: number[]) {
  for (const [j, weight] of weights.entries()) await expect(page.getByTestId(`weight-${j + 1}`)).toHaveAttribute('data-value', String(weight));
}

const presenterButton = (page: Page) => page.getByRole('button', { name: 'Presenter mode' });
const help = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expectWeights(page, weightsAt(0));
});

test('Right, Shift+Right and Left step forward 1, 10 and back 1, with the exact weights', async ({ page }) => {
  await page.keyboard.press('ArrowRight');
  await expectIteration(page, 1);
  await expectWeights(page, weightsAt(1));
  await page.keyboard.press('Shift+ArrowRight');
  await expectIteration(page, 11);
  await page.keyboard.press('ArrowLeft');
  await expectIteration(page, 10);
  await expectWeights(page, weightsAt(10));
  // Back from a rewound iteration, then forward again through the history.
  for (let k = 9; k >= 0; k--) {
    await page.keyboard.press('ArrowLeft');
    await expectIteration(page, k);
  }
  await expectWeights(page, weightsAt(0));
  await page.keyboard.press('ArrowLeft'); // nothing before iteration 0
  await page.keyboard.press('ArrowRight');
  await expectIteration(page, 1);
  await expectWeights(page, weightsAt(1));
});

test('Space runs and pauses, R resets', async ({ page }) => {
  await runWithoutStop(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(async () => Number(await page.getByTestId('iteration').getAttribute('data-value')), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await page.keyboard.press('r');
  await expectIteration(page, 0);
  await expectWeights(page, weightsAt(0));
});

test('P turns presenter mode on and off', async ({ page }) => {
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('p');
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveCount(0);
  await page.keyboard.press('P');
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('textbox', { name: 'Seed' })).toBeVisible();
});

test('? opens the help: every shortcut listed, focus kept inside, Escape closes and gives the focus back', async ({ page }) => {
  await page.keyboard.press('?');
  await expect(help(page)).toBeVisible();
  for (const text of ['Run, or pause a run', 'Step 1 iteration forward', 'Step 10 iterations forward', 'Back 1 iteration', 'Reset to iteration 0', 'Presenter mode on or off', 'Show this list']) {
    await expect(help(page).getByText(text, { exact: true })).toBeVisible();
  }
  // Shortcuts are off while the dialog is open.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('p');
  await expect(help(page)).toBeVisible();
  // Tab and Shift+Tab never leave the dialog.
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await help(page).evaluate((dialog) => dialog.contains(document.activeElement)), key).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(help(page)).toHaveCount(0);
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  // Had the Right pressed in the dialog stepped, Shift+Right would now land on 11.
  await page.keyboard.press('Shift+ArrowRight');
  await expectIteration(page, 10);

  // Opened with its button, it gives the focus back to the button.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(help(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help(page)).toHaveCount(0);
  await expect(button).toBeFocused();
  // Its Close button closes it too.
  await page.keyboard.press('?');
  await help(page).getByRole('button', { name: 'Close' }).click();
  await expect(help(page)).toHaveCount(0);
});

test('shortcuts stay silent while the user types in a field', async ({ page }) => {
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);
  const seed = page.getByRole('textbox', { name: 'Seed' });
  await seed.click();
  await seed.press('End');
  await page.keyboard.type('rp ?');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(seed).toHaveValue('1rp ?');
  await expect(help(page)).toHaveCount(0);
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expectIteration(page, 10);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();

  // A table cell, and the preset list.
  const cell = page.getByRole('textbox', { name: 'Row 1, Target' });
  await cell.fill('1');
  await cell.press('r');
  await cell.press('Space');
  await expect(cell).toHaveValue('1r ');
  await page.getByRole('combobox', { name: 'Table' }).press('p');
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  // Commands reach the worker in order: had any key above stepped, gone back or reset, this step would not land on 11.
  await page.getByRole('button', { name: 'Step 1', exact: true }).click();
  await expectIteration(page, 11);
});

test('Space on a focused button presses that button; Ctrl, Meta and Alt turn shortcuts off', async ({ page }) => {
  const step10 = page.getByRole('button', { name: 'Step 10', exact: true });
  await step10.focus();
  await page.keyboard.press('Space');
  await expectIteration(page, 10);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();

  // Sent as the browser would, on the page: none is taken, so Ctrl+R still reloads and Alt+Left still goes back.
  const taken = await page.evaluate(() =>
    [
      { key: 'r', ctrlKey: true },
      { key: 'r', metaKey: true },
      { key: 'ArrowLeft', altKey: true },
      { key: 'ArrowRight', ctrlKey: true },
      { key: ' ', ctrlKey: true },
      { key: 'p', metaKey: true },
    ].map((init) => {
      const event = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    }),
  );
  expect(taken).toEqual([false, false, false, false, false, false]);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  // Commands reach the worker in order: had any of them reset, stepped or gone back, this would not land on 11.
  await page.getByRole('button', { name: 'Step 1', exact: true }).click();
  await expectIteration(page, 11);
});
