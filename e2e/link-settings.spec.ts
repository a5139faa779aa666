import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as numpy } from './fixtures/numpyReference';

/*
 * Issue 10: "Stop at" (part 1) and the Digits setting (part 7) travel in links and lesson links, read as safely as
 * every other part of a link. Expected numbers: the NumPy reference (0.87680541 after 100 iterations), rounded by
 * hand to 2 significant digits: 0.88.
 */

const stopAt = (page: Page) => page.getByRole('combobox', { name: 'Stop at' });
const digits = (page: Page) => page.getByRole('combobox', { name: 'Digits' });
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

test('the teacher sets Stop at 100 and Digits 2; Copy link opened in a fresh context stops there and reads the same', async ({ browser, context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(numpy(0).weights[0]), { timeout: 20_000 });
  await stopAt(page).fill('100');
  await stopAt(page).press('Enter');
  await digits(page).selectOption('2');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // Written by hand from the link format (src/state/url/codec.ts).
  expect(new URL(link).search).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=0&stop=100&digits=2');

  // A student's browser: nothing of the teacher's saved, a fresh context.
  const student = await browser.newContext();
  const other = await student.newPage();
  await other.goto(link);
  await expect(stopAt(other)).toHaveValue('100', { timeout: 20_000 });
  await expect(digits(other)).toHaveValue('2');
  await expect(other.getByText(/Stop at \(stop\)|Digits \(digits\)/)).toHaveCount(0);
  await other.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(other.getByTestId('iteration')).toHaveAttribute('data-value', '100', { timeout: 30_000 });
  await expect(other.getByTestId('iteration-status')).toHaveText('stopped here (Stop at)');
  await expect(other.getByTestId('prediction')).toHaveText('0.88');
  await expect(other.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy(100).prediction));
  await student.close();
});

test('a lesson link carries them too; "no limit" is written stop=none', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', /\d/, { timeout: 20_000 });
  await stopAt(page).fill('no limit');
  await stopAt(page).press('Enter');
  await digits(page).selectOption('4');
  await page.getByRole('button', { name: 'Lesson link' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'Lesson link' })).toHaveValue(/&stop=none&digits=4(&|$)/);
});

test('a bad stop and a bad digits are named in a notice, and the defaults stand', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10&stop=0&digits=3');
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10', { timeout: 20_000 });
  await expect(notices(page)).toContainText("Stop at (stop): '0' is not allowed; Run stops at 1 iteration or more, or none; Run stops at 10,000.");
  await expect(notices(page)).toContainText("Digits (digits): '3' is not 8, 4 or 2; 8 significant digits are shown.");
  await expect(stopAt(page)).toHaveValue('10,000');
  await expect(digits(page)).toHaveValue('8');
  await expect(page.getByTestId('prediction')).toHaveText('0.65980921');
});
