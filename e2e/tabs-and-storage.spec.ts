import { expect, test, type Page } from '@playwright/test';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * Issue 15: every tab's work is kept. Only an edit saves (a run never writes), each table a person made is its own
 * entry in "Recent tables", tabs hear each other, and when the browser refuses to store anything the screen says
 * so and offers a link and a file instead.
 */

const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 15_000 });
}

test("two tabs: an edit in A, a run in B, A closed: A's table is in Recent tables and opens again", async ({ context }) => {
  const b = await context.newPage();
  await b.goto('./');
  await expectIteration(b, 0);
  const a = await context.newPage();
  await a.goto('./');
  await a.getByLabel('Row 1, Input 1').fill('0.25');
  await expect(a.getByLabel('Row 1, Input 1')).toHaveValue('0.25');

  // B runs for a few seconds: long enough for the old page's once-a-second save to write its own table over A's.
  await b.bringToFront();
  await runWithoutStop(b);
  await b.getByRole('button', { name: 'Run' }).click();
  await b.waitForTimeout(2500);
  await b.getByRole('button', { name: 'Pause' }).click();
  await a.close();

  await b.getByRole('button', { name: 'Recent tables' }).click();
  const list = b.getByRole('region', { name: 'Recent tables' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list.getByRole('button').first()).toContainText('0.25_1_1-1,100-0,101-1');
  await expect(list.getByRole('button').first()).toContainText('3 rows, iteration 0');

  // A fresh tab opens on A's table; B opens it from the list.
  const c = await context.newPage();
  await c.goto('./');
  await expect(c.getByLabel('Row 1, Input 1')).toHaveValue('0.25');
  await list.getByRole('button').first().click();
  await expect(b.getByLabel('Row 1, Input 1')).toHaveValue('0.25');
  await expectIteration(b, 0);
});

test('with storage full, a notice says the work is not kept and offers Copy link and Save as a file', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await expectIteration(page, 0);
  await page.getByLabel('Row 2, Target').fill('0.5');
  const notice = notices(page).locator('.notice', { hasText: 'Your work is not being kept on this device' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Copy link' })).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Save as a file' }).click();
  expect((await download).suggestedFilename()).toBe('neuron_lab_state.json');
  // The app works on: the edited table trains.
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);
});
