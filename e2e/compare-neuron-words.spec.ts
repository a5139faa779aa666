import { expect, test, type Page } from '@playwright/test';
import { closeTo, compareFixture, copyLinkToFreshPage, type NumpyRun } from './fixtures/compareRuns';

/*
 * While comparing, the neuron panel's words say both runs, as the drawing does: its data table has run B's columns
 * (named "... B"), its text alternative one summary per run ("Run A: ...", "Run B: ..."), and the readout of a
 * weight one line per run. Run B is on another test input, [0, 1, 1], so B's x, z and prediction differ from A's
 * while the weights are the same; every number is NumPy's (e2e/fixtures/make-compare-fixture.py, "test-0-1-1").
 */
const A = compareFixture.tutorial;
const B = compareFixture['test-0-1-1'];
const INPUT_A = [1, 0, 1];
const INPUT_B = B.testInput!;

/** The screen writes 8 significant digits, as the tutorial prints them. */
const shown = (value: number) => String(Number(value.toPrecision(8)));
/** A summary's numbers: 3 significant digits (briefNumber). */
const brief = (value: number) => String(Number(value.toPrecision(3)));

type Key = '10' | '10000';

async function setTestInputB(page: Page) {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  for (const [j, value] of INPUT_B.entries()) {
    const field = page.getByRole('textbox', { name: `Test input ${j + 1}, run B`, exact: true });
    await field.fill(String(value));
    await field.press('Enter');
  }
}

async function goTo(page: Page, iteration: number) {
  const field = page.getByRole('textbox', { name: 'Go to iteration' });
  await field.fill(String(iteration));
  await field.press('Enter');
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
}

async function expectValue(page: Page, testId: string, expected: number) {
  await expect.poll(async () => closeTo(Number((await page.getByTestId(testId).getAttribute('data-value')) || 'NaN'), expected), { timeout: 30_000 }).toBe(true);
  await expect(page.getByTestId(testId)).toHaveText(shown(expected));
}

/** The Compare table: A's prediction for [1, 0, 1], B's for [0, 1, 1], and B - A. */
async function expectCompareTable(page: Page, key: Key) {
  await expectValue(page, 'compare-a-prediction', A.predictions[key]);
  await expectValue(page, 'compare-b-prediction', B.predictions[key]);
  const diff = Number(await page.getByTestId('compare-diff-prediction').getAttribute('data-value'));
  expect(Math.abs(diff - (B.predictions[key] - A.predictions[key]))).toBeLessThan(1e-12);
}

/** The neuron's text alternative: the ids its drawing's aria-describedby names, and each one's text. */
async function neuronSummaries(page: Page): Promise<string[]> {
  const ids = (await page.locator('[data-panel="neuron"] g[role="img"][aria-describedby]').getAttribute('aria-describedby'))!.split(' ');
  return page.evaluate((list) => list.map((id) => document.getElementById(id)?.textContent ?? `no element ${id}`), ids);
}

/** One run's summary as neuronSummary words it, from NumPy's numbers. */
function summaryOf(run: NumpyRun, input: number[], key: Key): string {
  const weights = run.weights[key].map((w, j) => `w${j + 1} ${brief(w)}`).join(', ');
  const iteration = Number(key).toLocaleString('en-US');
  return `iteration ${iteration}, inputs ${input.join(', ')}: ${weights}; z = ${brief(run.sums[key])}; output ${brief(run.predictions[key])}`;
}

/** The neuron's data table: run A's columns x, w, x × w, then run B's, ending in B; the sum and the output. */
async function expectNeuronTable(page: Page, key: Key) {
  await page.getByRole('button', { name: 'Neuron data table' }).click();
  const table = page.getByRole('region', { name: 'The neuron on the test input: data table' });
  await expect(table.locator('thead th')).toHaveText(['Input', 'x', 'w', 'x × w', 'x B', 'w B', 'x × w B']);
  await expect(table.getByRole('caption')).toContainText('Run A, then run B (its columns end in B).');
  const cells = async (row: number) => (await table.locator('tbody tr').nth(row).locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).map((v) => (v === null ? null : Number(v)));
  await expect(table.locator('tbody th')).toHaveText(['Input 1', 'Input 2', 'Input 3', 'z = x · w', 'Output sigmoid(z)']);
  for (let j = 0; j < 3; j++) {
    const [xA, wA, productA, xB, wB, productB] = await cells(j);
    expect([xA, xB], `input ${j + 1}: A's x, B's x`).toEqual([INPUT_A[j], INPUT_B[j]]);
    expect(closeTo(wA!, A.weights[key][j]!) && closeTo(wB!, B.weights[key][j]!), `w${j + 1}: ${wA}, ${wB}`).toBe(true);
    // x is 0 or 1: the product is the weight itself, or 0.
    expect([productA, productB]).toEqual([INPUT_A[j] === 1 ? wA : 0, INPUT_B[j] === 1 ? wB : 0]);
  }
  const z = await cells(3);
  expect(closeTo(z[2]!, A.sums[key]) && closeTo(z[5]!, B.sums[key]), `z: ${z}`).toBe(true);
  const out = await cells(4);
  expect(closeTo(out[2]!, A.predictions[key]) && closeTo(out[5]!, B.predictions[key]), `out: ${out}`).toBe(true);
  await expect(table.locator('tbody tr').nth(4).locator('td').nth(5)).toHaveText(shown(B.predictions[key]));
  await page.getByRole('button', { name: 'Neuron data table' }).click();
  await expect(table).toHaveCount(0);
}

/** Focused, weight j's readout says each run's weight times its input j, clear of j's label and inside the drawing. */
async function expectReadoutOf(page: Page, j: number, key: Key) {
  await page.getByTestId(`neuron-input-${j}`).focus();
  const w = shown(A.weights[key][j - 1]!);
  const wB = shown(B.weights[key][j - 1]!);
  const times = (weight: string, x: number) => `${weight} × ${x} = ${x === 1 ? weight : 0}`;
  await expect(page.getByTestId('neuron-readout')).toContainText(`Weight ${j} × input ${j}`);
  await expect(page.getByTestId('neuron-readout-a')).toHaveText(`Run A: ${times(w, INPUT_A[j - 1]!)}`);
  await expect(page.getByTestId('neuron-readout-b')).toHaveText(`Run B: ${times(wB, INPUT_B[j - 1]!)}`);
  const label = (await page.getByTestId(`weight-box-${j}`).boundingBox())!;
  const drawing = (await page.locator('[data-panel="neuron"] .svg-chart').boundingBox())!;
  const readout = (await page.getByTestId('neuron-readout').boundingBox())!;
  expect(readout.x >= drawing.x && readout.y >= drawing.y && readout.x + readout.width <= drawing.x + drawing.width + 0.5 && readout.y + readout.height <= drawing.y + drawing.height + 0.5, `w${j}'s readout ${JSON.stringify(readout)} inside the drawing ${JSON.stringify(drawing)}`).toBe(true);
  expect(readout.y + readout.height <= label.y + 0.5 || readout.y >= label.y + label.height - 0.5, `readout clear of w${j}'s label`).toBe(true);
  await page.getByTestId(`neuron-input-${j}`).blur();
  await expect(page.getByTestId('neuron-readout-a')).toHaveCount(0);
}

/** Weight 2's readout: A's input 2 is 0, B's is 1. */
const expectReadout = (page: Page, key: Key) => expectReadoutOf(page, 2, key);

async function expectNeuronWords(page: Page, key: Key) {
  await expectCompareTable(page, key);
  await expect(page.getByTestId('neuron-output-b')).toHaveText(shown(B.predictions[key]));
  await expect.poll(() => neuronSummaries(page)).toEqual([`Run A: ${summaryOf(A, INPUT_A, key)}`, `Run B: ${summaryOf(B, INPUT_B, key)}`]);
  await expectNeuronTable(page, key);
  await expectReadout(page, key);
}

test("comparing, with run B on test input [0, 1, 1]: the neuron panel's table, summary and readout say both runs, as NumPy computes them, and so does a copied link", async ({ page, browser }) => {
  await page.goto('./');
  await setTestInputB(page);
  await goTo(page, 10);
  await expectNeuronWords(page, '10');
  await goTo(page, 10000);
  await expectNeuronWords(page, '10000');

  const { link, fresh } = await copyLinkToFreshPage(page, browser);
  expect(link).toContain('it=10000');
  await expect(fresh.getByTestId('compare-panel')).toBeVisible();
  for (const [j, value] of INPUT_B.entries()) await expect(fresh.getByRole('textbox', { name: `Test input ${j + 1}, run B`, exact: true })).toHaveValue(String(value));
  await expect(fresh.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', '10000', { timeout: 30_000 });
  await expectNeuronWords(fresh, '10000');
  await goTo(fresh, 10);
  await expectNeuronWords(fresh, '10');
  await fresh.context().close();
});

test('with one run, the neuron panel says one run: one summary, no run names, one readout line', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', '10', { timeout: 30_000 });
  await expect.poll(() => neuronSummaries(page)).toEqual([summaryOf(A, INPUT_A, '10')]);
  await page.getByTestId('neuron-input-2').focus();
  await expect(page.getByTestId('neuron-readout')).toHaveText(`Weight 2 = ${shown(A.weights['10'][1]!)} (positive); input 2 × weight = 0`);
  await expect(page.getByTestId('neuron-readout-a')).toHaveCount(0);
});

for (const [name, size, presenter] of [
  ['presenter 1280x720', { width: 1280, height: 720 }, true],
  ['768x1024', { width: 768, height: 1024 }, false],
  ['390x844', { width: 390, height: 844 }, false],
] as const) {
  test(`at ${name}, comparing, each weight's readout says both runs and covers neither its own label nor leaves the drawing`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await setTestInputB(page);
    if (presenter) {
      await page.getByRole('button', { name: 'Presenter mode' }).click();
      await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
    }
    await goTo(page, 10000);
    await page.locator('[data-panel="neuron"]').scrollIntoViewIfNeeded();
    for (const j of [1, 2, 3]) await expectReadoutOf(page, j, '10000');
  });
}
