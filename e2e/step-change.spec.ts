import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { tutorialCheckpoint as numpy } from './fixtures/numpyReference';
import { overlaps, svgTextBoxes } from './fixtures/textBoxes';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * What one step changed, in the production app: after a Step each weight, each row's output and the prediction
 * show their change since the step started (signed, with an arrow), the neuron and the sigmoid show a ghost of
 * where things were, and "Show the math" shows the step just taken (after Step 1 from 0: NumPy's step 0 -> 1),
 * with a switch to the next step and a line-by-line mode. Expected numbers are NumPy's: the changes of step 0 -> 1
 * from src/features/math/fixtures/make-step-fixtures.py (steps.json), the rest from the NumPy reference.
 */

interface StepCase {
  W: number[];
  z: number[];
  out: number[];
  delta: number[];
  adjustment: number[];
  nextW: number[];
  change: number[];
  outChange: number[];
  predictionChange: number;
}
const steps = JSON.parse(readFileSync(new URL('../src/features/math/fixtures/steps.json', import.meta.url), 'utf8')) as { cases: Record<string, StepCase> };
const step0 = steps.cases['tutorial-0']!;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const dataValue = async (locator: Locator) => Number(await locator.getAttribute('data-value'));
const matrixValues = (scope: Locator, matrix: string) =>
  scope.locator(`[data-matrix="${matrix}"] td[data-value]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(numpy(0).weights[0]), { timeout: 30_000 });
});

test("after Step 1 each weight, output and the prediction show NumPy's change of step 0 -> 1, with an arrow", async ({ page }) => {
  // Before any step there is no change to show.
  await expect(page.getByTestId('weight-change-1')).toHaveCount(0);
  await button(page, 'Step 1').click();
  await expectIteration(page, 1);
  for (let j = 0; j < 3; j++) {
    const change = page.getByTestId(`weight-change-${j + 1}`);
    // NumPy's new W - W, to the bit: the page's weights are NumPy's bit for bit on the tutorial's table.
    await expect(change).toHaveAttribute('data-value', String(step0.change[j]));
  }
  // w1 went up by 0.024246376453138485: written signed, with 8 significant digits and an up arrow.
  await expect(page.getByTestId('weight-change-1')).toContainText('▲\u00a0+0.024246376');
  await expect(page.getByTestId('weight-change-1')).toContainText('w1 up 0.024246376 since iteration 0');
  for (let r = 0; r < 3; r++) {
    const change = page.getByTestId(`output-change-${r + 1}`);
    expect(Math.abs((await dataValue(change)) - step0.outChange[r]!)).toBeLessThanOrEqual(1e-12 * Math.abs(step0.outChange[r]!));
    await expect(change).toContainText('▲');
    // Said in words too: "up 0.10466453 since iteration 0".
    await expect(change).toContainText('since iteration 0');
  }
  await expect(page.getByTestId('output-change-1')).toContainText('+0.10466453');
  const prediction = page.getByTestId('prediction-change');
  expect(Math.abs((await dataValue(prediction)) - step0.predictionChange)).toBeLessThanOrEqual(1e-12 * step0.predictionChange);
  await expect(prediction).toContainText('+0.060522929');
  // The ghosts of where things were: the connections and the rows on the sigmoid, at iteration 0.
  await expect(page.getByTestId('neuron-ghost')).toHaveAttribute('data-iteration', '0');
  await expect(page.getByTestId('sigmoid-ghost')).toHaveAttribute('data-iteration', '0');
  // Row 1 sat at z = -0.55912226 before the step (NumPy's z of step 0 -> 1).
  expect(Math.abs(Number(await page.getByTestId('sigmoid-ghost-1').getAttribute('data-z')) - step0.z[0]!)).toBeLessThanOrEqual(1e-12);
});

test('Step 10 shows the change since iteration 0, a run takes the changes and ghosts away', async ({ page }) => {
  await button(page, 'Step 10').click();
  await expectIteration(page, 10);
  const change = page.getByTestId('weight-change-1');
  // NumPy's w1 at 10 minus w1 at 0 (the reference's checkpoints), within an ulp or two of the subtraction.
  const expected = numpy(10).weights[0]! - numpy(0).weights[0]!;
  expect(Math.abs((await dataValue(change)) - expected)).toBeLessThanOrEqual(1e-15);
  await expect(change).toContainText('▼'); // w1 went down: -0.16595599 -> -0.17237086
  await expect(page.getByTestId('output-change-3')).toContainText('since iteration 0');
  await runWithoutStop(page);
  await button(page, 'Run').click();
  await expect(page.getByTestId('weight-change-1')).toHaveCount(0);
  await expect(page.getByTestId('neuron-ghost')).toHaveCount(0);
  await button(page, 'Pause').click();
  await expect(button(page, 'Run')).toBeVisible();
  await expect(page.getByTestId('output-change-1')).toHaveCount(0);
  await expect(page.getByTestId('sigmoid-ghost')).toHaveCount(0);
});

test("the math view shows the step about to happen at 0, NumPy's step 0 -> 1 just taken after Step 1, and the next on request", async ({ page }) => {
  await button(page, 'Show the math').click();
  const ledger = page.getByRole('region', { name: 'The math of one step' });
  const iteration = ledger.getByTestId('ledger-iteration');
  await expect(iteration).toHaveText('iteration 0 → 1');
  await expect(ledger.getByTestId('ledger-when')).toHaveText('(the step about to happen)');

  await button(page, 'Step 1').click();
  await expectIteration(page, 1);
  await expect(iteration).toHaveText('iteration 0 → 1');
  await expect(ledger.getByTestId('ledger-when')).toHaveText('(the step just taken)');
  await expect(button(page, 'Step just taken')).toHaveAttribute('aria-pressed', 'true');
  for (const [matrix, key] of [['W', 'W'], ['z', 'z'], ['out', 'out'], ['delta', 'delta'], ['adjustment', 'adjustment'], ['W new', 'nextW']] as const) {
    expect(await matrixValues(ledger, matrix), matrix).toEqual(step0[key]);
  }

  await button(page, 'Next step').click();
  await expect(button(page, 'Next step')).toHaveAttribute('aria-pressed', 'true');
  await expect(iteration).toHaveText('iteration 1 → 2');
  await expect(ledger.getByTestId('ledger-when')).toHaveText('(the step about to happen)');
  expect(await matrixValues(ledger, 'W')).toEqual(numpy(1).weights);

  await button(page, 'Step just taken').click();
  await button(page, 'Step 10').click();
  await expectIteration(page, 11);
  // After Step 10 from 1, the last of its ten steps: 10 -> 11, landing on the weights shown.
  await expect(iteration).toHaveText('iteration 10 → 11');
  expect(await matrixValues(ledger, 'W')).toEqual(numpy(10).weights);
});

test('line by line: the math view reveals one line of the loop per "Next line"', async ({ page }) => {
  await button(page, 'Step 1').click();
  await expectIteration(page, 1);
  await button(page, 'Show the math').click();
  const ledger = page.getByRole('region', { name: 'The math of one step' });
  await expect(ledger.locator('[data-matrix="W new"]')).toBeVisible({ timeout: 30_000 });
  await button(page, 'Line by line').click();
  await expect(button(page, 'Line by line')).toHaveAttribute('aria-pressed', 'true');
  // The table and the weights stay; the loop's seven lines wait.
  await expect(ledger.locator('[data-matrix="W"]')).toBeVisible();
  await expect(ledger.locator('[data-line="z"]')).toHaveCount(0);
  const next = button(page, 'Next line');
  const order = ['z', 'out', 'error', 'slope', 'delta', 'adjustment', 'nextW'];
  for (let i = 0; i < order.length; i++) {
    await next.click();
    await expect(ledger.locator(`[data-line="${order[i]}"]`)).toBeVisible();
    if (i + 1 < order.length) await expect(ledger.locator(`[data-line="${order[i + 1]}"]`)).toHaveCount(0);
  }
  await expect(next).toBeDisabled();
  expect(await matrixValues(ledger, 'W new')).toEqual(step0.nextW);
  // A new step starts again from the first line.
  await button(page, 'Step 1').click();
  await expectIteration(page, 2);
  await expect(ledger.getByTestId('ledger-iteration')).toHaveText('iteration 1 → 2');
  await expect(ledger.locator('[data-line="z"]')).toHaveCount(0);
  await expect(next).toBeEnabled();
});

for (const [name, size, presenter] of [
  ['1280x720', { width: 1280, height: 720 }, false],
  ['presenter 1280x720', { width: 1280, height: 720 }, true],
  ['768x1024', { width: 768, height: 1024 }, false],
  ['390x844', { width: 390, height: 844 }, false],
] as const) {
  test(`at ${name} the changes of a step overlap no other text in the neuron and the sigmoid, and stay in the drawing`, async ({ page }) => {
    await page.setViewportSize(size);
    if (presenter) await page.goto('./?presenter=1');
    for (const [count, iteration] of [['Step 1', 1], ['Step 10', 11], ['Step 1000', 1011]] as const) {
      await button(page, count).click();
      await expectIteration(page, iteration);
      await expect(page.getByTestId('weight-change-3')).toBeAttached();
      for (const id of ['neuron', 'sigmoid']) {
        const chart = page.locator(`[data-panel="${id}"] .chart-body`);
        if ((await chart.count()) === 0) continue; // presenter mode shows two charts: the sigmoid is not one
        const found = overlaps(await svgTextBoxes(chart));
        expect(found, `${id} after ${count}`).toEqual([]);
      }
      const svg = await page.locator('[data-panel="neuron"] .chart-body svg[role="group"]').boundingBox();
      for (let j = 1; j <= 3; j++) {
        const box = (await page.getByTestId(`weight-change-${j}`).boundingBox())!;
        expect(box.y, `w${j}'s change inside the drawing`).toBeGreaterThanOrEqual(svg!.y - 0.5);
        expect(box.y + box.height, `w${j}'s change inside the drawing`).toBeLessThanOrEqual(svg!.y + svg!.height + 0.5);
      }
    }
  });
}
