import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { copyLinkToFreshPage } from './fixtures/compareRuns';
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
const fixture = JSON.parse(readFileSync('e2e/fixtures/compare.json', 'utf8')) as Record<'rate-0.1' | 'seed-7' | 'target-3-0' | 'target-3-0-rate-0.1', CompareRun>;

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

for (const [name, field, value, part] of [
  ['rate-0.1', 'Learning rate, run B', '0.1', 'lr.b=0.1'],
  ['seed-7', 'Seed, run B', '7', 'seed.b=7'],
] as const) {
  test(`Copy link while comparing (${name}) carries both runs: a fresh context opens Compare with both numbers, then both back to 10`, async ({ page, browser }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await setRunB(page, field, value);
    await stepTenThousand(page);
    await expectBoth(page, 10000, fixture[name]);
    const { link, fresh } = await copyLinkToFreshPage(page, browser);
    expect(link).toContain('it=10000');
    expect(link).toContain(part);
    await expect(fresh.getByTestId('compare-panel')).toBeVisible();
    await expect(fresh.getByRole('textbox', { name: field, exact: true })).toHaveValue(value);
    await expect(fresh.getByTestId('prediction')).toHaveText('0.9897704', { timeout: 30_000 });
    await expectBoth(fresh, 10000, fixture[name]);
    await goTo(fresh, 10);
    await expect(fresh.getByTestId('prediction')).toHaveText('0.65980921');
    await expectBoth(fresh, 10, fixture[name]);
    await fresh.context().close();
  });
}

test("a link with a bad part of run B's opens Compare anyway and says what was wrong, naming run B", async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10&lr.b=0.1&seed.b=x');
  await expect(page.getByTestId('compare-panel')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    "Shared link, run B: Seed: 'x' is not a number; it must be a whole number from 0 to 4294967295; seed 1 is used.",
  );
  await expectBoth(page, 10, fixture['rate-0.1']);
});

test("run B's table cells are edited in its own table, named \"..., run B\", with run A's checks and messages", async ({ page, browser }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByText("Edit run B's table").click();
  const bad = page.getByRole('textbox', { name: 'Row 2, Input 3, run B', exact: true });
  await bad.fill('abc');
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  const runBTable = page.getByTestId('compare-panel');
  await expect(runBTable.getByRole('alert')).toContainText('Row 2, Input 3:');
  await expect(runBTable.getByRole('alert')).toContainText('Until this is fixed, the neuron keeps training on the last valid table.');
  // Run A's own cell is neither touched nor marked.
  await expect(page.getByRole('textbox', { name: 'Row 2, Input 3', exact: true })).toHaveValue('0');
  await expect(page.getByRole('textbox', { name: 'Row 2, Input 3', exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await bad.fill('0');
  await expect(bad).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'Row 3, Target, run B', exact: true }).fill('0');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectBoth(page, 10, fixture['target-3-0']);
  await expect(page.getByRole('textbox', { name: 'Row 3, Target', exact: true })).toHaveValue('1');
  // The link carries run B's table.
  const { link, fresh } = await copyLinkToFreshPage(page, browser);
  expect(link).toContain('data.b=011-1,100-0,101-0');
  await expectBoth(fresh, 10, fixture['target-3-0']);
  await fresh.context().close();
});

/** Downloads a file from Save & open; the menu closes again after. */
async function downloadFrom(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: 'Save & open' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Save and open' }).getByRole('button', { name: button, exact: true }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  await page.keyboard.press('Escape');
  return text;
}

async function openFileIn(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Save & open' }).click();
  const mimeType = name.endsWith('.json') ? 'application/json' : 'text/csv';
  await page.getByRole('region', { name: 'Save and open' }).getByLabel('Table (CSV) or state (JSON) file to open').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

test('the state and the table saved while comparing carry run B: opened on a fresh page, they start Compare with it', async ({ page, browser }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await setRunB(page, 'Learning rate, run B', '0.1');
  await page.getByText("Edit run B's table").click();
  await page.getByRole('textbox', { name: 'Row 3, Target, run B', exact: true }).fill('0');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', '10', { timeout: 30_000 });
  const state = await downloadFrom(page, 'Download state (JSON)');
  expect(JSON.parse(state).runB).toEqual({ table: { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 0] }, testInput: [1, 0, 1], seed: 1, learningRate: 0.1 });
  const table = await downloadFrom(page, 'Download table (CSV)');
  expect(table).toBe('Run,Input 1,Input 2,Input 3,Target\nA,0,1,1,1\nA,1,0,0,0\nA,1,0,1,1\nB,0,1,1,1\nB,1,0,0,0\nB,1,0,1,0\n');

  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
  const fresh = await context.newPage();
  await fresh.goto(page.url().replace(/\?.*$/, ''));
  await openFileIn(fresh, 'both.json', state);
  await expect(fresh.getByTestId('compare-panel')).toBeVisible();
  await expect(fresh.getByRole('textbox', { name: 'Learning rate, run B', exact: true })).toHaveValue('0.1');
  await expect(fresh.getByRole('region', { name: 'Notices' })).toContainText('Opened both.json: run A and run B, each with the table and settings it saved.');
  await expectBoth(fresh, 10, fixture['target-3-0-rate-0.1']);
  // Stop comparing, then the table file alone brings run B back with its own table (and a copy of A's settings).
  await fresh.keyboard.press('Escape');
  await fresh.getByRole('button', { name: 'Stop comparing' }).click();
  await fresh.getByRole('button', { name: 'Keep run A' }).click();
  await expect(fresh.getByTestId('compare-panel')).toHaveCount(0);
  await openFileIn(fresh, 'both.csv', table);
  await expect(fresh.getByTestId('compare-panel')).toBeVisible();
  await expectBoth(fresh, 10, fixture['target-3-0']);
  await context.close();
});

test("the table saved in this browser keeps run B: compare, edit B, reload without the link, and both runs come back on NumPy's numbers", async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  // An edit saves the run at the iteration it is on (moving the clock is no edit), so go to 10 first.
  await goTo(page, 10);
  await setRunB(page, 'Seed, run B', '7');
  await expectBoth(page, 10, fixture['seed-7']);
  // The page's own address (no query): only what this browser saved can bring run B back.
  await page.goto('./');
  await expect(page).toHaveURL(/seed\.b=7/);
  await expect(page.getByRole('textbox', { name: 'Seed, run B', exact: true })).toHaveValue('7');
  await expectBoth(page, 10, fixture['seed-7']);
});
