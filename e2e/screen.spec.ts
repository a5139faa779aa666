import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * The classroom screen against the production build: the tutorial's story, editing the table, invalid input,
 * Reset, the keyboard, and the projector's 1280x720 without scrolling. Expected numbers come from the NumPy
 * reference (src/core/fixtures/reference.json) or from NumPy itself, as the comments say.
 */


const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 20_000 });
}

async function press(page: Page, name: string, times = 1) {
  for (let i = 0; i < times; i++) await button(page, name).click();
}

async function weights(page: Page) {
  return Promise.all([1, 2, 3].map((j) => page.getByTestId(`weight-${j}`).getAttribute('data-value')));
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  // The first frame: the seed's starting weights are on screen.
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(checkpoint(0).weights[0]), { timeout: 20_000 });
});

test("the tutorial's story: 10, 100 and 10,000 iterations give NumPy's predictions", async ({ page }) => {
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('0');
  await expect(page.getByRole('status', { name: 'Prediction' })).toHaveAttribute('data-value', String(checkpoint(0).prediction));
  await expectIteration(page, 0);

  await press(page, 'Step 10');
  await expectIteration(page, 10);
  await expect(page.getByTestId('prediction')).toHaveText('0.65980921');
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(checkpoint(10).prediction));

  await press(page, 'Step 10', 9);
  await expectIteration(page, 100);
  await expect(page.getByTestId('prediction')).toHaveText('0.87680541');

  await press(page, 'Step 1000', 9);
  await press(page, 'Step 100', 9);
  await expectIteration(page, 10000);
  await expect(page.getByTestId('iteration')).toHaveText('10,000');
  await expect(page.getByTestId('prediction')).toHaveText('0.9897704');
  for (const [j, weight] of checkpoint(10000).weights.entries()) {
    await expect(page.getByTestId(`weight-${j + 1}`)).toHaveAttribute('data-value', String(weight));
  }
  for (const [r, output] of checkpoint(10000).outputs.entries()) {
    await expect(page.getByTestId(`output-${r + 1}`)).toHaveAttribute('data-value', String(output));
  }
});

test('editing a cell changes the outputs and the charts, and keeps what was typed', async ({ page }) => {
  await press(page, 'Step 10');
  await expectIteration(page, 10);
  await expect(page.getByTestId('output-1')).toHaveAttribute('data-value', String(checkpoint(10).outputs[0]));
  const chart = page.locator('[data-panel="weights"] canvas');
  const before = await chart.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  const rowOneBefore = await page.getByTestId('sigmoid-row-1').getAttribute('data-z');

  // Row 1 becomes [1, 1, 1] -> 1. NumPy, seed 1, 10 iterations on [[1,1,1],[1,0,0],[1,0,1]] -> [1,0,1]:
  // outputs 0.8617361036305796, 0.5346955148759645, 0.6878611415947417.
  const cell = page.getByRole('textbox', { name: 'Row 1, Input 1' });
  await cell.fill('1.0');
  await expect(cell).toHaveValue('1.0');
  // An edit at 10 keeps what was learned; recomputing from the start gives the edited table's own run.
  await page.getByRole('button', { name: 'Recompute from the start' }).click();
  await expect(page.getByTestId('output-1')).toHaveAttribute('data-value', '0.8617361036305796');
  await expect(page.getByTestId('output-2')).toHaveAttribute('data-value', '0.5346955148759645');
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', '0.6878611415947417');
  await expectIteration(page, 10);

  await expect(page.getByTestId('sigmoid-row-1')).not.toHaveAttribute('data-z', rowOneBefore ?? '');
  await expect.poll(() => chart.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL())).not.toBe(before);
});

test('an invalid cell shows its message while the app keeps training on the last valid table', async ({ page }) => {
  const cell = page.getByRole('textbox', { name: 'Row 2, Input 1' });
  await cell.fill('abc');
  await expect(cell).toHaveValue('abc');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  const message = page.getByText("Row 2, Input 1: 'abc' is not a number");
  await expect(message).toBeVisible();
  await expect(cell).toHaveAccessibleDescription(/Row 2, Input 1: 'abc' is not a number/);

  await press(page, 'Step 10');
  await expectIteration(page, 10);
  await expect(page.getByTestId('prediction')).toHaveText('0.65980921');

  const target = page.getByRole('textbox', { name: 'Row 3, Target' });
  await target.fill('2');
  await expect(page.getByText('Row 3, Target: 2 is outside 0 to 1')).toBeVisible();

  await cell.fill('1');
  await target.fill('1');
  await expect(message).toHaveCount(0);
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('prediction')).toHaveText('0.65980921');
});

test('Reset returns to iteration 0 with the same starting weights', async ({ page }) => {
  const start = await weights(page);
  expect(start).toEqual(checkpoint(0).weights.map(String));
  await press(page, 'Step 100');
  await expectIteration(page, 100);
  await expect(page.getByTestId('weight-3')).toHaveAttribute('data-value', String(checkpoint(100).weights[2]));
  expect(await weights(page)).toEqual(checkpoint(100).weights.map(String));
  await press(page, 'Reset');
  await expectIteration(page, 0);
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', start[0]!);
  expect(await weights(page)).toEqual(start);
});

test('Run becomes Pause while running, and Pause stops the count', async ({ page }) => {
  await runWithoutStop(page);
  await press(page, 'Run');
  await expect(button(page, 'Pause')).toBeVisible();
  await expect.poll(async () => Number(await page.getByTestId('iteration').getAttribute('data-value'))).toBeGreaterThan(0);
  await press(page, 'Pause');
  await expect(button(page, 'Run')).toBeVisible();
  // The worker's last frame says where it stopped; from then on the count stands still.
  const read = () => page.getByTestId('iteration').getAttribute('data-value');
  let stopped = await read();
  await expect
    .poll(async () => {
      const [a, b] = [await read(), (await page.waitForTimeout(250), await read())];
      stopped = b;
      return a === b;
    })
    .toBe(true);
  await page.waitForTimeout(500);
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', stopped!);
});

test('the seed is checked, applied on Enter, and New seed picks another', async ({ page }) => {
  const seed = page.getByRole('textbox', { name: 'Seed' });
  await seed.fill('1.5');
  await seed.press('Enter');
  await expect(page.getByText("Seed: '1.5' is not allowed; the seed must be a whole number from 0 to 4294967295.")).toBeVisible();
  await expect(seed).toHaveValue('1.5');
  expect(await weights(page)).toEqual(checkpoint(0).weights.map(String));

  // NumPy: random.seed(2); 2 * random.random((3, 1)) - 1
  await seed.fill('2');
  await seed.press('Enter');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', '-0.12801019571599248');
  expect(await weights(page)).toEqual(['-0.12801019571599248', '-0.9481475363442173', '0.09932495575741829']);

  await press(page, 'New seed');
  await expect(seed).not.toHaveValue('2');
  await expect(page.getByTestId('weight-1')).not.toHaveAttribute('data-value', '-0.12801019571599248');
});

test('the table is edited from the keyboard: Enter goes down, arrows move between cells', async ({ page }) => {
  const cell = (name: string) => page.getByRole('textbox', { name });
  await cell('Row 1, Input 1').focus();
  await page.keyboard.press('Enter');
  await expect(cell('Row 2, Input 1')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(cell('Row 2, Input 2')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cell('Row 1, Input 2')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell('Row 1, Input 3')).toBeFocused();
  await page.keyboard.type('5');
  await expect(cell('Row 1, Input 3')).toHaveValue('5');
});

test('rows are added and deleted', async ({ page }) => {
  await press(page, 'Add row');
  // A row the table lacks, 001, with the target its rule gives (the target is input 3): 1.
  await expect(page.getByRole('textbox', { name: 'Row 4, Target' })).toHaveValue('1');
  await expect(page.getByTestId('output-4')).not.toHaveAttribute('data-value', '');
  await press(page, 'Delete row 1');
  await expect(page.getByRole('textbox', { name: 'Row 4, Target' })).toHaveCount(0);
  // Row 1 is now the tutorial's second row.
  await expect(page.getByRole('textbox', { name: 'Row 1, Input 1' })).toHaveValue('1');
});

test('XOR says, when chosen, that one neuron cannot learn it', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Table' }).selectOption('xor');
  await expect(page.getByText(/One neuron cannot learn XOR/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Row 4, Target' })).toHaveValue('0');
});

test('a chart reads out its values on keyboard focus', async ({ page }) => {
  await press(page, 'Step 10');
  await expectIteration(page, 10);
  const chart = page.getByRole('group', { name: /^Weights over iterations/ });
  await chart.focus();
  const readout = page.locator('[data-panel="weights"] .chart-readout');
  await expect(readout).toContainText('Iteration 10');
  await expect(readout).toContainText('w1 = -0.17237086');
  await page.keyboard.press('Home');
  await expect(readout).toContainText('Iteration 0');
  await expect(readout).toContainText('w3 = -0.99977125');
});

test('the whole screen fits 1280x720 without scrolling', async ({ page }) => {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
  }));
  expect(size).toEqual({ scrollWidth: 1280, scrollHeight: 720 });
  for (const title of ['Weights over iterations', 'Error over iterations', 'Each row on the sigmoid', 'The neuron on the test input']) {
    await expect(page.getByRole('heading', { name: title })).toBeInViewport();
  }
  await expect(page.getByTestId('prediction')).toBeInViewport();
  await expect(page.getByTestId('iteration')).toBeInViewport();
});

test('on a 768 px wide tablet the screen stacks without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBe(768);
  const table = await page.getByRole('heading', { name: 'Training table' }).boundingBox();
  const charts = await page.getByRole('heading', { name: 'Weights over iterations' }).boundingBox();
  expect(charts!.y).toBeGreaterThan(table!.y);
});
