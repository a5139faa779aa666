import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { closeTo, compareFixture as numpy, compareWith } from './fixtures/compareRuns';
import { openPanel } from './fixtures/panels';
import { needPythonWithNumpy } from './fixtures/python';

/*
 * While comparing, the math and Python views pick a run ("Run A" / "Run B"; the script also "Both runs"). The
 * numbers are NumPy's (e2e/fixtures/make-compare-fixture.py); the downloaded script is run by python3 + NumPy.
 */

const cellValues = (scope: Locator, matrix: string) =>
  scope.locator(`[data-matrix="${matrix}"] td[data-value]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));

async function tenIterations(page: Page) {
  await compareWith(page, 'Learning rate, run B', '0.1');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', '10');
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', '10', { timeout: 30_000 });
}

async function expectWeights(ledger: Locator, expected: number[]) {
  await expect.poll(async () => (await cellValues(ledger, 'W new')).length).toBe(3);
  const shown = await cellValues(ledger, 'W new');
  shown.forEach((w, j) => expect(closeTo(w, expected[j]!), `W new, w${j + 1}: ${w} against NumPy's ${expected[j]}`).toBe(true));
}

test('the math view shows the step of the run picked: run A, then run B (learning rate 0.1), each landing on NumPy\'s weights', async ({ page }) => {
  await page.goto('./');
  await tenIterations(page);
  const ledger = (await openPanel(page, 'The math of one step', /show the math/i))!;
  const pick = ledger.getByRole('group', { name: 'Which run' });
  await expect(pick.getByRole('radio', { name: 'Run A' })).toBeChecked();
  await expect(ledger.getByTestId('ledger-iteration')).toHaveText('iteration 9 → 10');
  await expectWeights(ledger, numpy.tutorial.weights['10']);

  await pick.getByRole('radio', { name: 'Run B' }).check();
  await expect(ledger.getByTestId('ledger-iteration')).toHaveText('iteration 9 → 10');
  await expect.poll(async () => closeTo((await cellValues(ledger, 'W new'))[0] ?? Number.NaN, numpy['rate-0.1'].weights['10'][0]!)).toBe(true);
  await expectWeights(ledger, numpy['rate-0.1'].weights['10']);
  // Run B's step multiplies by its learning rate, and says so; run A's (rate 1) has none.
  await expect(ledger).toContainText('synaptic_weights += learning_rate * adjustment');
  await expect(ledger).toContainText('η = 0.1');

  // With one run again, the pick is gone and the view shows the one run.
  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await page.getByRole('button', { name: 'Keep run A' }).click();
  const again = (await openPanel(page, 'The math of one step', /show the math/i))!;
  await expect(again.getByRole('group', { name: 'Which run' })).toHaveCount(0);
  await expectWeights(again, numpy.tutorial.weights['10']);
});

async function downloadScript(page: Page, panel: Locator): Promise<string> {
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download' }).click();
  return readFileSync((await (await downloading).path())!, 'utf8');
}

function runScript(script: string): string {
  const run = spawnSync('python3', ['-'], { input: script, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const printedNumber = (stdout: string, pattern: RegExp) => {
  const found = pattern.exec(stdout);
  expect(found, `${pattern} in:\n${stdout}`).not.toBeNull();
  return Number(found![1]);
};

test('the Python view prints both runs by default while comparing, or the run picked; python3 + NumPy print NumPy\'s numbers', async ({ page }) => {
  await page.goto('./');
  await tenIterations(page);
  const python = (await openPanel(page, 'The same run in Python', /python/i))!;
  const pick = python.getByRole('group', { name: 'Which run' });
  await expect(pick.getByRole('radio', { name: 'Both runs' })).toBeChecked();
  const both = await downloadScript(page, python);

  await pick.getByRole('radio', { name: 'Run B' }).check();
  await expect(python).toContainText('learning_rate = 0.1');
  const onlyB = await downloadScript(page, python);

  needPythonWithNumpy();
  const printed = runScript(both);
  expect(closeTo(printedNumber(printed, /^Run A, prediction for \[1, 0, 1\]: (\S+)$/m), numpy.tutorial.predictions['10'])).toBe(true);
  expect(closeTo(printedNumber(printed, /^Run B, prediction for \[1, 0, 1\]: (\S+)$/m), numpy['rate-0.1'].predictions['10'])).toBe(true);
  const weightsB = JSON.parse(/^Run B, weights after 10 iterations: (\[.*\])$/m.exec(printed)![1]!) as number[];
  weightsB.forEach((w, j) => expect(closeTo(w, numpy['rate-0.1'].weights['10'][j]!)).toBe(true));

  const alone = runScript(onlyB);
  expect(closeTo(printedNumber(alone, /^Prediction for \[1, 0, 1\]: (\S+)$/m), numpy['rate-0.1'].predictions['10'])).toBe(true);
  expect(alone).not.toContain('Run A');
});
