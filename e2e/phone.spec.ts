import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';

/*
 * A phone is a first-class screen (issue 17, part 3), at 390x844 and 360x740 against the production build: the
 * page never pans sideways, the toolbar and bars wrap, every number in the table is whole, the math view is one
 * column, and every control is a touch target of 44x44 px or more. In the lab, the views and the dialogs.
 */

const TUTORIAL = 'v=1&data=011-1,100-0,101-1&seed=1';
// Five rows at 10,000: the longest texts the table shows (errors such as 3.8569936 × 10⁻⁵ and -0.012547424).
const FIVE_ROWS = 'v=1&data=011-1,100-0,101-1,111-1,001-0&seed=1';

async function open(page: Page, query: string, iteration: number) {
  await page.goto(`./?${query}&it=${iteration}`);
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 20_000 });
  await expect(page.getByRole('progressbar', { name: /^Recomputing/ })).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('output-1')).not.toHaveAttribute('data-value', '');
}

/** The page's width and how far its content reaches: equal when nothing pans sideways. */
const widths = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));

/** Every control a finger can reach on screen that is smaller than 44x44 px (a checkbox or radio counts its label). */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, summary, textarea, [role="slider"]')) {
      if (el.closest('[inert], .visually-hidden') || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const input = el instanceof HTMLInputElement ? el : null;
      if (input?.type === 'hidden' || (input?.type === 'file' && el.getBoundingClientRect().width <= 1)) continue;
      const target = input && (input.type === 'checkbox' || input.type === 'radio') ? (el.closest('label') ?? el) : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.width < 44 - 0.01 || r.height < 44 - 0.01) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        found.push(`${el.tagName.toLowerCase()}${input ? `[${input.type}]` : ''} "${name.slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return found;
  });
}

/** Each table number whose text is broken over lines, cut off by its cell, or off the screen. */
function brokenTableNumbers(page: Page) {
  return page.locator('.training-table tbody').evaluate((body) => {
    const found: string[] = [];
    for (const output of body.querySelectorAll<HTMLElement>('output[data-testid^="output-"], output[data-testid^="error-"]')) {
      const cell = output.closest('td')!;
      const range = document.createRange();
      range.selectNodeContents(output);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const text = range.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      const inCell = text.left >= box.left - 0.5 && text.right <= box.right + 0.5 && text.top >= box.top - 0.5 && text.bottom <= box.bottom + 0.5;
      const onScreen = text.left >= 0 && text.right <= window.innerWidth;
      if (lines.size !== 1 || !inCell || !onScreen || cell.scrollWidth > cell.clientWidth) found.push(`${output.dataset.testid} "${output.textContent}" lines=${lines.size} inCell=${inCell} onScreen=${onScreen}`);
    }
    return found;
  });
}

for (const size of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  const name = `${size.width}x${size.height}`;
  test.describe(`a phone at ${name}`, () => {
    test.use({ viewport: size });

    test('the page never pans sideways: in the lab, each view, the popovers and the dialogs', async ({ page }) => {
      await open(page, TUTORIAL, 100);
      expect(await widths(page)).toEqual({ scrollWidth: size.width, viewport: size.width });
      // The bars wrap: every view, tool and training button is on screen.
      for (const button of ['Lab', 'Show the math', 'Explore', 'Python', 'Save & open', 'Lesson link', 'Presenter mode', 'Copy link', 'Step 1000', 'Reset']) {
        await expect(page.getByRole('button', { name: button, exact: button !== 'Save & open' })).toBeInViewport({ ratio: 1 });
      }
      for (const view of ['Show the math', 'Explore', 'Python']) {
        await page.getByRole('button', { name: view, exact: true }).click();
        await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-pressed', 'true');
        await page.waitForFunction(() => document.querySelector('.view-overlay') !== null);
        expect(await widths(page), view).toEqual({ scrollWidth: size.width, viewport: size.width });
      }
      await page.getByRole('button', { name: 'Lab', exact: true }).click();
      for (const [opener, opened] of [
        ['Lesson link', page.getByRole('dialog', { name: 'Lesson link' })],
        ['Keyboard shortcuts', page.getByRole('dialog', { name: 'Keyboard shortcuts' })],
      ] as const) {
        await page.getByRole('button', { name: opener, exact: true }).click();
        await expect(opened).toBeVisible();
        expect(await widths(page), opener).toEqual({ scrollWidth: size.width, viewport: size.width });
        // The dialog itself is within the screen, not only the page behind it.
        const box = (await opened.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        await page.keyboard.press('Escape');
        await expect(opened).toHaveCount(0);
      }
      await page.getByRole('button', { name: /^Save & open/ }).click();
      const saveMenu = page.getByRole('button', { name: 'Save the Weights chart as PNG' });
      await expect(saveMenu).toBeVisible();
      expect(await widths(page), 'Save & open').toEqual({ scrollWidth: size.width, viewport: size.width });
      expect((await saveMenu.boundingBox())!.x + (await saveMenu.boundingBox())!.width).toBeLessThanOrEqual(size.width);
    });

    test("every number in the table is whole: one line, inside its cell, on screen, each named Output or Error", async ({ page }) => {
      for (const [query, iteration] of [
        [TUTORIAL, 100],
        [TUTORIAL, 10000],
        [FIVE_ROWS, 10000],
      ] as const) {
        await open(page, query, iteration);
        expect(await brokenTableNumbers(page), `${query} at ${iteration}`).toEqual([]);
        const rows = query === TUTORIAL ? 3 : 5;
        await expect(page.locator('.training-table output[data-testid^="error-"]')).toHaveCount(rows);
        // On a line of their own under the row's inputs, each with its name.
        await expect(page.locator('.training-table .live-stack').first()).toContainText(/^Output\s.+Error\s/);
      }
      // Stacked, the table is still a table to a screen reader: axe finds nothing wrong with it.
      const axe = await new AxeBuilder({ page }).include('.table-panel').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The numbers are NumPy's (the tutorial at 10,000, row 1: 1 - 0.99996143...).
      await open(page, TUTORIAL, 10000);
      const outputs = await page.locator('.training-table output[data-testid^="output-"]').evaluateAll((all) => all.map((o) => Number(o.getAttribute('data-value'))));
      expect(outputs).toEqual(checkpoint(10000).outputs);
    });

    test('every button, field, list and switch is at least 44x44 px: the lab, the math, Explore, the dialogs', async ({ page }) => {
      await open(page, TUTORIAL, 100);
      expect(await smallTargets(page), 'lab').toEqual([]);
      for (const view of ['Show the math', 'Explore', 'Python']) {
        await page.getByRole('button', { name: view, exact: true }).click();
        await page.waitForFunction(() => document.querySelector('.view-overlay') !== null);
        if (view === 'Show the math') await page.getByRole('button', { name: 'Line by line' }).click();
        if (view === 'Explore') for (const panel of ['The dividing line', 'Error landscape']) await page.getByRole('button', { name: panel, exact: true }).click();
        expect(await smallTargets(page), view).toEqual([]);
      }
      await page.getByRole('button', { name: 'Lab', exact: true }).click();
      for (const opener of ['Lesson link', 'Keyboard shortcuts']) {
        await page.getByRole('button', { name: opener, exact: true }).click();
        await expect(page.getByRole('dialog', { name: opener })).toBeVisible();
        expect(await smallTargets(page), opener).toEqual([]);
        await page.keyboard.press('Escape');
      }
      for (const opener of [/^Save & open/, /^Recent tables/]) {
        await page.getByRole('button', { name: opener }).click();
        expect(await smallTargets(page), String(opener)).toEqual([]);
        await page.keyboard.press('Escape');
      }
    });

    test('the math view is one column: each line a block, its matrix under its formula, nothing beyond the screen', async ({ page }) => {
      await open(page, TUTORIAL, 100);
      await page.getByRole('button', { name: 'Show the math' }).click();
      const ledger = page.getByTestId('math-ledger');
      await expect(ledger.locator('[data-matrix="W new"]')).toBeVisible();
      await expect(ledger.locator('math').first()).toBeVisible();
      const layout = await ledger.evaluate((root) => {
        const lines = [...root.querySelectorAll<HTMLElement>('[role="listitem"]')];
        const box = (el: Element | null) => el!.getBoundingClientRect();
        return {
          lines: lines.length,
          lefts: [...new Set(lines.map((line) => Math.round(box(line).left)))],
          // Each line's parts one under another: the Python, then the formula, then "=" and the matrix.
          stacked: lines.slice(1).every((line) => box(line.querySelector('.ledger-value')).top >= box(line.querySelector('.ledger-formula-cell')).bottom - 1 && box(line.querySelector('.ledger-formula-cell')).top >= box(line.querySelector('code')).bottom - 1),
          // Nothing in the view reaches past the screen's right edge.
          beyond: [...root.querySelectorAll('*')].filter((el) => box(el).right > window.innerWidth + 0.5).map((el) => el.textContent?.slice(0, 30)),
        };
      });
      expect(layout).toEqual({ lines: 8, lefts: [layout.lefts[0]], stacked: true, beyond: [] });
      expect(await widths(page)).toEqual({ scrollWidth: size.width, viewport: size.width });
      const nextW = await ledger.locator('[data-matrix="W new"] td').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
      expect(nextW).toEqual(checkpoint(100).weights);
    });

    test("the Python script wraps instead of scrolling sideways, each line's rest indented past its start, and copies as written", async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, TUTORIAL, 100);
      await page.getByRole('button', { name: 'Python', exact: true }).click();
      const code = page.locator('.pyscript-code');
      await expect(code).toContainText('synaptic_weights += adjustment');
      const layout = await code.evaluate((pre) => {
        const lines = [...pre.querySelectorAll<HTMLElement>('.pyscript-line')];
        const wrapped = lines.filter((line) => line.getBoundingClientRect().height > parseFloat(getComputedStyle(line).lineHeight) * 1.5);
        // Where a wrapped line's second row starts, against where its own text starts (after its indent).
        const hangs = wrapped.map((line) => {
          const range = document.createRange();
          range.selectNodeContents(line);
          const rows = [...range.getClientRects()].filter((r) => r.width > 0);
          const firstText = document.createRange();
          const text = line.textContent!;
          const lead = text.length - text.trimStart().length;
          const node = line.firstChild!.nodeType === Node.TEXT_NODE ? line.firstChild! : line.firstChild!.firstChild!;
          firstText.setStart(node, Math.min(lead, node.textContent!.length));
          firstText.setEnd(node, Math.min(lead + 1, node.textContent!.length));
          const secondRowLeft = Math.min(...rows.filter((r) => r.top > rows[0]!.top + 1).map((r) => r.left));
          return secondRowLeft > firstText.getBoundingClientRect().left + 1;
        });
        return { sideways: pre.scrollWidth > pre.clientWidth + 1, beyond: pre.getBoundingClientRect().right > window.innerWidth + 0.5, wrapped: wrapped.length, hangs: [...new Set(hangs)] };
      });
      expect(layout.wrapped).toBeGreaterThan(0);
      expect(layout).toEqual({ sideways: false, beyond: false, wrapped: layout.wrapped, hangs: [true] });
      // Copy gives the script itself: its lines unbroken.
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('    synaptic_weights += adjustment\n');
      expect(copied).toContain('print("Weights after 100 iterations:", synaptic_weights.ravel().tolist())');
    });
  });
}
