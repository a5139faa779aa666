import { expect, test, type Page, type Worker } from '@playwright/test';
import { tutorialCheckpoint } from './fixtures/numpyReference';

/* Issue 15: after the engine gives up restarting a failing worker, every control that needs it is disabled and
   says why, and "Try again" brings the run back with NumPy's numbers. */

const iteration = (page: Page) => page.getByTestId('iteration').first();
const isTrainer = (worker: Worker) => worker.url().includes('trainer.worker');

/** An uncaught error inside the training worker, as a bug would throw; resolves once the page has the next one. */
async function failTrainer(page: Page, restarts: boolean) {
  const trainer = page.workers().find(isTrainer);
  if (!trainer) throw new Error('No training worker is running.');
  const next = restarts ? page.waitForEvent('worker', { predicate: isTrainer }) : null;
  await trainer.evaluate(() => {
    setTimeout(() => {
      throw new Error('a test fault');
    });
  });
  await next;
}

async function expectWeights(page: Page, iterations: number) {
  const numpy = tutorialCheckpoint(iterations);
  await expect(iteration(page)).toHaveAttribute('data-value', String(iterations));
  for (const [j, w] of numpy.weights.entries()) await expect(page.getByTestId(`weight-${j + 1}`)).toHaveAttribute('data-value', String(w));
}

test('four worker failures in a minute: training is off, its controls are disabled and say why, and Try again brings the run back', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expectWeights(page, 1000);

  // Three failures are restarted (the page says so each time); the fourth in a minute makes the engine give up.
  for (let i = 0; i < 3; i++) {
    await failTrainer(page, true);
    await expect(page.getByRole('alert')).toContainText('It was restarted at iteration 1,000');
  }
  await failTrainer(page, false);

  const message = page.getByRole('alert').filter({ hasText: 'Training is off' });
  await expect(message).toContainText('Training is off. The training stopped with an error');
  await expect(message).toContainText('It failed 4 times in a minute');
  await expect(message).toContainText('Your table and settings are kept.');
  await expect(message.getByRole('button', { name: 'Try again' })).toBeVisible();

  const training = page.getByRole('group', { name: 'Training' });
  const controls = [
    ...[1, 10, 100, 1000].map((n) => training.getByRole('button', { name: `Step ${n}`, exact: true })),
    training.getByRole('button', { name: 'Run', exact: true }),
    training.getByRole('button', { name: 'Reset', exact: true }),
    page.getByLabel('Stop at'),
    page.getByLabel('Go to iteration'),
    page.getByRole('slider', { name: 'Timeline' }),
  ];
  for (const control of controls) {
    await expect(control).toBeDisabled();
    await expect(control).toHaveAccessibleDescription(/^Training is off. The training stopped with an error/);
  }
  // A shortcut does nothing either: no run that is not happening, the iteration stays.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(training.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await expect(iteration(page)).toHaveAttribute('data-value', '1000');

  // Try again: a fresh worker, back at 1,000 with NumPy's weights, and training goes on to NumPy's 10,000.
  const fresh = page.waitForEvent('worker', { predicate: isTrainer });
  await message.getByRole('button', { name: 'Try again' }).click();
  await fresh;
  await expect(message).toHaveCount(0);
  for (const control of controls) await expect(control).toBeEnabled();
  await expectWeights(page, 1000);
  // Taken up from the last frame's weights at 1,000, not retrained from 0.
  await expect(page.locator('.timeline')).toHaveAttribute('data-known-from', '1000');
  await page.getByLabel('Go to iteration').fill('10000');
  await page.getByLabel('Go to iteration').press('Enter');
  await expectWeights(page, 10_000);
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(tutorialCheckpoint(10_000).prediction));
});
