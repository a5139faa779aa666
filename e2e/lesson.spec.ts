import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as tutorial, type Checkpoint } from './fixtures/numpyReference';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * The whole lesson as a teacher runs it, in one journey against the production build: step, run and pause,
 * read the tutorial's three predictions, edit a target, rewind with the timeline, share the state as a link that
 * opens on the same numbers in a fresh browser, and switch to presenter mode.
 *
 * Expected numbers are NumPy's: the tutorial's checkpoints from src/core/fixtures/reference.json, and the edited
 * table's from e2e/fixtures/lesson.json (written by e2e/fixtures/make-lesson-fixture.py). On the tutorial's own
 * table the app agrees with NumPy bit for bit; on the edited one Math.exp may differ from NumPy's exp by an ulp
 * now and then, so those compare within 1e-12 relative, and their 8 printed digits exactly.
 */

const edited = JSON.parse(readFileSync('e2e/fixtures/lesson.json', 'utf8')) as { checkpoints: Checkpoint[] };
const afterEdit = (iterations: number) => edited.checkpoints.find((c) => c.iterations === iterations)!;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline' });
const dataValue = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('data-value');

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
}

async function press(page: Page, name: string, times = 1) {
  for (let i = 0; i < times; i++) await button(page, name).click();
}

/** The tutorial's numbers, exactly: the prediction as printed and as a double, and each weight. */
async function expectTutorialAt(page: Page, iteration: number, printed?: string) {
  await expectIteration(page, iteration);
  const expected = tutorial(iteration);
  await expect(page.getByTestId('prediction').first()).toHaveAttribute('data-value', String(expected.prediction));
  if (printed) await expect(page.getByTestId('prediction').first()).toHaveText(printed);
  for (const [j, weight] of expected.weights.entries()) {
    await expect(page.getByTestId(`weight-${j + 1}`).first()).toHaveAttribute('data-value', String(weight));
  }
}

/** Within 1e-12 of NumPy, relative (see the header). */
function expectNumPy(actual: string | null, expected: number, what: string) {
  expect(actual, what).not.toBeNull();
  expect(Math.abs(Number(actual) - expected), `${what}: ${actual} against NumPy's ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
}

/** The edited table's numbers at `iteration`: the iteration, each weight, each row's output and the prediction. */
async function expectEditedAt(page: Page, iteration: number, printedPrediction: string) {
  await expectIteration(page, iteration);
  const expected = afterEdit(iteration);
  await expect(page.getByTestId('prediction').first()).toHaveText(printedPrediction, { timeout: 30_000 });
  expectNumPy(await dataValue(page, 'prediction'), expected.prediction, 'prediction');
  for (const [j, weight] of expected.weights.entries()) expectNumPy(await dataValue(page, `weight-${j + 1}`), weight, `w${j + 1}`);
  for (const [r, output] of expected.outputs.entries()) expectNumPy(await dataValue(page, `output-${r + 1}`), output, `row ${r + 1} output`);
}

/** Everything the screen says about the run, exactly, to compare two pages. */
async function numbersOnScreen(page: Page) {
  const ids = ['iteration', 'prediction', 'weight-1', 'weight-2', 'weight-3', 'mse', 'output-1', 'output-2', 'output-3'];
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await dataValue(page, id)] as const)));
}

test('a teacher runs the lesson: step, run, the three predictions, an edit, rewind, a shared link, presenter mode', async ({ browser, context, page }) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await test.step('open the default app on the seed\'s starting weights', async () => {
    await page.goto('./');
    await expectTutorialAt(page, 0);
  });

  await test.step('Step 1, Step 10 and Step 100', async () => {
    await press(page, 'Step 1');
    await expectTutorialAt(page, 1);
    await press(page, 'Step 10');
    await expectIteration(page, 11);
    await press(page, 'Step 100');
    await expectIteration(page, 111);
  });

  await test.step('Run past 10,000, watching the iteration, and pause', async () => {
    await runWithoutStop(page);
    await press(page, 'Run');
    await expect(button(page, 'Pause')).toBeVisible();
    await expect.poll(async () => Number(await dataValue(page, 'iteration')), { timeout: 60_000 }).toBeGreaterThan(10_000);
    await press(page, 'Pause');
    await expect(button(page, 'Run')).toBeVisible();
    // Paused: the worker's last frame says where it stopped, and the timeline reaches that far.
    await expect.poll(async () => Number(await timeline(page).getAttribute('max')), { timeout: 30_000 }).toBeGreaterThan(10_000);
  });

  await test.step("read the tutorial's predictions: 10 and 100 on the timeline, 10,000 by steps from there", async () => {
    await timeline(page).focus();
    await page.keyboard.press('Home');
    await expectTutorialAt(page, 0);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expectTutorialAt(page, 10, '0.65980921');
    for (let i = 0; i < 90; i++) await page.keyboard.press('ArrowRight');
    await expectTutorialAt(page, 100, '0.87680541');
    // Steps train on from the iteration shown: 100 + 9 x 1,000 + 9 x 100.
    await press(page, 'Step 1000', 9);
    await expectIteration(page, 9100);
    await press(page, 'Step 100', 9);
    await expectTutorialAt(page, 10_000, '0.9897704');
    await expect(page.getByTestId('iteration').first()).toHaveText('10,000');
  });

  await test.step("edit a target: row 3's target becomes 0, and the run is recomputed from the start at 10,000", async () => {
    const target = page.getByRole('textbox', { name: 'Row 3, Target' });
    await target.fill('0');
    await expect(target).toHaveValue('0');
    // The edit keeps what was learned (e2e/segments.spec.ts); this lesson recomputes the whole run on the new table.
    await button(page, 'Recompute from the start').click();
    // NumPy, seed 1, 10,000 iterations on [[0,1,1],[1,0,0],[1,0,1]] -> [1,0,0]: prediction 0.006224988804026894.
    await expectEditedAt(page, 10_000, '0.0062249888');
  });

  await test.step('rewind 10 iterations with the timeline', async () => {
    await timeline(page).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    // NumPy at 9,990 on the edited table: prediction 0.00622804075863335.
    await expectEditedAt(page, 9990, '0.0062280408');
    await expect(timeline(page)).toHaveAttribute('aria-valuetext', 'Iteration 9,990 of 10,000');
  });

  const shown = await numbersOnScreen(page);
  let link = '';
  await test.step('copy the link', async () => {
    await button(page, 'Copy link').click();
    await expect(page.getByTestId('link-copied')).toHaveText('Link copied. Anyone who opens it sees this exact state.');
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('data=011-1,100-0,101-0');
    expect(link).toContain('it=9990');
  });

  await test.step('open the link in a fresh browser: the same numbers, to the last digit', async () => {
    const student = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const other = await student.newPage();
      await other.goto(link);
      await expectEditedAt(other, 9990, '0.0062280408');
      expect(await numbersOnScreen(other)).toEqual(shown);
      await expect(other.getByRole('textbox', { name: 'Row 3, Target' })).toHaveValue('0');
    } finally {
      await student.close();
    }
  });

  await test.step('switch to presenter mode: the iteration and the prediction stay, in view, unchanged', async () => {
    const presenter = button(page, 'Presenter mode');
    await presenter.click();
    await expect(presenter).toHaveAttribute('aria-pressed', 'true');
    for (const id of ['iteration', 'prediction']) {
      await expect(page.getByTestId(id).first()).toBeInViewport();
      await expect(page.getByTestId(id).first()).toHaveAttribute('data-value', shown[id]!);
    }
    await expect(page.getByTestId('prediction').first()).toHaveText('0.0062280408');
  });
});
