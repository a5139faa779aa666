import { expect, test, type Page } from '@playwright/test';
import { goOnUntil } from './fixtures/longWork';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * The timeline against the production build: scrubbing shows the exact weights and outputs of the iteration
 * chosen (NumPy's, from src/core/fixtures/reference.json), the time charts mark it, the keyboard moves one
 * iteration at a time, "Show the math" follows it, and a ten-million-iteration run scrubs with at most one seek
 * per animation frame.
 */


const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

async function expectIteration(page: Page, iteration: number, timeout = 20_000) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout });
}

/** The readouts show NumPy's weights, outputs and prediction of this iteration, exactly. */
async function expectNumPyAt(page: Page, iterations: number) {
  const cp = checkpoint(iterations);
  for (const [j, weight] of cp.weights.entries()) await expect(page.getByTestId(`weight-${j + 1}`)).toHaveAttribute('data-value', String(weight));
  for (const [r, output] of cp.outputs.entries()) await expect(page.getByTestId(`output-${r + 1}`)).toHaveAttribute('data-value', String(output));
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(cp.prediction));
}

const ledgerValues = (page: Page, matrix: string) =>
  page.locator(`[data-matrix="${matrix}"] td[data-value]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(checkpoint(0).weights[0]), { timeout: 20_000 });
});

test("the timeline at iteration 10 shows NumPy's weights and outputs of iteration 10, and the charts mark it", async ({ page }) => {
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectIteration(page, 100);
  await expect(timeline(page)).toHaveAttribute('max', '100');
  await expect(timeline(page)).toHaveValue('100');

  await timeline(page).fill('10');
  await expectIteration(page, 10);
  await expectNumPyAt(page, 10);
  await expect(timeline(page)).toHaveValue('10');
  await expect(timeline(page)).toHaveAttribute('aria-valuetext', 'Iteration 10 of 100');
  // Each time chart drew its cursor at iteration 10, over a history that still runs to 100.
  for (const chart of ['weights', 'error']) {
    const canvas = page.locator(`[data-panel="${chart}"] canvas`).first();
    await expect(canvas).toHaveAttribute('data-iteration', '10');
    await expect(canvas).toHaveAttribute('data-trained-to', '100');
  }

  // With the keyboard: one iteration each way, then the ends.
  await timeline(page).focus();
  await page.keyboard.press('ArrowRight');
  await expectIteration(page, 11);
  await page.keyboard.press('ArrowLeft');
  await expectIteration(page, 10);
  await expectNumPyAt(page, 10);
  await page.keyboard.press('Home');
  await expectIteration(page, 0);
  await expectNumPyAt(page, 0);
  await page.keyboard.press('End');
  await expectIteration(page, 100);
  await expectNumPyAt(page, 100);
});

test('stepping from a rewound iteration replays the same run', async ({ page }) => {
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectIteration(page, 100);
  await timeline(page).fill('1');
  await expectIteration(page, 1);
  await expectNumPyAt(page, 1);
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 11);
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expectIteration(page, 1011);
  // The history grew past 100; the timeline's end follows it.
  await expect(timeline(page)).toHaveAttribute('max', '1011');
  await timeline(page).fill('1000');
  await expectIteration(page, 1000);
  await expectNumPyAt(page, 1000);
});

test('"Show the math" follows the iteration shown: during a run, and on the timeline', async ({ page }) => {
  await page.getByRole('button', { name: 'Show the math' }).click();
  const ledger = page.getByRole('region', { name: 'The math of one step' });
  const ledgerIteration = ledger.getByTestId('ledger-iteration');
  await expect(ledgerIteration).toHaveText('iteration 0 → 1');
  // At 1280x720 the whole step is in view, down to the new weights.
  await expect(ledger.locator('[data-matrix="W new"]')).toBeInViewport({ ratio: 1 });

  await runWithoutStop(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // It moves on while the run goes: two different iterations past 0, seen one after the other.
  let first = 0;
  await expect.poll(async () => (first = Number(await ledgerIteration.getAttribute('data-value'))), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(async () => Number(await ledgerIteration.getAttribute('data-value')), { timeout: 20_000 }).toBeGreaterThan(first);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  // Paused, it settles on the step that ends at the iteration the header shows, landing on the weights shown.
  await expect
    .poll(async () => (await ledgerIteration.getAttribute('data-to')) === (await page.getByTestId('iteration').getAttribute('data-value')), { timeout: 20_000 })
    .toBe(true);
  const shown = await Promise.all([1, 2, 3].map(async (j) => Number(await page.getByTestId(`weight-${j}`).getAttribute('data-value'))));
  expect(await ledgerValues(page, 'W new')).toEqual(shown);

  // The timeline stays in view over the math: scrub to 11 and the ledger shows NumPy's step 10 -> 11.
  await timeline(page).fill('11');
  await expect(ledgerIteration).toHaveText('iteration 10 → 11');
  expect(await ledgerValues(page, 'W')).toEqual(checkpoint(10).weights);
});

test('ten million iterations scrub with at most one seek per animation frame, ending on the exact weights', async ({ page }) => {
  test.setTimeout(180_000);
  // Count the seeks the page sends to the training worker.
  await page.addInitScript(() => {
    const seeks: number[] = [];
    Object.assign(window, { seeks });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      if (typeof message === 'object' && message !== null && (message as { type?: string }).type === 'seek') seeks.push((message as { iteration: number }).iteration);
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as Worker['postMessage'];
  });
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000000');
  // The readout shows the link's iteration at once; the run is there when the charts' history reaches it.
  await goOnUntil(page, page.locator('[data-panel="weights"] canvas').first(), 'data-trained-to', '10000000');
  await expectIteration(page, 10_000_000);
  await expect(timeline(page)).toHaveAttribute('max', '10000000');
  await page.evaluate(() => (window as unknown as { seeks: number[] }).seeks.splice(0));

  // 500 moves inside one task (one animation frame): one seek, to the last position.
  const sent = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input.timeline-range')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (let k = 1; k <= 500; k++) {
      setValue.call(input, String(10_000_000 - k * 18_000));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return new Promise<number[]>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve([...(window as unknown as { seeks: number[] }).seeks]))));
  });
  expect(sent).toEqual([1_000_000]);
  await expectIteration(page, 1_000_000, 30_000);

  // A drag over 40 frames, 25 moves each: never more seeks than frames, and the last one is where it stopped.
  const drag = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input.timeline-range')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const seeks = (window as unknown as { seeks: number[] }).seeks;
    seeks.splice(0);
    let frames = 0;
    for (let frame = 0; frame < 40; frame++) {
      for (let k = 0; k < 25; k++) {
        setValue.call(input, String(8_002_000 - (frame * 25 + k) * 8_000));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frames++;
    }
    // The last position is sent at the next frame at the latest.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { frames: frames + 1, seeks: [...seeks] };
  });
  expect(drag.seeks.length).toBeGreaterThan(0);
  expect(drag.seeks.length).toBeLessThanOrEqual(drag.frames);
  expect(drag.seeks.at(-1)).toBe(10_000);
  // Iteration 10,000 of a ten-million run, rewound from a checkpoint: NumPy's numbers, exactly.
  await expectIteration(page, 10_000, 30_000);
  await expectNumPyAt(page, 10_000);
  await expect(timeline(page)).toHaveValue('10000');
});
