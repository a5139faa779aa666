import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openPanel } from './fixtures/panels';
import { needPythonWithNumpy } from './fixtures/python';
import type { Checkpoint } from './fixtures/numpyReference';

/*
 * Keep learning after an edit (issue 10, part 5), against the production build: at 10,000 row 3's target becomes
 * 0 and training goes on from the weights learned so far; the timeline marks the edit and rewinding before it
 * shows the tutorial's run; the link, opened in a fresh browser, and the downloaded Python script give the same
 * numbers; "Recompute from the start" gives the edited table's run from the seed.
 *
 * Expected numbers are NumPy's, from e2e/fixtures/segments.json (written by e2e/fixtures/make-segments-fixture.py).
 * On the tutorial's own table the app agrees with NumPy bit for bit; on the edited one Math.exp may differ from
 * NumPy's exp by an ulp now and then, so those compare within 1e-12 relative.
 */

const fixture = JSON.parse(readFileSync('e2e/fixtures/segments.json', 'utf8')) as {
  before: Checkpoint[];
  kept: Checkpoint[];
  recomputed: Checkpoint[];
};
const kept = (iterations: number) => fixture.kept.find((c) => c.iterations === iterations)!;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline' });
const dataValue = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('data-value');

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
}

function expectClose(actual: string | number | null, expected: number, what: string) {
  expect(actual, what).not.toBeNull();
  expect(Math.abs(Number(actual) - expected), `${what}: ${actual} against NumPy's ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
}

/** NumPy's checkpoint on screen: the iteration, each weight, each row's output and the prediction (exactly, or within 1e-12). */
async function expectNumbers(page: Page, expected: Checkpoint, exact: boolean) {
  await expectIteration(page, expected.iterations);
  await expect.poll(async () => Number(await dataValue(page, 'prediction')), { timeout: 30_000 }).toBeCloseTo(expected.prediction, 10);
  const check = (actual: string | null, want: number, what: string) => (exact ? expect(actual, what).toBe(String(want)) : expectClose(actual, want, what));
  check(await dataValue(page, 'prediction'), expected.prediction, 'prediction');
  for (const [j, weight] of expected.weights.entries()) check(await dataValue(page, `weight-${j + 1}`), weight, `w${j + 1}`);
  for (const [r, output] of expected.outputs.entries()) check(await dataValue(page, `output-${r + 1}`), output, `row ${r + 1} output`);
}

test('an edit at 10,000 keeps what was learned; the link, the script and "Recompute from the start" agree with NumPy', async ({ browser, page }) => {
  test.setTimeout(180_000);

  await test.step("at 10,000 set row 3's target to 0: the weights stay, the notice says what happened", async () => {
    await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
    await expectNumbers(page, kept(10_000), true);
    await page.getByRole('textbox', { name: 'Row 3, Target' }).fill('0');
    const notice = page.getByTestId('edit-notice');
    await expect(notice).toHaveText(/^Edited at 10,000: learning goes on from the weights it had, on the new table\./);
    await expect(notice).toBeInViewport();
    await expect(button(page, 'Recompute from the start')).toBeVisible();
    // Same weights, so the same outputs; the error of row 3 is now against its new target, 0.
    await expectNumbers(page, kept(10_000), true);
    expect(Number(await dataValue(page, 'error-3'))).toBe(0 - kept(10_000).outputs[2]!);
  });

  await test.step('Step 1000 three times: NumPy\'s 10,000 on the tutorial\'s table, then 3,000 on the edited one', async () => {
    await button(page, 'Step 1000').click();
    await expectNumbers(page, kept(11_000), false);
    await button(page, 'Step 1000').click();
    await button(page, 'Step 1000').click();
    await expectNumbers(page, kept(13_000), false);
    await expect(page.getByTestId('prediction').first()).toHaveText('0.0095425884');
  });

  const numbers = async (p: Page) =>
    Object.fromEntries(await Promise.all(['iteration', 'prediction', 'weight-1', 'weight-2', 'weight-3', 'mse', 'output-1', 'output-2', 'output-3'].map(async (id) => [id, await dataValue(p, id)] as const)));
  const at13000 = await numbers(page);

  await test.step('the link carries the edit and opens on the same numbers in a fresh browser', async () => {
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 10_000 }).toBe('?v=1&data=011-1,100-0,101-1&seed=1&seg=10000:011-1,100-0,101-0&it=13000');
    const link = await page.evaluate(() => location.href);
    const student = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const other = await student.newPage();
      await other.goto(link);
      await expectNumbers(other, kept(13_000), false);
      expect(await numbers(other)).toEqual(at13000);
      await expect(other.getByRole('textbox', { name: 'Row 3, Target' })).toHaveValue('0');
      await expect(other.getByTestId('timeline-mark')).toHaveCount(1);
    } finally {
      await student.close();
    }
  });

  await test.step('the downloaded Python script, run by python3 + NumPy, prints the same numbers', async () => {
    const python = await openPanel(page, 'The same run in Python', /python/i);
    expect(python, 'the screen has a "Python" button').not.toBeNull();
    await expect(python!).toContainText('train(synaptic_weights, inputs, targets, 3000, 1)');
    const downloading = page.waitForEvent('download');
    await python!.getByRole('button', { name: 'Download' }).click();
    const script = readFileSync((await (await downloading).path())!, 'utf8');
    needPythonWithNumpy();
    const run = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const printed = Number(/^Prediction for \[.*\]: (\S+)$/m.exec(run.stdout)![1]);
    expectClose(printed, kept(13_000).prediction, 'the script\'s prediction');
    expectClose(printed, Number(at13000.prediction), 'the script\'s prediction against the page');
    const weights = JSON.parse(/^Weights after 13000 iterations: (\[.*\])$/m.exec(run.stdout)![1]!) as number[];
    weights.forEach((w, j) => expectClose(w, Number(at13000[`weight-${j + 1}`]), `the script's w${j + 1}`));
    // Back to the table: the Python view takes the place of the panels.
    const toggle = page.getByRole('button', { name: 'Python', exact: true });
    if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  });

  await test.step('the timeline marks the edit; going there and one back shows the tutorial\'s run exactly', async () => {
    const mark = page.getByRole('button', { name: 'Go to the edit at iteration 10,000' });
    await expect(mark).toBeVisible();
    await mark.click();
    await expectNumbers(page, kept(10_000), true);
    await timeline(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expectNumbers(page, fixture.before[0]!, true);
    await expect(page.getByTestId('edit-notice')).toHaveText(/^Before the edit at 10,000: row 3's target was 1\./);
    expect(Number(await dataValue(page, 'error-3'))).toBe(1 - fixture.before[0]!.outputs[2]!);
    await page.keyboard.press('End');
    await expectNumbers(page, kept(13_000), false);
  });

  await test.step('"Recompute from the start" gives NumPy\'s 13,000 on the edited table', async () => {
    await button(page, 'Recompute from the start').click();
    await expectNumbers(page, fixture.recomputed[0]!, false);
    await expect(page.getByTestId('prediction').first()).toHaveText('0.00547404');
    await expect(page.getByTestId('timeline-mark')).toHaveCount(0);
    await expect(page.getByTestId('edit-notice')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 10_000 }).toBe('?v=1&data=011-1,100-0,101-0&seed=1&it=13000');
  });
});

test('a link with a bad edit opens on the edits before it and says what was wrong', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&seg=10000:011-1,100-0,101-0/5000:011-1&it=10000');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Edit 2 (seg): iteration 5000 does not come after the edit before it (10000); it was left out.');
  await expectNumbers(page, kept(10_000), true);
  await expect(page.getByTestId('timeline-mark')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Row 3, Target' })).toHaveValue('0');
});
