import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as numpy } from './fixtures/numpyReference';

/*
 * Issue 15, part 4: "A link or file whose iteration would take longer than about 10 s on this device opens at
 * once, then asks before it goes on." The estimate comes from the worker's measured speed on the link's own
 * table. 4,294,967,295 iterations take minutes on any machine (the tuned loop does ~12 M a second), 1,000,000 take
 * a fraction of a second, so which of them asks does not depend on how busy the machine is.
 */

const FAR = '?v=1&data=011-1,100-0,101-0&seed=3&lr=0.5&it=4294967295';
const question = (page: Page) => page.getByRole('dialog', { name: 'Go on to iteration 4,294,967,295?' });
const iteration = (page: Page) => page.getByTestId('iteration');
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

test('a link 4,294,967,295 away opens at once and asks; "Stay here" keeps everything, and its notice still goes on', async ({ page }) => {
  await page.goto(`./${FAR}`);
  await expect(question(page)).toBeVisible({ timeout: 20_000 });
  // What it asks, with the wait measured on this device; keyboard first: focus is on "Go on".
  await expect(page.getByTestId('long-work-text')).toContainText(/^This link asks for iteration 4,294,967,295\. On this device that takes about \d+(\.\d)? (min|h) more/);
  await expect(question(page).getByRole('button', { name: 'Go on', exact: true })).toBeFocused();
  // The link is open behind it: its table (row 3's target 0), seed and rate.
  await expect(page.getByRole('textbox', { name: 'Row 3, Target' })).toHaveValue('0');
  await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveValue('3');
  await expect(page.getByRole('textbox', { name: 'Learning rate' })).toHaveValue('0.5');
  // Nothing trains while it asks, and the address still holds the link's iteration.
  const asked = Number(await iteration(page).getAttribute('data-value'));
  expect(asked).toBeGreaterThan(0);
  expect(asked).toBeLessThan(4_294_967_295);
  expect(new URL(page.url()).searchParams.get('it')).toBe('4294967295');

  await page.keyboard.press('Tab');
  await expect(question(page).getByRole('button', { name: 'Stay here', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveCount(0);
  const stayed = Number(await iteration(page).getAttribute('data-value'));
  expect(stayed).toBeGreaterThanOrEqual(asked);
  await expect(notices(page)).toContainText(`Stayed at iteration ${stayed.toLocaleString('en-US')}; the link goes on to 4,294,967,295`);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(iteration(page)).toHaveAttribute('data-value', String(stayed));
  await expect(page.getByRole('textbox', { name: 'Row 3, Target' })).toHaveValue('0');

  // The way on is kept: the notice's button goes on to the link's iteration, and Escape stops it again.
  await notices(page).getByRole('button', { name: 'Go on to 4,294,967,295' }).click();
  await expect(iteration(page)).toHaveText('4,294,967,295');
  await expect(page.locator('.catch-up-progress')).toContainText('Recomputing to 4,294,967,295');
  await expect(question(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.catch-up-progress')).toHaveCount(0);
});

test('"Go on" by keyboard goes on from where it is without asking again; Escape on the question stays', async ({ page }) => {
  await page.goto(`./${FAR}`);
  await expect(question(page)).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveCount(0);
  await expect(iteration(page)).toHaveText('4,294,967,295');
  await expect(page.getByTestId('iteration-status')).toHaveText('going to 4,294,967,295');
  const progress = page.locator('.catch-up-progress progress');
  const first = Number(await progress.getAttribute('value'));
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(first);
  await expect(question(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('.catch-up-progress')).toHaveCount(0);

  // A fresh open: Escape answers "Stay here".
  await page.goto(`./${FAR}`);
  await expect(question(page)).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await expect(question(page)).toHaveCount(0);
  await expect(notices(page)).toContainText('the link goes on to 4,294,967,295');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
});

test('a link a moment away does not ask: it goes straight there with NumPy\'s numbers', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy(10_000).prediction), { timeout: 20_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Whether the app asks depends on the speed it measures here (over 10 s of work asks): 100,000 iterations take
  // 5.6 s even at the 17,863 a second a CI run measured with both cores busy, so this link never asks.
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=100000');
  await expect(iteration(page)).toHaveText('100,000', { timeout: 20_000 });
  await expect(page.locator('.catch-up-progress')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
