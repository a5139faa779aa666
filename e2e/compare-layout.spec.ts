import { expect, test, type Page } from '@playwright/test';
import { compareWith } from './fixtures/compareRuns';

/*
 * Compare's layout: on a phone (390x844) the page never pans sideways and every number of the Compare panel is
 * whole (one line, inside its cell, on screen); at a desk at 1280x720 the page does not scroll; in presenter mode
 * at 1280x720 nothing scrolls and every text of the Compare panel is 20 px or more.
 */

/** Compare with run B at learning rate 0.1, 1000 iterations on: the longest numbers the Compare table shows. */
async function compareAtThousand(page: Page) {
  await compareWith(page, 'Learning rate, run B', '0.1');
  await page.getByRole('button', { name: 'Step 1000', exact: true }).click();
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', '1000');
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', '1000', { timeout: 30_000 });
}

/**
 * Each number of the Compare table broken over lines, cut off by its cell, or off the screen (`lines: 'any'`:
 * its "× 10⁻⁵" may go on a line of its own, but it is whole, in its cell, on the screen).
 */
function brokenNumbers(page: Page, lines: 'one' | 'any' = 'one') {
  return page.getByTestId('compare-table').evaluate((table, oneLine) => {
    const found: string[] = [];
    for (const number of table.querySelectorAll<HTMLElement>('[data-testid^="compare-"]')) {
      const cell = number.closest('td')!;
      const range = document.createRange();
      range.selectNodeContents(number);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const text = range.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      const inCell = text.left >= box.left - 0.5 && text.right <= box.right + 0.5;
      const onScreen = text.left >= 0 && text.right <= window.innerWidth;
      if (number.textContent === '' || (oneLine && lines.size !== 1) || !inCell || !onScreen) {
        found.push(`${number.dataset.testid} "${number.textContent}" lines=${lines.size} inCell=${inCell} onScreen=${onScreen}`);
      }
    }
    return found;
  }, lines === 'one');
}

test.describe('a phone at 390x844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Compare never makes the page pan sideways, and every number of its table is whole', async ({ page }) => {
    await page.goto('./');
    await compareAtThousand(page);
    const widths = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths).toEqual({ scrollWidth: 390, viewport: 390 });
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded();
    expect(await brokenNumbers(page)).toEqual([]);
    // B's fields and Stop comparing are on the screen's width too.
    for (const name of ['Seed, run B', 'Learning rate, run B', 'Test input 3, run B']) {
      const box = (await page.getByRole('textbox', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
    const stop = (await page.getByRole('button', { name: 'Stop comparing' }).boundingBox())!;
    expect(stop.x + stop.width).toBeLessThanOrEqual(390);
  });
});

test('at a desk at 1280x720, Compare fits without the page scrolling, as a single run does: the side column scrolls within itself', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await compareAtThousand(page);
  const pageSize = () => page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  expect(await pageSize()).toEqual({ width: 1280, height: 720 });
  await expect(page.getByTestId('compare-panel')).toBeInViewport({ ratio: 1 });
  // The panels below Compare's are reached in the side column, and the page stays put.
  await page.locator('.panel.settings').scrollIntoViewIfNeeded();
  await expect(page.locator('.panel.settings')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await pageSize()).toEqual({ width: 1280, height: 720 });
});

test('in presenter mode at 1280x720, Compare fits without scrolling, its texts at 20 px or more', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await compareAtThousand(page);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  expect(size).toEqual({ width: 1280, height: 720 });
  const panel = page.getByTestId('compare-panel');
  await expect(panel).toBeInViewport({ ratio: 1 });
  // Nothing inside the side column scrolls, and the Compare table's numbers are whole.
  const scrolling = await page.locator('.side').evaluate((side) =>
    [side, ...side.querySelectorAll<HTMLElement>('*')]
      // Text left to screen readers sits in a 1 px box of its own: not a scrolling region.
      .filter((el) => el.clientHeight > 1 && el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible')
      .map((el) => `${el.className || el.tagName} ${el.scrollHeight} > ${el.clientHeight}`),
  );
  expect(scrolling).toEqual([]);
  expect(await brokenNumbers(page)).toEqual([]);
  const small = await panel.evaluate((root) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 20) found.push(`"${node.textContent.trim().slice(0, 30)}" ${size}px`);
    }
    for (const input of root.querySelectorAll('input, select')) {
      const size = parseFloat(getComputedStyle(input).fontSize);
      if (size < 20) found.push(`${input.tagName.toLowerCase()} ${input.getAttribute('aria-label') ?? ''} ${size}px`);
    }
    return found;
  });
  expect(small).toEqual([]);
  // The class still sees both predictions and run A's table beside them.
  for (const testId of ['compare-a-prediction', 'compare-b-prediction', 'compare-diff-prediction', 'output-3']) await expect(page.getByTestId(testId)).toBeInViewport({ ratio: 1 });
});

test('in presenter mode at 100,000 iterations, where every MSE has a power of ten, no number of the Compare table is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=100000&lr.b=0.1&presenter=1');
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', '100000', { timeout: 30_000 });
  // NumPy (shared/reference's train at rates 1 and 0.1, 100,000 iterations): MSE A 8.4559908e-6, B 8.7390137e-5,
  // B − A 7.8934147e-5: three numbers with a power of ten on one line.
  await expect(page.getByTestId('compare-diff-mse')).toHaveText(/^7\.8934147\s×\s10⁻⁵$/);
  expect(await brokenNumbers(page, 'any')).toEqual([]);
  // The column's heading is whole too.
  const heading = await page.getByRole('columnheader', { name: 'B − A' }).boundingBox();
  const box = (await page.getByTestId('compare-panel').boundingBox())!;
  expect(heading!.x + heading!.width).toBeLessThanOrEqual(box.x + box.width);
});
