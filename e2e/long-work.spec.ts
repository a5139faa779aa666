import { expect, test, type Page } from '@playwright/test';

/* Issue 15: long work is visible and stoppable, and keys count from the iteration already asked for. */

const iteration = (page: Page) => page.getByTestId('iteration').first();

test('300 Right presses then 100 Left presses end at 200', async ({ page }) => {
  // 400 real key presses, each a round trip to the browser: on a loaded machine that alone can take a minute.
  test.setTimeout(180_000);
  await page.goto('./');
  await expect(iteration(page)).toHaveAttribute('data-value', '0');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  for (let i = 0; i < 300; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowLeft');
  await expect(iteration(page)).toHaveAttribute('data-value', '200', { timeout: 15_000 });
});

test('a 64-row link at it=1e9 shows its target and progress, and one Stop click halts it where it is', async ({ page }) => {
  const rows = Array.from({ length: 64 }, (_, r) => `${(r % 7) / 7}_${(r % 5) / 5 - 0.5}_${r / 64}-${r % 2}`).join(',');
  await page.goto(`./?v=1&data=${rows}&seed=1&it=1000000000`);
  // Minutes away on any machine: the page asks first (see long-link.spec.ts); going on, it recomputes.
  const question = page.getByRole('dialog', { name: 'Go on to iteration 1,000,000,000?' });
  await expect(question).toBeVisible({ timeout: 20_000 });
  await question.getByRole('button', { name: 'Go on', exact: true }).click();
  const progress = page.locator('.catch-up-progress');
  await expect(progress).toContainText(/Recomputing to 1,000,000,000: \d+%/);
  await expect(progress).toContainText(/about .* left/, { timeout: 10_000 });
  // The counter shows the iteration asked for, never the progress made so far.
  await expect(iteration(page)).toHaveAttribute('data-value', '1000000000');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run' })).toBeVisible();
  const stopped = Number(await iteration(page).getAttribute('data-value'));
  expect(stopped).toBeGreaterThan(0);
  expect(stopped).toBeLessThan(1_000_000_000);
  await page.waitForTimeout(1000);
  await expect(iteration(page)).toHaveAttribute('data-value', String(stopped));
});
