import { expect, test } from '@playwright/test';
import { decodeQr } from './fixtures/decodeQr';

/*
 * The QR code of a link, in the Copy link fallback and the Lesson link dialog: what a phone's camera reads
 * (jsQR on a screenshot of the code as painted) is the link itself, and in presenter mode it is large enough to
 * read from the back of a room when it fills the dialog.
 */

async function expectIteration(page: import('@playwright/test').Page, iteration: number) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 20_000 });
}

test('the Copy link fallback shows a QR code that reads as the link in its field', async ({ page }) => {
  // A school's plain-http page: no clipboard API, and the older copy command refused.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.execCommand = () => false;
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  const panel = page.getByRole('group', { name: 'Copy the link by hand' });
  const link = await panel.getByRole('textbox', { name: 'Link to this state' }).inputValue();
  expect(link).toContain('it=10');
  const code = panel.getByRole('img', { name: 'QR code of this link' });
  await expect(code).toBeVisible();
  await expect.poll(async () => (await decodeQr(page, code)).text).toBe(link);
  await page.screenshot({ path: test.info().outputPath('copy-fallback.png') });
});

test('the Lesson link dialog shows the lesson link as a QR code, follows the ticks, and fills the dialog for the room', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectIteration(page, 100);
  await page.getByRole('button', { name: 'Lesson link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lesson link' });
  const field = dialog.getByRole('textbox', { name: 'Lesson link' });
  const code = dialog.getByRole('img', { name: 'QR code of the lesson link' });
  await expect.poll(async () => (await decodeQr(page, code)).text).toBe(await field.inputValue());

  // Another choice of panels, another link: the code follows it.
  await dialog.getByRole('checkbox', { name: 'Each row on the sigmoid' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Open in presenter mode' }).check();
  await expect(field).toHaveValue(/presenter=1&hide=sigmoid$/);
  await expect.poll(async () => (await decodeQr(page, code)).text).toBe(await field.inputValue());
  await page.screenshot({ path: test.info().outputPath('lesson-dialog.png') });

  // The large code, for the class to scan from the projector: it fills the dialog and still reads as the link.
  const link = await field.inputValue();
  await dialog.getByRole('button', { name: 'Large QR code for the room' }).click();
  await expect(code).toBeInViewport({ ratio: 1 });
  const projected = await decodeQr(page, code);
  expect(projected.text).toBe(link);
  // On a projector 1 CSS px is about 2 mm: 500 px is a metre, read by a phone from about ten times its width,
  // and every module at least 8 px (16 mm) at 1280x720.
  expect(projected.widthPx).toBeGreaterThanOrEqual(500);
  expect(projected.widthPx / (projected.modules! + 8)).toBeGreaterThanOrEqual(8);
  await page.screenshot({ path: test.info().outputPath('lesson-qr-large.png') });
  await dialog.getByRole('button', { name: 'Large QR code for the room', pressed: true }).click();
  await expect(field).toBeVisible();
});
