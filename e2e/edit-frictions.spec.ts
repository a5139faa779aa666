import { expect, test } from '@playwright/test';

/*
 * Issue 10, part 5's frictions: rewound before an edit of the learning rate, the field still holds the rate being
 * edited (as the table holds the table being edited), and a note says which rate trained the iteration in view.
 */

test('rewound before a rate edit, a note under the field says the rate then and the rate from the edit on', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10000', { timeout: 20_000 });
  const rate = page.getByRole('textbox', { name: 'Learning rate' });
  await rate.fill('0.5');
  await rate.press('Enter');
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '11000');
  const note = page.getByTestId('rate-then');
  await expect(note).toHaveCount(0);

  await page.getByRole('button', { name: 'Go to the edit at iteration 10,000' }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10000');
  // Iteration 10,000 itself is the first of the new rate's segment: no note.
  await expect(note).toHaveCount(0);
  await page.getByRole('slider', { name: 'Timeline' }).press('ArrowLeft');
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '9999');
  await expect(note).toHaveText('At 9,999 the rate was 1 (0.5 from the edit at 10,000 on).');
  await expect(note).toBeInViewport({ ratio: 1 });
  await expect(rate).toHaveValue('0.5');
  // The field is read together with the note.
  await expect(rate).toHaveAttribute('aria-describedby', 'rate-then');
});
