import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkpoint, CORNERS } from './fixtures/situations';

/*
 * The Explore view against the production build: "Every situation" shows NumPy's eight outputs (from
 * src/core/fixtures/situations.json, written by the committed make-situations-fixture.py), a corner clicked becomes
 * the test input, the error landscape names the mean squared error as the table shows it, and its current point
 * follows the timeline.
 */

const at = checkpoint;

const TUTORIAL = '?v=1&data=011-1,100-0,101-1&seed=1';

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 20_000 });
}

function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
}

const situationRow = (page: Page, corner: string) => page.locator(`.situations-table tr[data-corner="${corner}"]`);

test("at 10,000 Every situation shows NumPy's eight outputs, and a link opens it", async ({ page }) => {
  await page.goto(`./${TUTORIAL}&it=10000&show=situations`);
  await expectIteration(page, 10000);
  const panel = page.getByRole('region', { name: 'Every situation' });
  await expect(panel).toBeVisible();
  const cp = at('tutorial', 10000);
  for (const [k, corner] of CORNERS.entries()) {
    await expect(situationRow(page, corner).locator('td').first()).toHaveText(cp.cornerShown[k]!);
  }
  // The table's rows are marked, the test input [1, 0, 1] is the one pressed.
  await expect(page.locator('.situations-table tr.is-trained')).toHaveCount(3);
  await expect(page.locator('.situations-table tr.is-test')).toHaveAttribute('data-corner', '101');
});

test('clicking corner 100 of the cube makes [1, 0, 0] the test input', async ({ page }) => {
  await page.goto(`./${TUTORIAL}&it=10000&show=situations`);
  await expectIteration(page, 10000);
  await page.locator('g.corner[data-corner="100"]').click();
  await expect(page.locator('g.corner[data-corner="100"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.situations-table tr.is-test')).toHaveAttribute('data-corner', '100');
  // The new situation's fields and prediction (under the view) follow: NumPy's output for [1, 0, 0] at 10,000.
  for (const [j, value] of ['1', '0', '0'].entries()) await expect(page.getByLabel(`Test input ${j + 1}`)).toHaveValue(value);
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(at('tutorial', 10000).cornerOutputs[4]));
  // Three whole digits are written together in a link.
  await expect(page).toHaveURL(/[?&]test=100(&|$)/);
});

test('the landscape names the mean squared error as the table shows it, and its point follows the timeline', async ({ page }) => {
  await page.goto(`./${TUTORIAL}&it=10000&show=landscape`);
  await expectIteration(page, 10000);
  // The table's mean squared error is NumPy's; the summary writes it exactly as the table does.
  const tableMse = page.getByTestId('mse');
  // The counter shows a link's iteration at once; the numbers come once the worker has got there.
  const mseNear = (expected: number) =>
    expect.poll(async () => Math.abs(Number(await tableMse.getAttribute('data-value')) - expected) <= Math.abs(expected) * 1e-12, { timeout: 20_000 }).toBe(true);
  await mseNear(at('tutorial', 10000).meanSquaredError);
  expectClose(Number(await tableMse.getAttribute('data-value')), at('tutorial', 10000).meanSquaredError);
  const summary = page.getByTestId('landscape-summary');
  await expect(summary).toContainText(/^Lowest error in view /, { timeout: 20_000 });
  await expect(summary).toContainText(`error ${await tableMse.textContent()}.`);
  // The point is the neuron's (w1, w3) at 10,000, as NumPy has them.
  const w = at('tutorial', 10000).weights;
  const now = page.getByTestId('landscape-now');
  await expect(now).toHaveAttribute('data-weights', `${w[0]},${w[2]}`);
  const before = await now.boundingBox();

  await page.getByRole('slider', { name: 'Timeline' }).fill('100');
  await expectIteration(page, 100);
  const w100 = at('tutorial', 100).weights;
  await expect(now).toHaveAttribute('data-weights', `${w100[0]},${w100[2]}`);
  await mseNear(at('tutorial', 100).meanSquaredError);
  expectClose(Number(await tableMse.getAttribute('data-value')), at('tutorial', 100).meanSquaredError);
  await expect(summary).toContainText(`error ${await tableMse.textContent()}.`);
  const after = await now.boundingBox();
  expect(before && after).toBeTruthy();
  expect(Math.hypot(after!.x - before!.x, after!.y - before!.y)).toBeGreaterThan(5);
});

test("the landscape's axes can be chosen during a run: w2 across puts the point at the neuron's (w2, w3), and choosing the other axis's weight swaps them", async ({ page }) => {
  await page.goto(`./${TUTORIAL}&it=10000&stop=none&show=landscape`);
  await expectIteration(page, 10000);
  const panel = page.getByRole('region', { name: 'Error landscape' });
  const across = panel.getByRole('combobox', { name: 'Across' });
  const up = panel.getByRole('combobox', { name: 'Up' });
  const now = page.getByTestId('landscape-now');
  const w = at('tutorial', 10000).weights;
  await expect(now).toHaveAttribute('data-weights', `${w[0]},${w[2]}`);
  // The panel renders on every tick of the run's text: the selects still answer.
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await across.selectOption('w2');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const iteration = Number(await page.getByTestId('iteration').getAttribute('data-value'));
  const weights = async () => (await now.getAttribute('data-weights'))!.split(',').map(Number);
  // The point is at the neuron's w2 and w3 where the run paused (the neuron diagram's exact weights).
  const weight = async (j: number) => Number(await page.getByTestId(`weight-${j}`).getAttribute('data-value'));
  await expect.poll(weights).toEqual([await weight(2), await weight(3)]);
  expect(iteration).toBeGreaterThan(10000);
  await expect(up).toHaveValue('2');
  // Up = w2, the weight across: the two swap.
  await up.selectOption('w2');
  await expect(up).toHaveValue('1');
  await expect(across).toHaveValue('2');
  await expect.poll(weights).toEqual([await weight(3), await weight(2)]);
});

test('the dividing line draws the 0.5 line for AND and every panel can be chosen from the picker', async ({ page }) => {
  await page.goto('./?v=1&data=001-0,011-0,101-0,111-1&test=1_1_1&seed=1&it=10000');
  await expectIteration(page, 10000);
  await page.getByRole('button', { name: 'Explore', exact: true }).click();
  for (const name of ['Every situation', 'The dividing line', 'Error landscape']) await expect(page.getByRole('region', { name })).toBeVisible();
  await expect(page).toHaveURL(/[?&]show=situations,line,landscape(&|$)/);
  await expect(page.getByTestId('boundary-line')).toBeVisible();
  await page.getByRole('group', { name: 'Panels shown' }).getByRole('button', { name: 'The dividing line' }).click();
  await expect(page.getByRole('region', { name: 'The dividing line' })).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]show=situations,landscape(&|$)/);
  // Nothing scrolls at 1280x720.
  const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
  expect(size).toEqual([1280, 720]);
});

test('each Explore panel saves as SVG (vector: paths and text, no bitmap) and as PNG', async ({ page }) => {
  await page.goto(`./${TUTORIAL}&it=10000&show=situations,line,landscape`);
  await expectIteration(page, 10000);
  await expect(page.getByTestId('landscape-summary')).toContainText(/^Lowest error in view /, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Save & open' }).click();
  const menu = page.getByRole('region', { name: 'Save and open' });
  // Each file holds the panel's own marks and words: the cube's corners and 101's short output, the line, the contours.
  for (const [name, mark, words] of [
    ['Every situation', '<circle', '0.99'],
    ['The dividing line', '<line', 'Input 1'],
    ['Error landscape', '<path', 'w3'],
  ] as const) {
    const downloading = page.waitForEvent('download');
    await menu.getByRole('button', { name: `Save the ${name} chart as SVG`, exact: true }).click();
    const svg = readFileSync((await (await downloading).path())!, 'utf8');
    expect(svg).toContain(mark);
    expect(svg).not.toContain('<image');
    expect(svg).toContain(words);
    const png = page.waitForEvent('download');
    await menu.getByRole('button', { name: `Save the ${name} chart as PNG`, exact: true }).click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);
  }
});

/**
 * The painted box of each landscape marker (its shape's box and half its stroke: both are round-joined) and the
 * plot's box, in screen pixels. Not boundingBox(): Chromium's box of a stroked path is a conservative one, wider
 * than what is painted.
 */
async function markerBoxes(page: Page) {
  return page.evaluate(() => {
    const painted = (id: string) => {
      const el = document.querySelector(`[data-testid="${id}"]`) as SVGGraphicsElement;
      const b = el.getBBox();
      const half = parseFloat(el.getAttribute('stroke-width') ?? '0') / 2;
      const m = el.getScreenCTM()!;
      return { x: m.e + (b.x - half) * m.a, y: m.f + (b.y - half) * m.d, width: (b.width + 2 * half) * m.a, height: (b.height + 2 * half) * m.d };
    };
    return { plot: painted('landscape-plot'), lowest: painted('landscape-lowest'), now: painted('landscape-now') };
  });
}

for (const [name, query, size] of [
  ['1280x720, three panels', 'show=situations,line,landscape', { width: 1280, height: 720 }],
  ['1280x720, the landscape alone', 'show=landscape', { width: 1280, height: 720 }],
  ['presenter mode', 'show=landscape&presenter=1', { width: 1280, height: 720 }],
  ['768x1024', 'show=landscape', { width: 768, height: 1024 }],
  ['390x844', 'show=landscape', { width: 390, height: 844 }],
] as const) {
  test(`at 10,000 the landscape's markers lie whole inside the plot (${name})`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(`./${TUTORIAL}&it=10000&${query}`);
    await expectIteration(page, 10000);
    await expect(page.getByTestId('landscape-summary')).toContainText(/^Lowest error in view /, { timeout: 20_000 });
    await page.getByTestId('landscape-lowest').scrollIntoViewIfNeeded();
    const { plot, lowest, now } = await markerBoxes(page);
    for (const [mark, b] of [['lowest', lowest], ['now', now]] as const) {
      expect(b.x, mark).toBeGreaterThanOrEqual(plot.x - 0.5);
      expect(b.y, mark).toBeGreaterThanOrEqual(plot.y - 0.5);
      expect(b.x + b.width, mark).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
      expect(b.y + b.height, mark).toBeLessThanOrEqual(plot.y + plot.height + 0.5);
    }
    // The tutorial's error keeps falling as its weights grow: the lowest point in view is the corner cell at the top
    // left (most negative w1, largest w3), so its marker stands pressed against that corner, where it was cut in half.
    expect(Math.abs(lowest.x - plot.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(lowest.y - plot.y)).toBeLessThanOrEqual(2);
  });
}

test("on XOR the walk ends at the lowest point in view, and both markers show: the diamond stands round the circle", async ({ page }) => {
  await page.goto('./?v=1&data=001-0,011-1,101-1,111-0&test=1_1_1&seed=1&it=10000&show=landscape');
  await expectIteration(page, 10000);
  // The bottom of XOR's bowl: error 0.25 (NumPy's gradient descent from 200 starts ends there too, issue 14).
  await expect(page.getByTestId('landscape-summary')).toContainText(/^Lowest error in view 0\.25 at /, { timeout: 20_000 });
  const { lowest, now } = await markerBoxes(page);
  const centre = (b: typeof now) => [b.x + b.width / 2, b.y + b.height / 2];
  // The point shown lies in the lowest cell: the diamond stands round it, centred on it...
  expect(Math.hypot(centre(lowest)[0]! - centre(now)[0]!, centre(lowest)[1]! - centre(now)[1]!)).toBeLessThan(0.5);
  // ...its tips reaching past the circle on every side (before, the diamond lay wholly under the circle).
  expect(lowest.x).toBeLessThan(now.x - 5);
  expect(lowest.y).toBeLessThan(now.y - 5);
  expect(lowest.x + lowest.width).toBeGreaterThan(now.x + now.width + 5);
  expect(lowest.y + lowest.height).toBeGreaterThan(now.y + now.height + 5);
});
