import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';

/*
 * Sharing the exact state as a link: copy it, open it elsewhere, land on the same numbers; and links that are
 * cut short, edited by hand or made up still open a working app that says what was wrong.
 */


/** The exact numbers on screen: the iteration, the three weights and the prediction, as their data-value. */
async function readouts(page: Page) {
  const value = (testId: string) => page.getByTestId(testId).first().getAttribute('data-value');
  return {
    iteration: await value('iteration'),
    weights: [await value('weight-1'), await value('weight-2'), await value('weight-3')],
    prediction: await value('prediction'),
  };
}

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 15_000 });
}

const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });
/** The notices region stays in the page (a live region must exist before it speaks); each notice has a Dismiss. */
const dismissButtons = (page: Page) => notices(page).getByRole('button', { name: 'Dismiss' });

test("a link opens on the tutorial's numbers at that iteration, as NumPy computes them", async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
  await expectIteration(page, 10000);
  const expected = checkpoint(10000);
  await expect(page.getByTestId('prediction').first()).toHaveAttribute('data-value', String(expected.prediction));
  for (const [j, weight] of expected.weights.entries()) {
    await expect(page.getByTestId(`weight-${j + 1}`).first()).toHaveAttribute('data-value', String(weight));
  }
  await expect(dismissButtons(page)).toHaveCount(0);
});

test('Copy link copies the exact state; a new page opened on it shows the same iteration, weights and prediction', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByLabel('Seed').fill('42');
  await page.getByLabel('Seed').press('Enter');
  await page.getByLabel('Row 2, Input 2').fill('-0.75');
  await page.getByLabel('Row 2, Input 2').press('Enter');
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectIteration(page, 100);
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 110);
  const before = await readouts(page);
  for (const value of [...before.weights, before.prediction]) expect(Number.isFinite(Number(value ?? 'x')) && value !== '').toBe(true);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('link-copied')).toHaveText('Link copied. Anyone who opens it sees this exact state.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('data=011-1,1_-0.75_0-0,101-1');
  expect(link).toContain('seed=42');
  expect(link).toContain('it=110');

  const other = await context.newPage();
  await other.goto(link);
  await expectIteration(other, 110);
  // The counter shows a link's iteration at once, before the worker has trained to it: the numbers follow.
  await expect.poll(() => readouts(other), { timeout: 20_000 }).toEqual(before);
  await expect(other.getByLabel('Row 2, Input 2')).toHaveValue('-0.75');
  await expect(other.getByLabel('Seed')).toHaveValue('42');
});

test('where the clipboard is refused, the link is shown selected in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
  });
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=7&it=3');
  await expectIteration(page, 3);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this state' });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(/\?v=1&data=011-1,100-0,101-1&seed=7&it=3$/);
  await expect(field).toBeFocused();
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
    (await field.inputValue()).length,
  );
  await expect(page.getByText('press Ctrl+C')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(field).toHaveCount(0);
});

test.describe('broken links open a working app that says what was wrong', () => {
  test('a bad cell: the other rows are used and the notice names row, input and value', async ({ page }) => {
    await page.goto('./?v=1&data=011-1,1_0_abc-0,101-1&seed=1&it=10');
    await expect(notices(page)).toContainText("Table row 2, input 3: 'abc' is not a number; row 2 was left out.");
    await expectIteration(page, 10);
    await expect(page.getByLabel('Row 2, Input 1')).toHaveValue('1');
    await expect(page.getByLabel('Row 2, Input 3')).toHaveValue('1');
    await expect(page.getByLabel('Row 3, Input 1')).toHaveCount(0);
    // The notice can be dismissed; the app goes on.
    await expect(dismissButtons(page)).toHaveCount(1);
    await notices(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(dismissButtons(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Step 1', exact: true }).click();
    await expectIteration(page, 11);
  });

  test('out-of-range numbers fall back to the defaults, each with its notice', async ({ page }) => {
    await page.goto('./?v=1&data=011-1,100-0,101-1&seed=99999999999&lr=0&it=10');
    await expect(notices(page)).toContainText("Seed: '99999999999' is not a whole number from 0 to 4294967295; seed 1 is used.");
    await expect(notices(page)).toContainText('Learning rate (lr): 0 is not allowed');
    await expect(page.getByLabel('Seed')).toHaveValue('1');
    await expectIteration(page, 10);
    await expect(page.getByTestId('prediction').first()).toHaveAttribute('data-value', String(checkpoint(10).prediction));
  });

  test('an oversized table: ignored, the valid parts used, the length named', async ({ page }) => {
    const huge = Array.from({ length: 1500 }, () => '011-1').join(',');
    await page.goto(`./?v=1&data=${huge}&seed=3&it=10`);
    await expect(notices(page)).toContainText(`The part 'data' is ${huge.length + 5} characters long, more than 8192; it was ignored.`);
    await expect(page.getByLabel('Seed')).toHaveValue('3');
    await expectIteration(page, 10);
    await expect(page.getByLabel('Row 3, Target')).toHaveValue('1');
  });

  test('markup in a link is quoted as text, never run as HTML', async ({ page }) => {
    const markup = '<img src=x onerror="window.__pwned=1">';
    await page.goto(`./?v=1&data=${encodeURIComponent(markup)}-1&hide=${encodeURIComponent('<b>x</b>')}`);
    await expect(notices(page)).toContainText(`Table row 1, input 1: '<img src=x onerror="window.' is not a number`);
    await expect(notices(page)).toContainText("Hidden panels (hide): '<b>x</b>' is not a panel");
    await expect(notices(page).locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The tutorial's table stands in for the bad one, and trains.
    await page.getByRole('button', { name: 'Step 10', exact: true }).click();
    await expectIteration(page, 10);
    await expect(page.getByTestId('prediction').first()).toHaveAttribute('data-value', String(checkpoint(10).prediction));
  });
});

test('the address bar follows the state; Back returns to the table before a preset was chosen', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/\?v=1&data=011-1,100-0,101-1&seed=1&it=0$/);
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);
  await expect(page).toHaveURL(/&it=10$/);
  await page.getByLabel('Table', { exact: true }).selectOption({ label: 'XOR (cannot be learned)' });
  await expect(page).toHaveURL(/data=001-0,011-1,101-1,111-0&test=111/);
  await page.goBack();
  await expect(page).toHaveURL(/data=011-1,100-0,101-1&seed=1&it=10$/);
  await expect(page.getByLabel('Row 3, Input 3')).toHaveValue('1');
  await expect(page.getByLabel('Row 4, Input 1')).toHaveCount(0);
  await expectIteration(page, 10);
  await page.goForward();
  await expect(page.getByLabel('Row 4, Input 1')).toHaveValue('1');
});

test('with no state in the address, the last edited table comes back after a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Row 1, Input 1').fill('0.5');
  await page.getByLabel('Row 1, Input 1').press('Tab');
  await page.getByLabel('Row 3, Target').fill('abc'); // still being typed
  await page.goto('./'); // the bare address, as a bookmark or the installed app opens it
  await expect(page.getByLabel('Row 1, Input 1')).toHaveValue('0.5');
  await expect(page.getByLabel('Row 3, Target')).toHaveValue('abc');
});
