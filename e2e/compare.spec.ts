import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint } from './fixtures/numpyReference';

/*
 * Compare: run B beside run A on one clock. B's expected numbers are NumPy's (e2e/fixtures/make-compare-fixture.py
 * wrote compare.json); A's are the tutorial's reference.
 */
interface CompareRun {
  seed: number;
  learningRate: number;
  predictions: Record<'10' | '10000', number>;
}
const fixture = JSON.parse(readFileSync('e2e/fixtures/compare.json', 'utf8')) as Record<'rate-0.1' | 'seed-7', CompareRun>;

/** The screen writes 8 significant digits, as the tutorial prints them. */
const shown = (value: number) => String(Number(value.toPrecision(8)));

async function expectNear(page: Page, testId: string, expected: number) {
  // Equal to NumPy's to 1e-12 relative (Math.exp and NumPy's exp may differ by an ulp now and then).
  await expect
    .poll(async () => Math.abs(Number((await page.getByTestId(testId).getAttribute('data-value')) || 'NaN') / expected - 1), { timeout: 30_000 })
    .toBeLessThan(1e-12);
  await expect(page.getByTestId(testId)).toHaveText(shown(expected));
}

async function expectBoth(page: Page, iteration: number, runB: CompareRun) {
  const key = String(iteration) as '10' | '10000';
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
  await expect(page.getByTestId('prediction')).toHaveText(shown(tutorialCheckpoint(iteration).prediction));
  await expect(page.getByTestId('compare-a-prediction')).toHaveAttribute('data-value', String(tutorialCheckpoint(iteration).prediction));
  await expectNear(page, 'compare-b-prediction', runB.predictions[key]);
  const diff = Number(await page.getByTestId('compare-diff-prediction').getAttribute('data-value'));
  expect(Math.abs(diff - (runB.predictions[key] - tutorialCheckpoint(iteration).prediction))).toBeLessThan(1e-12);
}

async function stepTenThousand(page: Page) {
  const step = page.getByRole('button', { name: 'Step 1000', exact: true });
  for (let k = 1; k <= 10; k++) {
    await step.click();
    await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(k * 1000));
  }
}

async function goTo(page: Page, iteration: number) {
  const field = page.getByRole('textbox', { name: 'Go to iteration' });
  await field.fill(String(iteration));
  await field.press('Enter');
}

async function setRunB(page: Page, name: string, value: string) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('Compare with run B at learning rate 0.1: A and B on one clock, each as NumPy computes it, back to 10 on the timeline', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await setRunB(page, 'Learning rate, run B', '0.1');
  await stepTenThousand(page);
  await expect(page.getByTestId('prediction')).toHaveText('0.9897704');
  await expectBoth(page, 10000, fixture['rate-0.1']);
  await goTo(page, 10);
  await expect(page.getByTestId('prediction')).toHaveText('0.65980921');
  await expectBoth(page, 10, fixture['rate-0.1']);
});

test('Compare with run B on seed 7', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await setRunB(page, 'Seed, run B', '7');
  await stepTenThousand(page);
  await expectBoth(page, 10000, fixture['seed-7']);
  await goTo(page, 10);
  await expectBoth(page, 10, fixture['seed-7']);
});

test('Stop comparing asks which run to keep: run B kept puts its settings into the one run, at the same iteration', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await setRunB(page, 'Learning rate, run B', '0.1');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectBoth(page, 10, fixture['rate-0.1']);
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await page.getByRole('button', { name: 'Keep run B' }).click();
  await expect(page.getByTestId('compare-panel')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Learning rate', exact: true })).toHaveValue('0.1');
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', '10');
  await expectNear(page, 'prediction', fixture['rate-0.1'].predictions['10']);
  // And keeping A leaves A as it was.
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await setRunB(page, 'Seed, run B', '7');
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await page.getByRole('button', { name: 'Keep run A' }).click();
  await expect(page.getByRole('textbox', { name: 'Seed', exact: true })).toHaveValue('1');
  await expectNear(page, 'prediction', fixture['rate-0.1'].predictions['10']);
});
