import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';
import { visibleTextSizes } from './fixtures/textBoxes';

/*
 * Presenter mode and lesson links against the production build: presenter mode fits a projector's 1280x720
 * without scrolling, in large type, with the secondary panels away; a lesson link built in its dialog hides the
 * panels chosen, and the app honours a link's hidden panels.
 */


const presenterButton = (page: Page) => page.getByRole('button', { name: 'Presenter mode' });
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });
const CHARTS = ['Weights over iterations', 'Error over iterations', 'Each row on the sigmoid', 'The neuron on the test input'];

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 20_000 });
}

async function expectNoScrolling(page: Page) {
  const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  expect(size).toEqual({ width: 1280, height: 720 });
}

/** The font size of an element, in CSS pixels. */
const fontSize = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('presenter mode fits 1280x720 without scrolling, in large type, the secondary panels put away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectIteration(page, 100);
  const before = { iteration: await fontSize(page, 'iteration'), prediction: await fontSize(page, 'prediction'), output: await fontSize(page, 'output-1') };

  await presenterButton(page).click();
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expectNoScrolling(page);
  // What a class reads from the back of the room: all of it on screen, larger than before.
  for (const name of ['Training table', 'New situation', 'Weights over iterations', 'The neuron on the test input']) await expect(heading(page, name)).toBeInViewport({ ratio: 1 });
  for (const testId of ['iteration', 'prediction', 'output-3', 'error-3', 'mse', 'weight-1', 'weight-2', 'weight-3']) await expect(page.getByTestId(testId)).toBeInViewport({ ratio: 1 });
  for (const name of ['Step 1', 'Step 10', 'Step 100', 'Step 1000', 'Run', 'Reset']) await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeInViewport({ ratio: 1 });
  expect(await fontSize(page, 'iteration')).toBeGreaterThanOrEqual(44);
  expect(await fontSize(page, 'prediction')).toBeGreaterThanOrEqual(44);
  expect(await fontSize(page, 'output-1')).toBeGreaterThanOrEqual(20);
  expect(await fontSize(page, 'iteration')).toBeGreaterThan(before.iteration);
  expect(await fontSize(page, 'prediction')).toBeGreaterThan(before.prediction);
  expect(await fontSize(page, 'output-1')).toBeGreaterThan(before.output);
  // Secondary: the settings, the sharing and saving tools, and two of the four charts.
  await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveCount(0);
  for (const name of ['Copy link', 'Save & open', 'Lesson link']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  for (const name of ['Error over iterations', 'Each row on the sigmoid']) await expect(heading(page, name)).toHaveCount(0);
  // The numbers stay NumPy's.
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(checkpoint(100).prediction));
  // The link says presenter mode, so a reload (or a student with the link) gets it too.
  await expect.poll(() => new URL(page.url()).searchParams.get('presenter'), { timeout: 10_000 }).toBe('1');

  // The math in presenter mode fits too.
  await page.getByRole('button', { name: 'Show the math' }).click();
  await expect(page.getByRole('region', { name: 'The math of one step' })).toBeVisible();
  // The math view shows the step just taken: 99 -> 100 at iteration 100.
  await expect(page.getByTestId('ledger-iteration')).toHaveText('iteration 99 → 100');
  await expectNoScrolling(page);
  // Every line of the step is in view, down to the new weights: nothing to scroll to on a projector.
  await expect(page.locator('[data-matrix="W new"]')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('ledger-page')).toHaveCount(0);

  await presenterButton(page).click();
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  for (const name of CHARTS) await expect(heading(page, name)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Seed' })).toBeVisible();
});

test('a lesson link built in its dialog hides the panels unticked and opens in presenter mode', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);

  await page.getByRole('button', { name: 'Lesson link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lesson link' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Weights over iterations' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Show the math' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Open in presenter mode' }).check();
  const field = dialog.getByRole('textbox', { name: 'Lesson link' });
  // The link format of src/state/url: the state on screen, then presenter=1 and the hidden panels in screen order.
  await expect(field).toHaveValue(/\?v=1&data=011-1,100-0,101-1&seed=1&it=10&presenter=1&hide=weights,math$/);
  const link = await field.inputValue();
  await dialog.getByRole('button', { name: 'Copy lesson link' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Building the link changed nothing on this screen.
  await expect(heading(page, 'Weights over iterations')).toBeVisible();
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');

  // A student opens it.
  const student = await context.newPage();
  await student.goto(link);
  await expectIteration(student, 10);
  await expect(student.getByTestId('prediction')).toHaveAttribute('data-value', String(checkpoint(10).prediction));
  await expect(presenterButton(student)).toHaveAttribute('aria-pressed', 'true');
  await expect(heading(student, 'Weights over iterations')).toHaveCount(0);
  await expect(student.getByRole('button', { name: 'Show the math' })).toHaveCount(0);
  // Presenter mode shows two of the charts the lesson keeps: the neuron, then the error.
  await expect(heading(student, 'The neuron on the test input')).toBeVisible();
  await expect(heading(student, 'Error over iterations')).toBeVisible();
  await expect(heading(student, 'Each row on the sigmoid')).toHaveCount(0);
  for (const [j, weight] of checkpoint(10).weights.entries()) await expect(student.getByTestId(`weight-${j + 1}`)).toHaveAttribute('data-value', String(weight));
  await expect(heading(student, 'Training table')).toBeVisible();
  await expectNoScrolling(student);
});

test('"Show here" puts the lesson on this screen, and ticking the panels again brings them back', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(checkpoint(0).weights[0]), { timeout: 20_000 });
  await page.getByRole('button', { name: 'Lesson link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lesson link' });
  await dialog.getByRole('checkbox', { name: 'Training table' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'The neuron on the test input' }).uncheck();
  await dialog.getByRole('button', { name: 'Show here' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(heading(page, 'Training table')).toHaveCount(0);
  await expect(heading(page, 'The neuron on the test input')).toHaveCount(0);
  await expect(heading(page, 'Weights over iterations')).toBeVisible();
  await expect(page.getByTestId('prediction')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('hide'), { timeout: 10_000 }).toBe('neuron,table');
  // The saving tools no longer offer the hidden chart.
  await page.getByRole('button', { name: 'Save & open' }).click();
  await expect(page.getByRole('button', { name: 'Save the Weights chart as PNG' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the Neuron chart as PNG' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Lesson link' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Training table' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Training table' }).check();
  await dialog.getByRole('checkbox', { name: 'The neuron on the test input' }).check();
  await dialog.getByRole('button', { name: 'Show here' }).click();
  await page.keyboard.press('Escape');
  for (const name of ['Training table', ...CHARTS]) await expect(heading(page, name)).toBeVisible();
});

test('the app honours the hidden panels of a link written by hand', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10&hide=table,weights,math');
  await expectIteration(page, 10);
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(checkpoint(10).prediction));
  await expect(heading(page, 'Training table')).toHaveCount(0);
  await expect(heading(page, 'Weights over iterations')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show the math' })).toHaveCount(0);
  for (const name of CHARTS.slice(1)) await expect(heading(page, name)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Python' })).toBeVisible();
  await expectNoScrolling(page);
});

/** What the math view shows: its lines, the font sizes of its numbers, and whether anything is cut off or scrolls. */
function mathView(page: Page) {
  return page.getByTestId('math-ledger').evaluate((ledger) => {
    const list = ledger.querySelector<HTMLElement>('[role="list"]')!;
    const box = list.getBoundingClientRect();
    const shown = [...list.querySelectorAll<HTMLElement>(':scope > [role="listitem"]')].filter((line) => !line.hidden);
    const inside = (r: DOMRect) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    const numbers = shown.flatMap((line) => [...line.querySelectorAll<HTMLElement>('.ledger-matrix td')]);
    return {
      lines: shown.map((line) => line.dataset.line!),
      columns: [...new Set(shown.map((line) => Math.round(line.getBoundingClientRect().left)))].length,
      numberSizes: [...new Set(numbers.map((td) => parseFloat(getComputedStyle(td).fontSize)))],
      numbersCut: numbers.filter((td) => !inside(td.getBoundingClientRect()) || td.scrollWidth > td.clientWidth + 0.5).map((td) => td.textContent),
      linesCut: shown.filter((line) => !inside(line.getBoundingClientRect())).map((line) => line.dataset.line),
      scrolls: list.scrollHeight > list.clientHeight + 0.5 || list.scrollWidth > list.clientWidth + 0.5 || ledger.scrollHeight > ledger.clientHeight + 0.5,
    };
  });
}

test('presenter mode: the math view in two columns, its numbers at 24 px or more, every other text at 20 px, nothing to scroll; a longer table pages through its lines by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=100&presenter=1');
  await expectIteration(page, 100);
  await page.getByRole('button', { name: 'Show the math' }).click();
  await expect(page.getByTestId('ledger-iteration')).toHaveText('iteration 99 → 100');
  // Typeset (the formulas' MathML replaced their plain text), as the class sees it.
  await expect(page.getByTestId('math-ledger').locator('math').first()).toBeVisible();
  const all = ['given', 'z', 'out', 'error', 'slope', 'delta', 'adjustment', 'nextW'];
  const tutorial = await mathView(page);
  expect(tutorial).toEqual({ lines: all, columns: 2, numberSizes: tutorial.numberSizes, numbersCut: [], linesCut: [], scrolls: false });
  expect(Math.min(...tutorial.numberSizes)).toBeGreaterThanOrEqual(24);
  expect((await visibleTextSizes(page)).filter((t) => t.size < 20)).toEqual([]);
  await expectNoScrolling(page);
  // The new weights are NumPy's after 100 iterations.
  const nextW = await page.locator('[data-matrix="W new"] td').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
  expect(nextW).toEqual(checkpoint(100).weights);

  // Five rows: the matrices are taller than two columns hold, so the lines come a page at a time.
  await page.goto('./?v=1&data=011-1,100-0,101-1,111-1,001-0&seed=1&it=100&presenter=1');
  await expectIteration(page, 100);
  await page.getByRole('button', { name: 'Show the math' }).click();
  await expect(page.getByTestId('math-ledger').locator('math').first()).toBeVisible();
  const pageText = page.getByTestId('ledger-page');
  await expect(pageText).toHaveText(/^lines 1-\d of 8$/);
  const first = await mathView(page);
  const onFirst = Number(/lines 1-(\d)/.exec((await pageText.textContent())!)![1]);
  expect(first.lines).toEqual(all.slice(0, onFirst));
  expect(first).toMatchObject({ columns: 2, numbersCut: [], linesCut: [], scrolls: false });
  expect(Math.min(...first.numberSizes)).toBeGreaterThanOrEqual(24);
  expect((await visibleTextSizes(page)).filter((t) => t.size < 20)).toEqual([]);
  await expectNoScrolling(page);
  await expect(page.getByRole('button', { name: 'Previous lines' })).toBeDisabled();

  // By keyboard: the Next lines button, then Page Up and Page Down from inside the view.
  await page.getByRole('button', { name: 'Next lines' }).focus();
  await page.keyboard.press('Enter');
  await expect(pageText).toHaveText(`lines ${onFirst + 1}-8 of 8`);
  const second = await mathView(page);
  expect(second).toMatchObject({ lines: all.slice(onFirst), numbersCut: [], linesCut: [], scrolls: false });
  expect(Math.min(...second.numberSizes)).toBeGreaterThanOrEqual(24);
  await expect(page.locator('[data-matrix="W new"]')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Next lines' })).toBeDisabled();
  // The focus went to the button still of use, not to the page's start.
  await expect(page.getByRole('button', { name: 'Previous lines' })).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(pageText).toHaveText(`lines 1-${onFirst} of 8`);
  await page.keyboard.press('PageDown');
  await expect(pageText).toHaveText(`lines ${onFirst + 1}-8 of 8`);
  // Paging changed nothing else: still iteration 100.
  await expectIteration(page, 100);
  await expectNoScrolling(page);
});
