import { expect, test, type Page } from '@playwright/test';
import { createTrainer } from '../src/core';
import { TUTORIAL } from './fixtures/numpyReference';
import { runWithoutStop } from './fixtures/stopAt';

// The training engine in the production build: the worker trains, the page stays responsive, and the numbers
// shown are those of the core trained to the same count here in Node: the iteration and the weights exactly.
// The values computed from the weights (outputs, errors, mean squared error, prediction) are compared to a
// relative 1e-12, because Node 20's Math.exp and Chromium's differ by one unit in the last place on about one
// argument in ten (Chromium's agrees with Python's exp): the same weights can give outputs an ulp apart.

async function value(page: Page, testId: string): Promise<string> {
  const text = await page.getByTestId(testId).getAttribute('data-value');
  if (text === null) throw new Error(`${testId} has no data-value`);
  return text;
}

/** Every readout the contract names, as the exact doubles the page shows. */
async function readouts(page: Page) {
  const read = (id: string) => value(page, id);
  return {
    iteration: Number(await read('iteration')),
    weights: [await read('weight-1'), await read('weight-2'), await read('weight-3')],
    prediction: await read('prediction'),
    mse: await read('mse'),
    outputs: [await read('output-1'), await read('output-2'), await read('output-3')],
    errors: [await read('error-1'), await read('error-2'), await read('error-3')],
  };
}

/** The same readouts from the core, trained `iterations` steps from the start in Node. */
function coreReadouts(iterations: number, learningRate = 1) {
  const trainer = createTrainer({ inputs: TUTORIAL.inputs, targets: TUTORIAL.targets, seed: 1, learningRate });
  trainer.step(iterations);
  const outputs = Array.from(trainer.outputs());
  return {
    iteration: iterations,
    weights: Array.from(trainer.weights, String),
    prediction: String(trainer.predict(TUTORIAL.testInput)),
    mse: String(trainer.meanSquaredError()),
    outputs: outputs.map(String),
    errors: outputs.map((out, r) => String(TUTORIAL.targets[r]! - out)),
  };
}

/** The page's readouts equal the core's: iteration and weights to the bit, the rest to a relative 1e-12. */
function expectCore(shown: Awaited<ReturnType<typeof readouts>>, core: ReturnType<typeof coreReadouts>) {
  expect(shown.iteration).toBe(core.iteration);
  expect(shown.weights).toEqual(core.weights);
  const close = (what: string, got: string[], want: string[]) =>
    want.forEach((w, i) => {
      const difference = Math.abs(Number(got[i]) - Number(w));
      expect(difference, `${what} ${i + 1}: ${got[i]} against the core's ${w}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(Number(w))));
    });
  close('output', shown.outputs, core.outputs);
  close('error', shown.errors, core.errors);
  close('mean squared error', [shown.mse], [core.mse]);
  close('prediction', [shown.prediction], [core.prediction]);
}

/** Waits until the run has stopped and the readouts stand still for a few frames. */
async function settled(page: Page) {
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await readouts(page));
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [100, 100, 100, 200] })
    .toBe(true);
  return readouts(page);
}

/** Before the page's scripts: counts the frames the training worker sends, and the page's animation frames. */
function countFrames() {
  const counts = { workerFrames: 0, animationFrames: 0 };
  (window as unknown as { frameCounts: typeof counts }).frameCounts = counts;
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
        if (event.data?.type === 'frame') counts.workerFrames++;
      });
    }
  };
  const tick = () => {
    counts.animationFrames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const frameCounts = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { frameCounts: { workerFrames: number; animationFrames: number } }).frameCounts }));

test.beforeEach(async ({ page }) => {
  await page.addInitScript(countFrames);
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', '-0.165955990594852');
});

// Frames are counted, not timed: how fast the main thread is belongs to `npm run bench:browser`, where a
// machine busy with other work shows in the figures instead of failing a test.
test('at full speed the worker sends at most one frame per animation frame, and a pause shows the exact numbers of the core', async ({ page }) => {
  // Waits for states, not times: on a machine loaded by other work they only come later.
  test.setTimeout(180_000);
  await runWithoutStop(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  const before = await frameCounts(page);
  // Training goes on until the readout has moved some hundreds of thousands of iterations, however slow the machine.
  await expect.poll(async () => Number(await value(page, 'iteration')), { timeout: 60_000 }).toBeGreaterThan(500_000);
  await expect.poll(async () => (await frameCounts(page)).workerFrames - before.workerFrames, { timeout: 60_000 }).toBeGreaterThan(20);
  const after = await frameCounts(page);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const shown = await settled(page);

  const workerFrames = after.workerFrames - before.workerFrames;
  const animationFrames = after.animationFrames - before.animationFrames;
  // The worker waits for each frame to be drawn (in an animation frame) before it sends the next; one may be on
  // its way at each end of the window.
  expect(workerFrames, `${workerFrames} frames from the worker in ${animationFrames} animation frames`).toBeLessThanOrEqual(animationFrames + 2);
  expect(shown.iteration).toBeGreaterThan(500_000);
  expectCore(shown, coreReadouts(shown.iteration));
});

test("Step 1000 twice, then Reset: NumPy's weights at 2,000, then the seed's weights at iteration 0", async ({ page }) => {
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '2000');
  expectCore(await settled(page), coreReadouts(2000));
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '0');
  expectCore(await settled(page), coreReadouts(0));
});

test('a new learning rate at 100 keeps what was learned, and "Recompute from the start" runs the whole run at that rate', async ({ page }) => {
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '100');
  await page.getByLabel('Learning rate').fill('0.5');
  await page.getByLabel('Learning rate').press('Enter');
  // An edit past iteration 0 starts a new segment: the weights at 100 are still those of rate 1.
  await expect(page.getByRole('button', { name: 'Recompute from the start' })).toBeVisible();
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', coreReadouts(100).weights[0]!);
  await page.getByRole('button', { name: 'Recompute from the start' }).click();
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', coreReadouts(100, 0.5).weights[0]!);
  expectCore(await settled(page), coreReadouts(100, 0.5));
});

test('a worker that fails is replaced: the page says so and goes back to the iteration it showed', async ({ page }) => {
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '1000');
  const before = await settled(page);
  expect(page.workers().length).toBeGreaterThan(0);
  // An uncaught error inside the training worker, as a bug would throw.
  for (const worker of page.workers()) {
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('a test fault');
      });
    });
  }
  await expect(page.getByRole('alert')).toContainText('The training stopped with an error');
  await expect(page.getByRole('alert')).toContainText('It was restarted at iteration 1,000; press Run to go on.');
  expect(await settled(page)).toEqual(before);
  // The new worker trains on.
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '2000');
  expectCore(await settled(page), coreReadouts(2000));
});

test('with 64 rows, a pause shows the core\'s numbers on every row, also on rows scrolled out of sight during the run', async ({ page }) => {
  // During a run a readout nobody can see is not rewritten (src/ui/readoutSight.ts); a still screen must be exact.
  test.setTimeout(180_000);
  const inputs = Array.from({ length: 64 }, (_, r) => [(((r + 1) * 37) % 100) / 100, (((r + 1) * 53) % 100) / 100, (((r + 1) * 71) % 100) / 100]);
  const targets = inputs.map((_, r) => r % 2);
  await page.goto(`./?v=1&data=${inputs.map((row, r) => `${row.join('_')}-${targets[r]}`).join(',')}&seed=1&it=0`);
  await expect(page.getByTestId('output-64')).not.toHaveAttribute('data-value', '');
  await runWithoutStop(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(async () => Number(await value(page, 'iteration')), { timeout: 60_000 }).toBeGreaterThan(1000);
  // The premise: the last row is scrolled out of the table's box while the run goes on.
  await expect(page.getByTestId('output-64')).not.toBeInViewport();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  const read = async () => Promise.all(['iteration', 'output-1', 'output-64', 'error-64'].map((id) => value(page, id)));
  let last = '';
  await expect.poll(async () => {
    const now = JSON.stringify(await read());
    const same = now === last;
    last = now;
    return same;
  }, { intervals: [100, 100, 100, 200] }).toBe(true);
  const [iteration, first, output, error] = (JSON.parse(last) as string[]).map(Number) as [number, number, number, number];
  const trainer = createTrainer({ inputs, targets, seed: 1, learningRate: 1 });
  trainer.step(iteration);
  const outputs = Array.from(trainer.outputs());
  const close = (got: number, want: number, what: string) =>
    expect(Math.abs(got - want), `${what} at ${iteration}: ${got} against the core's ${want}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
  close(first, outputs[0]!, 'row 1 output');
  close(output, outputs[63]!, 'row 64 output');
  close(error, targets[63]! - outputs[63]!, 'row 64 error');
});
