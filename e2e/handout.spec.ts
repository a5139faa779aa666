import { expect, test } from '@playwright/test';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';

/*
 * The printed handout: on paper (print media, A4) only the handout, on one page: the table, the weights at the
 * iteration shown (NumPy's), one step with blank cells to fill in, and the Python script of the same run.
 */

test('the handout prints on one A4 page: the table, the weights, blank cells for one step and the Python script', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10');
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Handout', exact: true }).click();
  const handout = page.getByRole('region', { name: 'One step of training, by hand' });
  await expect(handout).toBeVisible();

  // The table's rows, the weights after 10 iterations as the screen writes them (8 significant digits of NumPy's).
  const table = handout.getByRole('table', { name: 'The training table' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toHaveText(/^1\s*0\s*1\s*1\s*1$/);
  const weights = handout.getByRole('table', { name: 'The weights W after 10 iterations' });
  for (const [j, w] of checkpoint(10).weights.entries()) await expect(weights.getByRole('row').nth(j)).toContainText(String(Number(w.toPrecision(8))));
  // Five blanks for each of the 3 rows, and two for each of the 3 weights.
  await expect(handout.getByRole('img', { name: /^blank: / })).toHaveCount(3 * 5 + 3 * 2);
  await expect(handout.locator('pre')).toContainText('for iteration in range(10):');
  await expect(handout.locator('pre')).toContainText('random.seed(1)');

  // On paper: nothing else of the screen, and one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  for (const name of ['Step 10', 'Copy link', 'Print handout']) await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Training table' })).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 px an inch, for a look at it
  await page.screenshot({ path: test.info().outputPath('handout-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages, 'pages of the printed handout').toHaveLength(1);
});
