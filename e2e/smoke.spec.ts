import { expect, test } from '@playwright/test';

test('the production build opens with the tutorial table loaded', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Neuron Lab' })).toBeVisible();
  await expect(page.getByText('3 training rows loaded.')).toBeVisible();
});
