import { expect, test, type Locator, type Page } from '@playwright/test';

/*
 * "Every row in view" (issue 10, part 3), "Presets you can trust" (part 6) and "Add row" (part 9), against the
 * production build at 1280x720. Expected numbers: the NumPy reference (src/core/fixtures/reference.json; the
 * "nine lines" case gives 0.9999370428352157 for [1, 0, 0] after 10,000 iterations) or NumPy as noted.
 */

const table = (page: Page) => page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Target' }) });
const rowsOf = (page: Page) => table(page).locator('tbody tr');
const preset = (page: Page) => page.getByRole('combobox', { name: 'Table' });

/** The box of a row is wholly inside the window and inside the table's scroll box (nothing scrolls it away). */
async function expectWhollyInView(page: Page, row: Locator) {
  await expect(row).toBeInViewport({ ratio: 1 });
  const [box, scroller] = await Promise.all([row.boundingBox(), table(page).locator('xpath=..').boundingBox()]);
  expect(box!.y).toBeGreaterThanOrEqual(scroller!.y);
  expect(box!.y + box!.height).toBeLessThanOrEqual(scroller!.y + scroller!.height + 0.5);
}

/** The table's scroll box does not scroll: its content is all shown. */
async function expectNoInnerScrolling(page: Page) {
  const scroll = await table(page).locator('xpath=..').evaluate((el) => ({ client: el.clientHeight, content: el.scrollHeight }));
  expect(scroll.content).toBeLessThanOrEqual(scroll.client);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', /\d/, { timeout: 20_000 });
});

test("XOR's four rows and its note are all visible at 1280x720 with no scrolling inside the table, the prediction too", async ({ page }) => {
  await preset(page).selectOption('xor');
  await expect(rowsOf(page)).toHaveCount(4);
  await expectNoInnerScrolling(page);
  for (let r = 0; r < 4; r++) await expectWhollyInView(page, rowsOf(page).nth(r));
  const note = page.getByText(/One neuron cannot learn XOR/);
  await expect(note).toBeInViewport({ ratio: 1 });
  // The note sits above the rows, never over them.
  const [noteBox, firstRow] = await Promise.all([note.boundingBox(), rowsOf(page).first().boundingBox()]);
  expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(firstRow!.y);
  // The table's mean squared error and the prediction are in view too.
  for (const testId of ['prediction', 'mse']) await expect(page.getByTestId(testId)).toBeInViewport({ ratio: 1 });
});

test('eight rows show with no scrolling inside the table, with a cell message under them that covers none', async ({ page }) => {
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Add row' }).click();
  await expect(rowsOf(page)).toHaveCount(8);
  await page.getByRole('textbox', { name: 'Row 8, Target' }).fill('abc');
  const message = page.getByRole('alert').filter({ hasText: "Row 8, Target: 'abc' is not a number" });
  await expect(message).toBeVisible();
  await expectNoInnerScrolling(page);
  for (let r = 0; r < 8; r++) await expectWhollyInView(page, rowsOf(page).nth(r));
  await expect(message).toBeInViewport({ ratio: 1 });
  const [messageBox, lastRow] = await Promise.all([message.boundingBox(), rowsOf(page).last().boundingBox()]);
  expect(messageBox!.y).toBeGreaterThanOrEqual(lastRow!.y + lastRow!.height);
});

test('beyond 8 rows the table scrolls, and a row reached by keyboard is never under the sticky header', async ({ page }) => {
  for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Add row' }).click();
  await expect(rowsOf(page)).toHaveCount(12);
  const scroller = table(page).locator('xpath=..');
  const first = page.getByRole('textbox', { name: 'Row 12, Target' });
  await first.focus();
  // Back up the table with the keyboard, row by row, to the top: each focused row is wholly below the header.
  for (let row = 11; row >= 1; row--) {
    await page.keyboard.press('ArrowUp');
    const cell = page.getByRole('textbox', { name: `Row ${row}, Target` });
    await expect(cell).toBeFocused();
    const [cellBox, headBox, scrollBox] = await Promise.all([cell.boundingBox(), table(page).locator('thead').boundingBox(), scroller.boundingBox()]);
    expect(cellBox!.y, `row ${row}`).toBeGreaterThanOrEqual(headBox!.y + headBox!.height - 0.5);
    expect(cellBox!.y + cellBox!.height, `row ${row}`).toBeLessThanOrEqual(scrollBox!.y + scrollBox!.height + 0.5);
  }
});

test('"Add row" adds a row unlike the others, following the rule of the targets, and says when 64 is the limit', async ({ page }) => {
  await page.getByRole('button', { name: 'Add row' }).click();
  // The tutorial's rows are 011, 100, 101 with target = input 3: the new row is 001 -> 1, never 000 -> 0.
  await expect(rowsOf(page)).toHaveCount(4);
  const cells = await Promise.all(['Input 1', 'Input 2', 'Input 3', 'Target'].map((c) => page.getByRole('textbox', { name: `Row 4, ${c}` }).inputValue()));
  expect(cells).toEqual(['0', '0', '1', '1']);
  for (let i = 4; i < 64; i++) await page.getByRole('button', { name: 'Add row' }).click();
  await expect(rowsOf(page)).toHaveCount(64);
  await expect(page.getByRole('button', { name: 'Add row' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add row' })).toHaveAccessibleDescription('64 rows: the most a table can have.');
  await expect(page.getByText('64 rows: the most a table can have.')).toBeVisible();
  // No two rows have the same inputs.
  const inputs = await rowsOf(page).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('input')].slice(0, 3).map((i) => i.value).join(',')));
  expect(new Set(inputs).size).toBe(64);
});

test('the "nine lines" preset after seed 7 and rate 0.5 restores its own: 0.99993704 at 10,000', async ({ page }) => {
  const seed = page.getByRole('textbox', { name: 'Seed' });
  const rate = page.getByRole('textbox', { name: 'Learning rate' });
  await seed.fill('7');
  await seed.press('Enter');
  await rate.fill('0.5');
  await rate.press('Enter');
  // The tutorial's preset is no longer as it was: it says so.
  await expect(page.getByRole('button', { name: /^changed/ })).toBeVisible();

  await preset(page).selectOption('nine-lines');
  await expect(seed).toHaveValue('1');
  await expect(rate).toHaveValue('1');
  for (const [i, value] of ['1', '0', '0'].entries()) await expect(page.getByRole('textbox', { name: `Test input ${i + 1}`, exact: true })).toHaveValue(value);
  await expect(page.getByRole('button', { name: /^changed/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10000', { timeout: 60_000 });
  await expect(page.getByTestId('prediction')).toHaveText('0.99993704', { timeout: 20_000 });
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', '0.9999370428352157');

  // Any of the three changed: "changed" shows, and pressing it restores the preset's own.
  await page.getByRole('textbox', { name: 'Test input 3', exact: true }).fill('1');
  const changed = page.getByRole('button', { name: /^changed/ });
  await expect(changed).toBeVisible();
  await changed.click();
  await expect(page.getByRole('textbox', { name: 'Test input 3', exact: true })).toHaveValue('0');
  await expect(changed).toHaveCount(0);
  await expect(page.getByTestId('prediction')).toHaveText('0.99993704', { timeout: 20_000 });
});

test('XOR with its note: the whole side column fits at 1280x720, Recent tables beside Add row, its list in view', async ({ page }) => {
  await preset(page).selectOption('xor');
  await expect(page.getByText(/One neuron cannot learn XOR/)).toBeInViewport({ ratio: 1 });
  // Nothing of the side column is out of sight: it does not scroll, down to the speed and the digits.
  const side = await page.locator('.side').evaluate((el) => ({ content: el.scrollHeight, shown: el.clientHeight }));
  expect(side.content).toBeLessThanOrEqual(side.shown);
  for (const control of [page.getByRole('slider', { name: 'Speed' }), page.getByRole('combobox', { name: 'Digits' }), page.getByRole('textbox', { name: 'Seed' })]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  // The table's header is one line: the preset picker beside the title, Recent tables beside Add row.
  const [title, picker, addRow, recent] = await Promise.all([
    page.getByRole('heading', { name: 'Training table' }).boundingBox(),
    preset(page).boundingBox(),
    page.getByRole('button', { name: 'Add row' }).boundingBox(),
    page.getByRole('button', { name: 'Recent tables' }).boundingBox(),
  ]);
  expect(picker!.y).toBeLessThan(title!.y + title!.height);
  expect(Math.abs(recent!.y + recent!.height / 2 - (addRow!.y + addRow!.height / 2))).toBeLessThanOrEqual(1);
  await page.getByRole('button', { name: 'Recent tables' }).click();
  await expect(page.getByRole('region', { name: 'Recent tables' })).toBeInViewport({ ratio: 1 });
});

test('presenter mode at 1280x720: the edit notice and all three rows are in view, no row cut, before the edit too', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000&presenter=1');
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10000', { timeout: 20_000 });
  await page.getByRole('textbox', { name: 'Row 3, Target' }).fill('0');
  const notice = page.getByRole('button', { name: 'Recompute from the start' });
  await expect(notice).toBeInViewport({ ratio: 1 });
  await expectNoInnerScrolling(page);
  for (let r = 0; r < 3; r++) await expectWhollyInView(page, rowsOf(page).nth(r));
  // Rewound before the edit, the notice says what the table was, and still covers no row.
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '11000');
  await page.getByRole('button', { name: 'Go to the edit at iteration 10,000' }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10000');
  await page.getByRole('slider', { name: 'Timeline' }).press('ArrowLeft');
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '9999');
  await expect(page.getByText(/Before the edit at 10,000/)).toBeInViewport({ ratio: 1 });
  await expectNoInnerScrolling(page);
  for (let r = 0; r < 3; r++) await expectWhollyInView(page, rowsOf(page).nth(r));
});
