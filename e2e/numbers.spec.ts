import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as numpy, TUTORIAL } from './fixtures/numpyReference';

/*
 * Numbers for students: no "e-5" anywhere on screen (powers of ten with a real superscript instead), 8 significant
 * digits unless the Digits setting asks for 4 or 2 (the exact double stays in data-value, links and the Python view),
 * and the table's numbers never run into each other, whatever the width. Expected numbers are NumPy's
 * (src/core/fixtures/reference.json); an error is the target minus NumPy's output.
 */

const TUTORIAL_AT_10000 = '?v=1&data=011-1,100-0,101-1&seed=1&it=10000';

/** Numbers in e-notation in the page's visible text ("3.86e-5", "1e8"), each with a little context. */
async function eNotationOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text.match(/.{0,24}\d[eE][-+]?\d.{0,8}/g) ?? [];
}

/** The tooltips of the page's elements with e-notation (a tooltip is on screen too when the pointer is on it). */
async function eNotationInTooltips(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? '').filter((t) => /\d[eE][-+]?\d/.test(t)));
}

async function openAt10000(page: Page) {
  await page.goto(`./${TUTORIAL_AT_10000}`);
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10000', { timeout: 60_000 });
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy(10000).prediction));
}

const NBSP = '\u00a0';

test('after 10,000 iterations the tiny error and MSE read as powers of ten, never "e-", with 8 significant digits', async ({ page }) => {
  await openAt10000(page);
  const error1 = TUTORIAL.targets[0]! - numpy(10000).outputs[0]!; // 3.8569935810972567e-05
  await expect(page.getByTestId('error-1')).toHaveAttribute('data-value', String(error1));
  await expect(page.getByTestId('error-1')).toHaveText(`3.8569936 ×${NBSP}10⁻⁵`);
  await expect(page.getByTestId('mse')).toHaveText(/^8\.\d{7} ×\u00a010⁻⁵$/);
  await expect(page.getByTestId('prediction')).toHaveText('0.9897704');
  expect(await eNotationOnScreen(page)).toEqual([]);
  expect(await eNotationInTooltips(page)).toEqual([]);
  // The math view and the data tables show the same small numbers.
  for (const toggle of await page.getByRole('button', { name: 'data table' }).all()) await toggle.click();
  await expect(page.getByRole('region', { name: /: data table$/ })).toHaveCount(4);
  expect(await eNotationOnScreen(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show the math', exact: true }).click();
  await expect(page.getByRole('region', { name: 'The math of one step' }).locator('[data-matrix]').first()).toBeVisible({ timeout: 30_000 });
  expect(await eNotationOnScreen(page)).toEqual([]);
  expect(await eNotationInTooltips(page)).toEqual([]);
});

test('the Digits setting shows 8, 4 or 2 significant digits, and the exact value stays behind every number', async ({ page }) => {
  await openAt10000(page);
  const digits = page.getByLabel('Digits', { exact: true });
  await expect(digits).toHaveValue('8');
  const prediction = page.getByTestId('prediction');
  // NumPy's 0.9897704022243792 rounded by hand to 4 and 2 significant digits; the error 3.8569935810972567e-05 too.
  await digits.selectOption('4');
  await expect(prediction).toHaveText('0.9898');
  await expect(page.getByTestId('error-1')).toHaveText(`3.857 ×${NBSP}10⁻⁵`);
  await expect(page.getByTestId('weight-3')).toHaveText('8.938'); // NumPy's w3 at 10,000: 8.9378008...
  await digits.selectOption('2');
  await expect(prediction).toHaveText('0.99');
  await expect(page.getByTestId('error-1')).toHaveText(`3.9 ×${NBSP}10⁻⁵`);
  await expect(page.getByTestId('output-2')).toHaveText('0.013'); // NumPy's 0.012547424182671097
  await expect(prediction).toHaveAttribute('data-value', String(numpy(10000).prediction));
  expect(await eNotationOnScreen(page)).toEqual([]);
  // The link and the Python view keep every digit of what they carry.
  expect(page.url()).toContain('it=10000');
  await page.getByRole('button', { name: 'Python', exact: true }).click();
  await expect(page.getByRole('region', { name: 'The same run in Python' })).toContainText('for iteration in range(10000):', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  await digits.selectOption('8');
  await expect(prediction).toHaveText('0.9897704');
});

/**
 * For each table row: the boxes of the output's and the error's text, and whether each fits inside its cell. Side
 * by side in two columns, or (on a phone) stacked on lines of their own in one cell under the row's inputs.
 */
async function liveCellBoxes(page: Page) {
  return page.locator('.training-table tbody').evaluate((body) => {
    const boxOf = (output: Element) => {
      const cell = output.closest('td')!;
      const range = document.createRange();
      range.selectNodeContents(output);
      const text = range.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      const inside = text.left >= box.left - 0.5 && text.right <= box.right + 0.5 && text.top >= box.top - 0.5 && text.bottom <= box.bottom + 0.5;
      return { left: text.left, right: text.right, top: text.top, bottom: text.bottom, inside, text: output.textContent ?? '' };
    };
    const rows = [];
    for (let row = 1; body.querySelector(`[data-testid="output-${row}"]`); row++) {
      rows.push({ output: boxOf(body.querySelector(`[data-testid="output-${row}"]`)!), error: boxOf(body.querySelector(`[data-testid="error-${row}"]`)!) });
    }
    return rows;
  });
}

for (const width of [1280, 1024, 768, 600, 390, 360]) {
  test(`at ${width} px wide the table's outputs and errors never run together or spill out of their cells`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // The tutorial at 10,000 gives the longest texts: 0.012547424 beside -0.012547424, 0.99996143 beside 3.8569936 × 10⁻⁵.
    await openAt10000(page);
    const rows = await liveCellBoxes(page);
    expect(rows).toHaveLength(3);
    for (const { output, error } of rows) {
      expect(output.inside, `output "${output.text}" inside its cell`).toBe(true);
      expect(error.inside, `error "${error.text}" inside its cell`).toBe(true);
      // Side by side: at least a few pixels of space between the output's last digit and the error's first
      // character. Stacked (a phone): the error's line under the output's.
      const sideBySide = error.top < output.bottom - 1 && output.top < error.bottom - 1;
      if (sideBySide) expect(error.left - output.right, `gap between "${output.text}" and "${error.text}"`).toBeGreaterThanOrEqual(4);
      else expect(error.top, `"${error.text}" under "${output.text}"`).toBeGreaterThanOrEqual(output.bottom - 1);
    }
  });
}
