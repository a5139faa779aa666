/**
 * The teaching panels in the production app, against the readouts of the screen (see the team's contract):
 * the ledger's step 0 -> 1 equals NumPy's, the ledger follows the weights shown, and the downloaded script, run by
 * python3 + NumPy, prints the prediction the page shows. Both panels are on the screen: a missing one fails the test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { needPythonWithNumpy } from './fixtures/python';
import { openPanel as panel } from './fixtures/panels';

const steps = JSON.parse(readFileSync(new URL('../src/features/math/fixtures/steps.json', import.meta.url), 'utf8')) as {
  cases: Record<string, Record<string, number[]>>;
};

const cellValues = (scope: Locator, matrix: string) =>
  scope.locator(`[data-matrix="${matrix}"] td[data-value]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));

const dataValue = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

test('the ledger shows NumPy\'s step 0 -> 1, then follows the weights shown', async ({ page }) => {
  await page.goto('./');
  const ledger = await panel(page, 'The math of one step', /show the math|math/i);
  expect(ledger, 'the screen has a "Show the math" button').not.toBeNull();
  const numpy = steps.cases['tutorial-0']!;
  await expect(ledger!.getByTestId('ledger-iteration')).toHaveText('iteration 0 → 1');
  for (const [matrix, key] of [['W', 'W'], ['z', 'z'], ['out', 'out'], ['error', 'error'], ['delta', 'delta'], ['adjustment', 'adjustment'], ['W new', 'nextW']] as const) {
    expect(await cellValues(ledger!, matrix), matrix).toEqual(numpy[key]);
  }

  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10');
  // The step just taken, 9 -> 10: it lands on the weights shown.
  await expect(ledger!.getByTestId('ledger-iteration')).toHaveText('iteration 9 → 10');
  const shown = [await dataValue(page, 'weight-1'), await dataValue(page, 'weight-2'), await dataValue(page, 'weight-3')];
  expect(await cellValues(ledger!, 'W new')).toEqual(shown);
});

test('the downloaded script prints the prediction the page shows', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '100');
  const python = await panel(page, 'The same run in Python', /python/i);
  expect(python, 'the screen has a "Python" button').not.toBeNull();
  await expect(python!).toContainText('for iteration in range(100):');
  const downloading = page.waitForEvent('download');
  await python!.getByRole('button', { name: 'Download' }).click();
  const script = readFileSync((await (await downloading).path())!, 'utf8');

  needPythonWithNumpy();
  const run = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const printed = Number(/^Prediction for \[.*\]: (\S+)$/m.exec(run.stdout)![1]);
  expect(printed).toBe(await dataValue(page, 'prediction'));
});
