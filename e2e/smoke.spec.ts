import { expect, test } from '@playwright/test';

test("the production build opens with the tutorial's table loaded", async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Neuron Lab' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Table' })).toHaveValue('tutorial');
  const cells = ['Row 1, Input 1', 'Row 1, Input 2', 'Row 1, Input 3', 'Row 1, Target', 'Row 3, Input 1', 'Row 3, Target'];
  const values = await Promise.all(cells.map((name) => page.getByRole('textbox', { name }).inputValue()));
  expect(values).toEqual(['0', '1', '1', '1', '1', '1']);
  await expect(page.getByRole('textbox', { name: 'Row 4, Input 1' })).toHaveCount(0);
});
