import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { visibleTextSizes } from './fixtures/textBoxes';
import { checkpoint, CORNERS, situations } from './fixtures/situations';

/*
 * Guided lessons (issue 12) against the production build: lesson mode beside the lab, the built-in lesson from
 * its first card to its last, predict-commit-reveal with the answer nowhere on the page until Reveal, the place
 * kept. Expected numbers are NumPy's: src/features/lesson/fixtures/lesson-numpy.json, written by
 * make-lesson-fixture.py beside it (the tutorial's own table agrees with NumPy bit for bit).
 */

const numpy = JSON.parse(readFileSync('src/features/lesson/fixtures/lesson-numpy.json', 'utf8')) as {
  initialWeights: number[];
  predictions: Record<'10' | '100' | '10000', number>;
  unseen110At10000: number;
  byHand: { z: number; output: number; error: number; slope: number; delta: number; adjustments: number[] };
};

const tutorialAt = (iterations: number) => checkpoint('tutorial', iterations);

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const lesson = (page: Page) => page.getByRole('complementary', { name: /Lesson/ });
const progress = (page: Page) => page.getByTestId('lesson-progress');

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
}

async function openLesson(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(numpy.initialWeights[0]), { timeout: 30_000 });
  await button(page, 'Lesson').click();
  await expect(lesson(page)).toBeVisible();
}

async function goToCard(page: Page, card: number) {
  for (;;) {
    const text = (await progress(page).textContent()) ?? '';
    const at = Number(text.split(' of ')[0]);
    if (at === card) return;
    await lesson(page).getByRole('button', { name: at < card ? 'Next' : 'Back', exact: true }).click();
    await expect(progress(page)).not.toHaveText(text);
  }
}

/** Everything a user or a screen reader can get at: every text node, every attribute, the title, the accessibility tree. */
async function pageHolds(page: Page, text: string): Promise<string[]> {
  const places: string[] = [];
  const dom = await page.evaluate((wanted) => {
    const found: string[] = [];
    if (document.title.includes(wanted)) found.push('title');
    if ((document.documentElement.textContent ?? '').includes(wanted)) found.push('text');
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) if (attribute.value.includes(wanted)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
    }
    return found;
  }, text);
  places.push(...dom);
  if ((await page.locator('body').ariaSnapshot()).includes(text)) places.push('accessibility tree');
  return places;
}

test('lesson mode opens beside the lab, goes Back and Next with its progress, and keeps its place', async ({ page }) => {
  await openLesson(page);
  await expect(progress(page)).toHaveText('1 of 16');
  await expect(lesson(page).getByRole('heading', { name: 'A table of examples' })).toBeVisible();
  // Beside the lab at 1280x720: the card and the table it talks about are both in view, side by side.
  const card = await lesson(page).boundingBox();
  const table = await page.locator('.table-panel').boundingBox();
  expect(card && table && card.x >= table.x + table.width).toBe(true);
  expect(card!.y + card!.height).toBeLessThanOrEqual(720);
  await expect(page.locator('.table-panel')).toBeInViewport({ ratio: 1 });

  await goToCard(page, 4);
  await expect(lesson(page).getByRole('heading', { name: 'One forward pass' })).toBeFocused();
  await expect(button(page, 'Back')).toBeEnabled();
  // Leaving and coming back keeps the place, and so does a reload (the progress stays on this device).
  await lesson(page).getByRole('button', { name: 'Close the lesson' }).click();
  await expect(lesson(page)).toHaveCount(0);
  await button(page, 'Lesson').click();
  await expect(progress(page)).toHaveText('4 of 16');
  await page.reload();
  await button(page, 'Lesson').click();
  await expect(progress(page)).toHaveText('4 of 16');
  await expect(lesson(page).getByRole('heading', { name: 'One forward pass' })).toBeVisible();
});

test('presenter mode has the Lesson button; beside each card, the chart it talks about, text of 20 px or more, nothing scrolling', async ({ page }) => {
  await page.goto('./?presenter=1');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(numpy.initialWeights[0]), { timeout: 30_000 });
  await button(page, 'Lesson').click();
  await expect(lesson(page)).toBeVisible();
  // The charts each card talks about first (its highlight), as the built-in lesson names them.
  const talksAbout: Record<number, string> = { 3: 'neuron', 4: 'sigmoid', 6: 'sigmoid', 7: 'neuron', 8: 'neuron', 10: 'weights', 11: 'error', 14: 'error' };
  for (let card = 1; card <= 16; card++) {
    await goToCard(page, card);
    if (card > 1) await expect(lesson(page).locator('h3')).toBeFocused();
    const charts = page.locator('.charts > [data-panel]');
    // One chart beside the card, wide enough to read, and the card's own where it names one.
    await expect(charts).toHaveCount(1);
    if (talksAbout[card]) await expect(charts).toHaveAttribute('data-panel', talksAbout[card]!);
    const chart = (await charts.boundingBox())!;
    const panel = (await lesson(page).boundingBox())!;
    expect(chart.width, `card ${card}`).toBeGreaterThanOrEqual(300);
    expect(chart.x + chart.width, `card ${card}`).toBeLessThanOrEqual(panel.x);
    await expect(charts).toBeInViewport({ ratio: 1 });
    const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size, `card ${card}`).toEqual({ width: 1280, height: 720 });
    expect((await visibleTextSizes(page)).filter((t) => t.size < 20), `card ${card}`).toEqual([]);
    // The prediction whole, inside its panel (a narrow column once cut it to "0.237628").
    const cut = await page.locator('.new-situation').evaluateAll((panels) =>
      panels.filter((p) => p.scrollWidth > p.clientWidth + 1 || [...p.querySelectorAll('*')].some((e) => e.getBoundingClientRect().right > p.getBoundingClientRect().right + 0.5)).length,
    );
    expect(cut, `card ${card}`).toBe(0);
  }
});

test('each card sets up what it needs: its table, test input, iteration and panels', async ({ page }) => {
  await openLesson(page);
  await goToCard(page, 10);
  await expectIteration(page, 10);
  await goToCard(page, 12);
  await expectIteration(page, 0);
  await expect(page.getByRole('textbox', { name: 'Test input 2' })).toHaveValue('1');
  await goToCard(page, 14);
  // XOR's four rows, and the card's charts: the error beside the neuron, the weights and sigmoid put away.
  await expect(page.locator('.training-table tbody tr')).toHaveCount(4);
  await expect(page.locator('[data-panel="error"]')).toBeVisible();
  await expect(page.locator('[data-panel="weights"]')).toHaveCount(0);
  // The preset's note would give the answer away: the card speaks instead.
  await expect(page.getByText('One neuron cannot learn XOR')).toHaveCount(0);
});

test("the Explore cards open on their panel with NumPy's numbers: every situation, then XOR's line and landscape", async ({ page }) => {
  test.setTimeout(90_000);
  await openLesson(page);
  const region = (name: string) => page.getByRole('region', { name, exact: true });
  const cornerText = (corner: string) => page.locator(`.situations-table tr[data-corner="${corner}"] td`).first();
  const lockAndReveal = async () => {
    await button(page, 'Lock in my guess').click();
    await button(page, 'Reveal').click();
    await expect(page.getByTestId('lesson-reveal')).toBeVisible();
  };

  // Card 13: Every situation alone, at iteration 0 with [0, 1, 0] as the new situation; Reveal trains to 10,000.
  await goToCard(page, 13);
  await expect(lesson(page).getByRole('heading', { name: 'Every situation at once' })).toBeVisible();
  await expectIteration(page, 0);
  await expect(region('Every situation')).toBeVisible();
  for (const name of ['The dividing line', 'Error landscape']) await expect(region(name)).toHaveCount(0);
  for (const [k, corner] of CORNERS.entries()) await expect(cornerText(corner)).toHaveText(tutorialAt(0).cornerShown[k]!);
  await expect(page.locator('.situations-table tr.is-test')).toHaveAttribute('data-corner', '010');
  await lesson(page).getByLabel('Your prediction').fill('0');
  await lockAndReveal();
  await expectIteration(page, 10000);
  for (const [k, corner] of CORNERS.entries()) await expect(cornerText(corner)).toHaveText(tutorialAt(10000).cornerShown[k]!, { timeout: 20_000 });
  await expect(page.getByTestId('lesson-reveal')).toContainText(`The neuron says ${tutorialAt(10000).cornerShown[2]} after 10,000 iterations.`);

  // Card 15: XOR's dividing line alone at iteration 10; NumPy's weights put rows on the wrong side of w . x = 0.
  await goToCard(page, 15);
  await expect(lesson(page).getByRole('heading', { name: 'XOR: one straight line' })).toBeVisible();
  await expectIteration(page, 10);
  await expect(region('The dividing line')).toBeVisible();
  for (const name of ['Every situation', 'Error landscape']) await expect(region(name)).toHaveCount(0);
  await expect(page.getByTestId('boundary-line')).toBeVisible();
  const xor = situations.cases.xor!;
  const w10 = checkpoint('xor', 10).weights;
  const wrong = xor.inputs.filter((x, r) => x[0]! * w10[0]! + x[1]! * w10[1]! + x[2]! * w10[2]! > 0 !== (xor.targets[r] === 1)).length;
  expect(wrong).toBe(2);
  await expect(region('The dividing line').locator('.explore-note')).toContainText(`${wrong} rows are on the wrong side.`);
  await lesson(page).getByRole('radio', { name: '3', exact: true }).check();
  await lockAndReveal();
  await expect(page.getByTestId('lesson-reveal')).toContainText('The answer: 3, well done.');

  // Card 16: XOR's landscape alone at 0; after Reveal the neuron stands where NumPy's weights are at 10,000, and
  // the summary names the error as the table shows it (NumPy's 0.25).
  await goToCard(page, 16);
  await expect(lesson(page).getByRole('heading', { name: 'The error landscape' })).toBeVisible();
  await expectIteration(page, 0);
  await expect(region('Error landscape')).toBeVisible();
  for (const name of ['Every situation', 'The dividing line']) await expect(region(name)).toHaveCount(0);
  const w0 = checkpoint('xor', 0).weights;
  await expect(page.getByTestId('landscape-now')).toHaveAttribute('data-weights', `${w0[0]},${w0[2]}`);
  await lesson(page).getByRole('radio', { name: 'At the bottom of a bowl, with the error far from 0' }).check();
  await lockAndReveal();
  await expectIteration(page, 10000);
  // NumPy's weights at 10,000 are all within 1e-15 of 0, where an ulp of a sum is the whole number: compared to 1e-12.
  const w = checkpoint('xor', 10000).weights;
  const nowWeights = async () => ((await page.getByTestId('landscape-now').getAttribute('data-weights')) ?? '').split(',').map(Number);
  await expect
    .poll(async () => { const [a, b] = await nowWeights(); return Math.abs(a! - w[0]!) <= 1e-12 && Math.abs(b! - w[2]!) <= 1e-12; }, { timeout: 20_000 })
    .toBe(true);
  const mse = page.getByTestId('mse');
  const xorMse = checkpoint('xor', 10000).meanSquaredError;
  await expect.poll(async () => Math.abs(Number(await mse.getAttribute('data-value')) - xorMse) <= 1e-12 * xorMse, { timeout: 20_000 }).toBe(true);
  const summary = page.getByTestId('landscape-summary');
  await expect(summary).toContainText(/^Lowest error in view 0\.25 at w1 = /, { timeout: 20_000 });
  await expect(summary).toContainText(`error ${await mse.textContent()}.`);
});

test('on the card about 10 iterations, 0.65980921 is nowhere on the page until Reveal, then it is there', async ({ page }) => {
  await openLesson(page);
  await goToCard(page, 9);
  await expect(lesson(page).getByRole('heading', { name: '10 iterations' })).toBeVisible();
  await expectIteration(page, 0);
  expect(await pageHolds(page, '0.65980921')).toEqual([]);

  // The lab waits for the guess: Step 10 does not train past the card's iteration.
  await button(page, 'Step 10').click();
  await expect(page.getByText('The lesson waits for your guess')).toBeVisible();
  await expectIteration(page, 0);
  expect(await pageHolds(page, '0.65980921')).toEqual([]);

  await lesson(page).getByLabel('Your prediction').fill('0,7');
  await button(page, 'Lock in my guess').click();
  await expect(lesson(page).getByText('Your guess: 0.7')).toBeVisible();
  expect(await pageHolds(page, '0.65980921')).toEqual([]);

  await button(page, 'Reveal').click();
  await expectIteration(page, 10);
  const reveal = page.getByTestId('lesson-reveal');
  await expect(reveal).toContainText('You said 0.7. The neuron says 0.65980921 after 10 iterations.');
  await expect(reveal).toContainText('Off by 0.04019079: within 0.1');
  // The same exact number as the rest of the app: NumPy's, bit for bit.
  await expect(page.getByTestId('prediction').first()).toHaveAttribute('data-value', String(numpy.predictions['10']));
  await expect(page.getByTestId('prediction').first()).toHaveText('0.65980921');
  expect(await pageHolds(page, '0.65980921')).toEqual(expect.arrayContaining(['text', 'accessibility tree']));
});

test('the built-in lesson from the first card to the last, with the end summary', async ({ page }) => {
  test.setTimeout(120_000);
  await openLesson(page);
  const predictions: Record<string, number> = {
    '9': numpy.predictions['10'],
    '10': numpy.predictions['100'],
    '11': numpy.predictions['10000'],
    '12': numpy.unseen110At10000,
    '13': tutorialAt(10000).cornerOutputs[2]!,
  };
  for (let card = 1; card <= 16; card++) {
    await expect(progress(page)).toHaveText(`${card} of 16`);
    const panel = lesson(page);
    if (await panel.getByRole('button', { name: 'Lock in my guess' }).count()) {
      const field = panel.getByLabel('Your prediction');
      if (await field.count()) await field.fill(card in predictions ? String(predictions[card]!.toFixed(2)) : '0.5');
      else await panel.getByRole('radio').first().check();
      await panel.getByRole('button', { name: 'Lock in my guess' }).click();
      await panel.getByRole('button', { name: 'Reveal' }).click();
      await expect(page.getByTestId('lesson-reveal')).toBeVisible();
      if (card in predictions) {
        await expect(page.getByTestId('prediction').first()).toHaveAttribute('data-value', String(predictions[card]), { timeout: 30_000 });
      }
    }
    await panel.getByRole('button', { name: card === 16 ? 'Finish' : 'Next', exact: true }).click();
  }
  await expect(progress(page)).toHaveText('The end');
  // Numbers: cards 2, 6, 9, 10, 11, 12, 13; the five predictions were typed to two decimals, so within 0.1.
  await expect(page.getByTestId('lesson-summary')).toContainText('You predicted 5 of 7 within 0.1.');
  await expect(page.getByTestId('lesson-summary')).toContainText('You revealed 13 of 13 questions.');
});

test('axe-core finds no violation on a lesson card and on a revealed card', async ({ page }) => {
  await openLesson(page);
  await goToCard(page, 8);
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`);
    expect(found, found.join('\n\n')).toEqual([]);
  };
  await check();
  await lesson(page).getByRole('radio', { name: 'Weight 3' }).check();
  await button(page, 'Lock in my guess').click();
  await button(page, 'Reveal').click();
  await expect(page.getByTestId('lesson-reveal')).toContainText('The answer: Weight 3, well done.');
  await expectIteration(page, 1);
  await check();
});

test("the by-hand card accepts NumPy's row-1 values, and marks a slope typed as the output itself with the slope's feedback", async ({ page }) => {
  await openLesson(page);
  await goToCard(page, 7);
  // Nothing on screen gives the answers away: the table, the math and Explore (its Every situation shows row 1's
  // output) are put away by the card.
  for (const view of ['Show the math', 'Explore']) await expect(button(page, view)).toHaveCount(0);
  await expect(page.locator('.table-panel')).toHaveCount(0);
  const panel = lesson(page);
  const fields: [string, number][] = [
    ['Row 1 z', numpy.byHand.z],
    ['Row 1 output', numpy.byHand.output],
    ['Row 1 error', numpy.byHand.error],
    ['Row 1 slope', numpy.byHand.slope],
    ['Row 1 delta', numpy.byHand.delta],
    ['Adjustment 1', numpy.byHand.adjustments[0]!],
    ['Adjustment 2', numpy.byHand.adjustments[1]!],
    ['Adjustment 3', numpy.byHand.adjustments[2]!],
  ];
  // As a learner types them: four decimals, some with a decimal comma.
  for (const [i, [label, value]] of fields.entries()) {
    const text = value.toFixed(4);
    await panel.getByRole('textbox', { name: label, exact: true }).fill(i % 2 ? text.replace('.', ',') : text);
  }
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByText('8 of 8 right (within 0.005)')).toBeVisible();
  for (const [label] of fields) await expect(panel.getByRole('textbox', { name: label, exact: true })).not.toHaveAttribute('aria-invalid');

  // The slope typed as the output itself: invalid, and the feedback names the slip.
  const slope = panel.getByRole('textbox', { name: 'Row 1 slope', exact: true });
  await slope.fill(numpy.byHand.output.toFixed(4));
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(slope).toHaveAttribute('aria-invalid', 'true');
  await expect(slope).toHaveAccessibleDescription(/That is the output itself: the slope is output × \(1 − output\)/);
  await expect(panel.getByText('7 of 8 right (within 0.005)')).toBeVisible();
});

test('a lesson written in the editor, shared as a link and opened in a fresh context, shows the same cards and questions', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLesson(page);
  // The lab as the teacher wants the second card to start: the tutorial at iteration 100. Opening the editor
  // frees the lab from the card's hold; the draft stays while the editor is closed to set the lab up.
  await lesson(page).getByRole('button', { name: 'Edit lesson' }).click();
  await page.getByRole('dialog', { name: 'Lesson editor' }).getByLabel('Lesson title').fill('Our own <b>lesson</b>');
  await page.getByRole('dialog', { name: 'Lesson editor' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('textbox', { name: 'Go to iteration' }).fill('100');
  await page.keyboard.press('Enter');
  await expectIteration(page, 100);
  await lesson(page).getByRole('button', { name: 'Edit lesson' }).click();
  const editor = page.getByRole('dialog', { name: 'Lesson editor' });
  await expect(editor.getByLabel('Lesson title')).toHaveValue('Our own <b>lesson</b>');
  // Down to two cards: remove all but the first, then add one from the lab as it is.
  while ((await editor.getByRole('group', { name: /^Card \d+ of/ }).count()) > 1) await editor.getByRole('button', { name: 'Remove card 2' }).click();
  const first = editor.getByRole('group', { name: 'Card 1 of 1' });
  await first.getByRole('textbox', { name: 'Title', exact: true }).fill('Look first');
  await first.getByRole('textbox', { name: 'Text', exact: true }).fill('Read the *table* <script>alert(1)</script>.\n\nThen guess.');
  await editor.getByRole('button', { name: 'Add a card from the lab as it is now' }).click();
  const second = editor.getByRole('group', { name: 'Card 2 of 2' });
  await second.getByRole('textbox', { name: 'Title', exact: true }).fill('Ten more');
  await second.getByLabel('Kind').selectOption('number');
  await second.getByRole('textbox', { name: 'Question', exact: true }).fill('What will [1, 0, 1] give at iteration 110?');
  await second.getByLabel('Iterations Reveal trains').fill('10');
  await second.getByRole('textbox', { name: 'Explanation shown with the answer' }).fill('It keeps climbing.');
  await expect(second.getByText(/test \[1, 0, 1\], iteration 100[,.]/)).toBeVisible();
  await editor.getByRole('button', { name: 'Copy lesson link' }).click();
  const link = await editor.getByLabel('Link to this lesson').inputValue();
  expect(link).toMatch(/#lesson=1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(lesson(other)).toBeVisible();
  await expect(lesson(other).getByRole('heading', { name: 'Lesson: Our own <b>lesson</b>' })).toBeVisible();
  await expect(progress(other)).toHaveText('1 of 2');
  await expect(lesson(other).getByRole('heading', { name: 'Look first' })).toBeVisible();
  // Plain text with emphasis, never HTML: the tags are text, the stars make <strong>.
  await expect(lesson(other).locator('.lesson-text strong')).toHaveText('table');
  await expect(lesson(other).getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
  await expect(lesson(other).locator('.lesson-text script, .lesson-panel-header b')).toHaveCount(0);
  await expect(lesson(other).locator('.lesson-prompt')).toHaveText('Which input does the target copy?');
  // The lesson link leaves the address: a reload or Copy link does not carry it on.
  await expect.poll(() => other.evaluate(() => location.hash)).toBe('');
  await lesson(other).getByRole('button', { name: 'Next', exact: true }).click();
  await expect(lesson(other).getByRole('heading', { name: 'Ten more' })).toBeVisible();
  await expectIteration(other, 100);
  await expect(lesson(other).locator('.lesson-prompt')).toHaveText('What will [1, 0, 1] give at iteration 110?');
  await lesson(other).getByLabel('Your prediction').fill('0.9');
  await button(other, 'Lock in my guess').click();
  await button(other, 'Reveal').click();
  await expectIteration(other, 110);
  await expect(other.getByTestId('lesson-reveal')).toContainText('It keeps climbing.');
  await fresh.close();
});

test('Start again goes back to card 1 and forgets the answers, on the card and after a reload', async ({ page }) => {
  await openLesson(page);
  await lesson(page).getByRole('radio', { name: 'Input 3' }).check();
  await button(page, 'Lock in my guess').click();
  await expect(button(page, 'Reveal')).toBeVisible();
  await goToCard(page, 9);
  await lesson(page).getByLabel('Your prediction').fill('0.7');
  await button(page, 'Lock in my guess').click();
  await expect(lesson(page).getByText('Your guess: 0.7')).toBeVisible();

  await button(page, 'Start again').click();
  await expect(progress(page)).toHaveText('1 of 16');
  await expect(lesson(page).getByRole('heading', { name: 'A table of examples' })).toBeVisible();
  // Card 1 asks again: nothing chosen, nothing locked in.
  await expect(lesson(page).getByRole('radio', { name: 'Input 3' })).not.toBeChecked();
  await expect(button(page, 'Lock in my guess')).toBeVisible();
  await expect(button(page, 'Reveal')).toHaveCount(0);
  // And card 9's guess is gone too, also after a reload (what is kept on the device was forgotten).
  await page.reload();
  await button(page, 'Lesson').click();
  await expect(progress(page)).toHaveText('1 of 16');
  await goToCard(page, 9);
  await expect(lesson(page).getByLabel('Your prediction')).toHaveValue('');
  await expect(lesson(page).getByText('Your guess: 0.7')).toHaveCount(0);
});

test('a lesson too long for a link says so, gives no link, and keeps the draft to save as a file', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLesson(page);
  await lesson(page).getByRole('button', { name: 'Edit lesson' }).click();
  const editor = page.getByRole('dialog', { name: 'Lesson editor' });
  // Text that does not pack small: each of the 16 cards' texts (1,500 characters at most) filled with letters of a
  // simple pseudo-random sequence, ~24,000 in all (a packed link holds 8,000).
  let state = 12345;
  const letters = () => Array.from({ length: 1500 }, () => String.fromCharCode(97 + ((state = (state * 1103515245 + 12345) % 2147483648) % 26))).join('');
  const cards = editor.getByRole('group', { name: /^Card \d+ of 16$/ });
  await expect(cards).toHaveCount(16);
  const texts: string[] = [];
  for (let card = 0; card < 16; card++) {
    texts.push(letters());
    await cards.nth(card).getByRole('textbox', { name: 'Text', exact: true }).fill(texts[card]!);
  }
  await editor.getByRole('button', { name: 'Copy lesson link' }).click();
  await expect(editor.getByText(/This lesson is too long for a link \([\d,]+ characters packed, at most 8,000\)\. Save it as a file and share the file instead\./)).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Link to this lesson' })).toHaveCount(0);
  await expect(cards.nth(15).getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(texts[15]!);
  // The file holds it all.
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Save as file' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { cards: { text: string }[] };
  expect(saved.cards.map((card) => card.text)).toEqual(texts);
});

test('a corrupted lesson link opens the app with a notice, and the lab works', async ({ page }) => {
  await page.goto('./#lesson=1.AAAAthis-is-not-a-lesson');
  await expect(page.getByText(/The lesson link could not be opened: The lesson link is damaged/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(numpy.initialWeights[0]));
  await expect(lesson(page)).toHaveCount(0);
  await button(page, 'Step 1').click();
  await expectIteration(page, 1);
  await page.goto('./#lesson=7.xyz');
  await expect(page.getByText(/this app reads version 1/)).toBeVisible({ timeout: 30_000 });
});

test('a lesson saved as a JSON file opens again from the file', async ({ page }) => {
  await openLesson(page);
  await lesson(page).getByRole('button', { name: 'Edit lesson' }).click();
  const editor = page.getByRole('dialog', { name: 'Lesson editor' });
  await editor.getByLabel('Lesson title').fill('Saved lesson');
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Save as file' }).click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; title: string; cards: unknown[] };
  expect(json).toMatchObject({ format: 'neuron-lab-lesson', version: 1, title: 'Saved lesson' });
  expect(json.cards).toHaveLength(16);
  await editor.getByLabel('Lesson title').fill('Changed');
  await editor.locator('input[type="file"]').setInputFiles(file);
  await expect(editor.getByText('Opened 16 cards from the file.')).toBeVisible();
  await expect(editor.getByLabel('Lesson title')).toHaveValue('Saved lesson');
  // A file that is not a lesson is refused with a message, the draft kept.
  await editor.locator('input[type="file"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
  await expect(editor.getByText(/That file could not be opened: It is not a Neuron Lab lesson/)).toBeVisible();
  await expect(editor.getByLabel('Lesson title')).toHaveValue('Saved lesson');
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`);
  expect(found, found.join('\n\n')).toEqual([]);
});
