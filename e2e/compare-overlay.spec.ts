import { expect, test, type Page } from '@playwright/test';
import { closeTo, compareFixture as numpy, compareWith, stepTenThousand } from './fixtures/compareRuns';

/*
 * While comparing, the weights and error charts overlay run B on run A: B's lines dotted and named "w1 B", "MSE B",
 * both runs on one clock, so both end at the same iteration. A canvas holds no text: the chart writes what it drew
 * on the canvas element (data-trained-to, data-trained-to-b, data-labels with each end label's value), and those are
 * checked against NumPy (e2e/fixtures/make-compare-fixture.py wrote compare.json).
 */

interface Label {
  text: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const canvasOf = (page: Page, chart: 'weights' | 'error') => page.locator(`[data-panel="${chart}"] canvas.chart-canvas`);

/** The end labels the chart drew, once both runs' lines end at `iteration`. */
async function endLabels(page: Page, chart: 'weights' | 'error', iteration: number): Promise<Label[]> {
  const canvas = canvasOf(page, chart);
  await expect(canvas).toHaveAttribute('data-trained-to', String(iteration), { timeout: 30_000 });
  await expect(canvas).toHaveAttribute('data-trained-to-b', String(iteration), { timeout: 30_000 });
  return JSON.parse((await canvas.getAttribute('data-labels')) ?? '[]') as Label[];
}

function valueOf(labels: Label[], text: string): number {
  const label = labels.find((l) => l.text === text);
  expect(label, `an end label "${text}"`).toBeDefined();
  return label!.value;
}

test('the weights and error charts overlay run B (learning rate 0.1): dotted lines named "w1 B" and "MSE B", ending where run A ends, at NumPy\'s values', async ({ page }) => {
  await page.goto('./');
  await compareWith(page, 'Learning rate, run B', '0.1');
  await stepTenThousand(page);

  const weights = await endLabels(page, 'weights', 10000);
  expect(weights.map((l) => l.text).sort()).toEqual(['w1', 'w1 B', 'w2', 'w2 B', 'w3', 'w3 B']);
  for (let j = 0; j < 3; j++) {
    expect(closeTo(valueOf(weights, `w${j + 1}`), numpy.tutorial.weights['10000'][j]!), `w${j + 1}`).toBe(true);
    expect(closeTo(valueOf(weights, `w${j + 1} B`), numpy['rate-0.1'].weights['10000'][j]!), `w${j + 1} B`).toBe(true);
  }
  // Six names at the lines' ends, none over another: run A's in a column, run B's in a column to its right.
  const columnOf = (run: 'A' | 'B') => weights.filter((l) => l.text.endsWith(' B') === (run === 'B'));
  for (const run of ['A', 'B'] as const) {
    const ys = columnOf(run).map((l) => [l.y, l.y + l.height] as const).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < ys.length; k++) expect(ys[k]![0], `run ${run}'s end labels apart`).toBeGreaterThanOrEqual(ys[k - 1]![1] - 1);
  }
  expect(Math.min(...columnOf('B').map((l) => l.x)), "run B's names right of run A's").toBeGreaterThan(Math.max(...columnOf('A').map((l) => l.x + l.width)));

  const errors = await endLabels(page, 'error', 10000);
  expect(errors.map((l) => l.text)).toEqual(expect.arrayContaining(['MSE', 'MSE B']));
  expect(closeTo(valueOf(errors, 'MSE'), numpy.tutorial.mse['10000'])).toBe(true);
  expect(closeTo(valueOf(errors, 'MSE B'), numpy['rate-0.1'].mse['10000'])).toBe(true);

  // The legends and the text alternatives name both runs.
  const weightsPanel = page.locator('[data-panel="weights"]');
  await expect(weightsPanel.getByRole('list', { name: 'Legend' })).toContainText('Run A:');
  await expect(weightsPanel.getByRole('list', { name: 'Legend' })).toContainText('Run B: dotted, “w1 B”');
  await expect(page.locator('[data-panel="error"]').getByRole('list', { name: 'Legend' })).toContainText('Run B\'s MSE: dotted, “MSE B”');
  const described = (await canvasOf(page, 'weights').getAttribute('aria-describedby'))!.split(' ');
  expect(described).toHaveLength(2);
  // NumPy's weights to 3 significant digits, as the summaries say them.
  await expect(page.locator(`[id="${described[0]}"]`)).toHaveText('Run A: iteration 10,000: w1 -4.37, w2 1.23, w3 8.94');
  await expect(page.locator(`[id="${described[1]}"]`)).toHaveText('Run B: iteration 10,000: w1 -3.13, w2 1.2, w3 6.47');

  // The data table has run B's columns beside run A's, with NumPy's numbers in the last row.
  await weightsPanel.getByRole('button', { name: 'Weights data table' }).click();
  const table = weightsPanel.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Iteration', 'w1', 'w2', 'w3', 'w1 B', 'w2 B', 'w3 B']);
  const last = table.locator('tbody tr').last();
  await expect(last.getByRole('rowheader')).toHaveText('10,000');
  const cells = await last.locator('td').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
  const expected = [...numpy.tutorial.weights['10000'], ...numpy['rate-0.1'].weights['10000']];
  cells.forEach((value, c) => expect(closeTo(value, expected[c]!), `column ${c + 2}`).toBe(true));
});

test('back on the timeline, both runs are drawn to the same iteration shown; Stop comparing takes run B\'s lines away', async ({ page }) => {
  await page.goto('./');
  await compareWith(page, 'Seed, run B', '7');
  await stepTenThousand(page);
  const field = page.getByRole('textbox', { name: 'Go to iteration' });
  await field.fill('10');
  await field.press('Enter');
  const canvas = canvasOf(page, 'weights');
  await expect(canvas).toHaveAttribute('data-iteration', '10', { timeout: 30_000 });
  // The lines keep the whole history of both runs; their ends are 10,000's.
  const labels = await endLabels(page, 'weights', 10000);
  expect(closeTo(valueOf(labels, 'w1 B'), numpy['seed-7'].weights['10000'][0]!)).toBe(true);

  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await page.getByRole('button', { name: 'Keep run A' }).click();
  await expect(canvas).not.toHaveAttribute('data-trained-to-b', /.*/, { timeout: 30_000 });
  await expect.poll(async () => (JSON.parse((await canvas.getAttribute('data-labels')) ?? '[]') as Label[]).map((l) => l.text)).toEqual(['w1', 'w2', 'w3']);
});

test('the weights chart saved as SVG draws both runs: run B dotted (round dots), its names at the lines\' ends', async ({ page }) => {
  await page.goto('./');
  await compareWith(page, 'Learning rate, run B', '0.1');
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expect(canvasOf(page, 'weights')).toHaveAttribute('data-trained-to-b', '100', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Save & open' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Save and open' }).getByRole('button', { name: 'Save the Weights chart as SVG', exact: true }).click();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  const texts = [...text.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
  expect(texts).toEqual(expect.arrayContaining(['w1', 'w2', 'w3', 'w1 B', 'w2 B', 'w3 B']));
  const dotted = [...text.matchAll(/<path\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes('stroke-linecap="round"') && tag.includes('stroke-dasharray="0.1 6"'));
  expect(dotted, "run B's three dotted lines").toHaveLength(3);
});
