import { expect, test, type Page } from '@playwright/test';
import { createTrainer } from '../src/core';
import { runWithoutStop } from './fixtures/stopAt';
import { TUTORIAL } from './fixtures/numpyReference';

// The sigmoid's marks and the neuron's weights follow a run through refs, at the text clock's pace, not through
// React renders (issue 11, the frame budget). These tests pin what that must keep: a paused screen shows the exact
// numbers of its iteration, and a chart nobody can see is not written during a run. Counted, never timed.

/**
 * 64 rows, and the link that opens them: engine.spec's table, on which Chromium's and Node's float64 runs agree to
 * 1e-12 (on some tables of random-looking targets the run is chaotic: one ulp of Math.exp apart, the two drift).
 */
const inputs = Array.from({ length: 64 }, (_, r) => [(((r + 1) * 37) % 100) / 100, (((r + 1) * 53) % 100) / 100, (((r + 1) * 71) % 100) / 100]);
const targets = inputs.map((_, r) => r % 2);
const LINK = `./?v=1&data=${inputs.map((row, r) => `${row.join('_')}-${targets[r]}`).join(',')}&seed=1&it=0`;

const value = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

/** Waits until the run has stopped and the iteration stands still; returns it. */
async function pausedAt(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  let last = -1;
  await expect.poll(async () => {
    const now = await value(page, 'iteration');
    const same = now === last;
    last = now;
    return same;
  }, { intervals: [100, 100, 100, 200] }).toBe(true);
  return last;
}

/** The core's weights after `iteration` steps on a table (the 64 rows unless told), in Node. */
function coreWeights(iteration: number, table: { inputs: number[][]; targets: number[] } = { inputs, targets }): number[] {
  const trainer = createTrainer({ inputs: table.inputs, targets: table.targets, seed: 1, learningRate: 1 });
  trainer.step(iteration);
  return Array.from(trainer.weights);
}

async function runUntil(page: Page, iteration: number) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(async () => value(page, 'iteration'), { timeout: 60_000 }).toBeGreaterThan(iteration);
}

test("after a pause, every sigmoid mark and the neuron's weights are the paused iteration's exact numbers", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(LINK);
  await expect(page.getByTestId('sigmoid-row-64')).toHaveCount(1);
  await runWithoutStop(page);
  await runUntil(page, 2000);
  const iteration = await pausedAt(page);
  const w = coreWeights(iteration);
  // The neuron's weights (Node's Math.exp and Chromium's differ by an ulp now and then: a relative 1e-12).
  const weights = [await value(page, 'weight-1'), await value(page, 'weight-2'), await value(page, 'weight-3')];
  weights.forEach((shown, j) => expect(Math.abs(shown - w[j]!), `w${j + 1} at ${iteration}: ${shown} against ${w[j]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(w[j]!))));
  // Each row's mark stands at its weighted sum z = inputs . weights (the chart writes the exact double in data-z).
  const shown = await page.locator('[data-panel="sigmoid"] [data-testid^="sigmoid-row-"]').evaluateAll((marks) =>
    marks.map((mark) => {
      // Where the row's error line stands on screen (the chart moves each row's lines with one transform).
      const line = mark.querySelector('line')!.getBoundingClientRect();
      return { id: mark.getAttribute('data-testid'), z: Number(mark.getAttribute('data-z')), x: line.x + line.width / 2, name: mark.getAttribute('aria-label') ?? '' };
    }),
  );
  expect(shown).toHaveLength(64);
  shown.forEach((mark, r) => {
    expect(mark.id).toBe(`sigmoid-row-${r + 1}`);
    const z = inputs[r]![0]! * w[0]! + inputs[r]![1]! * w[1]! + inputs[r]![2]! * w[2]!;
    expect(Math.abs(mark.z - z), `row ${r + 1} at ${iteration}: z ${mark.z} against ${z}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(z)));
    // Its name (left alone during the run, written by the tick that ends it) says the paused z to 8 digits.
    const named = /^Row (\d+): z = ([^,]+),/.exec(mark.name);
    expect(named?.[1], mark.name).toBe(String(r + 1));
    const namedZ = Number(named![2]!.replace('\u2212', '-'));
    expect(Math.abs(namedZ - z), `row ${r + 1}'s name at ${iteration}: "${mark.name}" against z ${z}`).toBeLessThanOrEqual(5e-8 * Math.max(1, Math.abs(z)));
  });
  // The rows' outputs in the table: the tooltip (left off during the run) holds every digit of the paused number.
  for (const row of [1, 2, 3]) {
    const output = page.getByTestId(`output-${row}`);
    const exact = await output.getAttribute('data-value');
    expect(exact).not.toBe('');
    if (!exact!.includes('e')) await expect(output).toHaveAttribute('title', exact!);
  }
  // And where it is drawn follows z: the larger z, the further right each row's error line stands.
  const byZ = [...shown].sort((a, b) => a.z - b.z);
  for (let k = 1; k < byZ.length; k++) expect(byZ[k]!.x, `${byZ[k]!.id} right of ${byZ[k - 1]!.id}`).toBeGreaterThanOrEqual(byZ[k - 1]!.x);
});

test('while a view covers the lab, a run writes nothing into its sigmoid and neuron; closing the view shows the latest', async ({ page }) => {
  test.setTimeout(180_000);
  // The tutorial's table: its weights grow on for ever (the 64 rows above settle on a fixed point of float64).
  await page.goto('./');
  await expect(page.getByTestId('sigmoid-row-3')).toHaveCount(1);
  await runWithoutStop(page);
  await runUntil(page, 500);
  await page.getByRole('button', { name: 'Show the math' }).click();
  const weightThen = await value(page, 'weight-1');
  // Every change to the covered drawings, counted from here on.
  await page.evaluate(() => {
    const counts = { changes: 0 };
    (window as unknown as { coveredChanges: typeof counts }).coveredChanges = counts;
    const observer = new MutationObserver((records) => (counts.changes += records.length));
    for (const id of ['sigmoid', 'neuron']) {
      observer.observe(document.querySelector(`[data-panel="${id}"] .svg-chart > svg`)!, { subtree: true, attributes: true, characterData: true, childList: true });
    }
  });
  const from = await value(page, 'iteration');
  // The run goes on under the view for a good many ticks of the text clock.
  await expect.poll(async () => value(page, 'iteration'), { timeout: 60_000 }).toBeGreaterThan(from + 20_000);
  expect(await page.evaluate(() => (window as unknown as { coveredChanges: { changes: number } }).coveredChanges.changes)).toBe(0);
  // Back to the lab: the drawings catch up at once with the run, and a pause shows its exact numbers.
  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  await expect.poll(async () => value(page, 'weight-1')).not.toBe(weightThen);
  const iteration = await pausedAt(page);
  const w = coreWeights(iteration, TUTORIAL);
  const shownWeight = await value(page, 'weight-1');
  expect(Math.abs(shownWeight - w[0]!), `w1 at ${iteration}: ${shownWeight} against ${w[0]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(w[0]!)));
  // Row 3 of the tutorial is [1, 0, 1]: z = w1 + w3.
  const z = w[0]! + w[2]!;
  const shownZ = Number(await page.getByTestId('sigmoid-row-3').getAttribute('data-z'));
  expect(Math.abs(shownZ - z), `row 3 at ${iteration}: z ${shownZ} against ${z}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(z)));
});
