import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';

/*
 * Issue 15: text from outside (typed, pasted, in a link) never changes what numbers mean, never floods the
 * screen with itself, and never changes the app's own words; and a reload brings back exactly what was there.
 */

const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 15_000 });
}

const weights = (page: Page) => Promise.all([1, 2, 3].map((j) => page.getByTestId(`weight-${j}`).first().getAttribute('data-value')));

/** Every message the page shows: notices, alerts, the table's and the fields' problems. */
async function messageTexts(page: Page): Promise<string[]> {
  return page.locator('.notice, [role="alert"], .problems li, .field-messages li').allTextContents();
}

/** The run stands at `iteration` with NumPy's weights: the counter shows a link's iteration before the worker is there. */
async function expectNumpyAt(page: Page, iteration: number) {
  await expectIteration(page, iteration);
  await expect(page.getByTestId('weight-1').first()).toHaveAttribute('data-value', String(checkpoint(iteration).weights[0]), { timeout: 15_000 });
}

test('"1,000" in a cell, the seed or a link is refused with a message saying what to type', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10');
  // Not only the counter: on a busy machine the worker may not have trained the link's 10 iterations yet.
  await expectNumpyAt(page, 10);
  const before = await weights(page);

  await page.getByLabel('Row 1, Input 1').fill('1,000');
  const problem = page.locator('.problems');
  await expect(problem).toContainText(
    "Row 1, Input 1: '1,000' has a comma, which could group thousands or mark a decimal; type 1000 without the comma, or 1.000 with a decimal point; type a number.",
  );
  // The neuron goes on with the last valid table: the tutorial's, whose weights at 10 are NumPy's.
  expect(await weights(page)).toEqual(before);
  expect(before).toEqual(checkpoint(10).weights.map(String));

  const seed = page.getByLabel('Seed', { exact: true });
  await seed.fill('1,5');
  await seed.press('Enter');
  await expect(page.locator('.field-messages')).toContainText("Seed: '1,5' has a comma, which could group thousands or mark a decimal; type 15 without the comma, or 1.5 with a decimal point");

  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10,000');
  await expect(notices(page)).toContainText("Iteration (it): '10,000' has a comma, which could group thousands or mark a decimal; type 10000 without the comma");
  await expectIteration(page, 0);
});

test('a 1,000,000-character paste into a cell is refused at the door with a short message', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expectIteration(page, 0);
  await page.evaluate(() => navigator.clipboard.writeText('7'.repeat(1_000_000)));
  const cell = page.getByLabel('Row 2, Input 1');
  await cell.click();
  await cell.press('ControlOrMeta+a');
  await cell.press('ControlOrMeta+v');
  await expect(notices(page)).toContainText('Row 2, Input 1: that text is 1,000,000 characters long; it holds at most 64, so it was not put in.');
  await expect(cell).toHaveValue('1');
  // Typed in another way (an input method, a drop), it is refused as well.
  await page.getByLabel('Row 3, Input 1').focus();
  await page.keyboard.insertText('8'.repeat(100_000));
  await expect(page.getByLabel('Row 3, Input 1')).toHaveValue('1');
  await expect(notices(page)).toContainText('Row 3, Input 1: that text is 100,001 characters long');
  const texts = await messageTexts(page);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text.length, `no message over 200 characters: ${text.slice(0, 80)}`).toBeLessThanOrEqual(200);
});

test("U+202E (right-to-left override) in a link is shown escaped, and the quote cannot turn the app's words around", async ({ page }) => {
  await page.goto(`./?v=1&data=${encodeURIComponent('\u202Eecnetnes lanigiro')}-1,100-0&seed=1&it=0`);
  const notice = notices(page).locator('.notice').first();
  await expect(notice).toContainText("Table row 1: '<U+202E>ecnetnes lanigiro' is not 3 inputs");
  // The page holds no bidirectional control of the link's, and the quote sits in its own <bdi>.
  const text = await notice.textContent();
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  await expect(notice.locator('bdi')).toHaveText('<U+202E>ecnetnes lanigiro');
});

test('a reload at once after Step 100 comes back at 100 (the address bar shows a step as soon as the page does)', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectNumpyAt(page, 100);
  await page.reload();
  await expectNumpyAt(page, 100);
});

test('a reload after typing "abc" in one cell and deleting row 3 shows the same table and trains on the same weights', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectIteration(page, 100);
  await page.getByLabel('Row 1, Input 1').fill('abc');
  await page.getByRole('button', { name: 'Delete row 3' }).click();
  await expect(page.getByLabel('Row 3, Input 1')).toHaveCount(0);
  // The tutorial's three rows are still what the neuron trains on: NumPy's weights at 100.
  expect(await weights(page)).toEqual(checkpoint(100).weights.map(String));

  await page.reload();
  await expectIteration(page, 100);
  await expect(page.getByLabel('Row 1, Input 1')).toHaveValue('abc');
  await expect(page.getByLabel('Row 2, Input 1')).toHaveValue('1');
  await expect(page.getByLabel('Row 3, Input 1')).toHaveCount(0);
  await expect(page.locator('.problems')).toContainText("Row 1, Input 1: 'abc' is not a number");
  await expect(page.getByTestId('weight-1').first()).toHaveAttribute('data-value', String(checkpoint(100).weights[0]));
  expect(await weights(page)).toEqual(checkpoint(100).weights.map(String));
});
