import { expect, test, type Page, type Worker } from '@playwright/test';
import { tutorialCheckpoint } from './fixtures/numpyReference';

/* Issue 15: a worker restart takes the run up from the last frame's exact weights instead of retraining from 0;
   the numbers stay NumPy's, and the timeline says what is not kept before that point. */

const iteration = (page: Page) => page.getByTestId('iteration').first();
const isTrainer = (worker: Worker) => worker.url().includes('trainer.worker');

async function expectNumpy(page: Page, iterations: number) {
  const numpy = tutorialCheckpoint(iterations);
  await expect(iteration(page)).toHaveAttribute('data-value', String(iterations));
  for (const [j, w] of numpy.weights.entries()) await expect(page.getByTestId(`weight-${j + 1}`)).toHaveAttribute('data-value', String(w));
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy.prediction));
}

test("a worker that dies at 10,000 is replaced by one that goes on from there with NumPy's numbers; going back recomputes them from 0", async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Go to iteration').fill('10000');
  await page.getByLabel('Go to iteration').press('Enter');
  await expectNumpy(page, 10_000);
  const timeline = page.locator('.timeline');
  await expect(timeline).toHaveAttribute('data-known-from', '0');

  const trainer = page.workers().find(isTrainer)!;
  const fresh = page.waitForEvent('worker', { predicate: isTrainer });
  await trainer.evaluate(() => {
    setTimeout(() => {
      throw new Error('a test fault');
    });
  });
  await fresh;
  await expect(page.getByRole('alert')).toContainText('It was restarted at iteration 10,000');
  // Taken up from the last frame: the new worker's history starts at 10,000 (it did not retrain 0 to 10,000).
  await expect(timeline).toHaveAttribute('data-known-from', '10000');
  await expectNumpy(page, 10_000);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuetext', /before 10,000 is not kept since the training restarted/);

  // Before 10,000 nothing is kept: going to 1,000 recomputes the run from 0, to NumPy's numbers, and back again.
  await page.getByLabel('Go to iteration').fill('1000');
  await page.getByLabel('Go to iteration').press('Enter');
  await expectNumpy(page, 1000);
  await expect(timeline).toHaveAttribute('data-known-from', '0');
  await page.getByLabel('Go to iteration').fill('10000');
  await page.getByLabel('Go to iteration').press('Enter');
  await expectNumpy(page, 10_000);
});
