import { expect, test, type Page } from '@playwright/test';
import { textsCrossedByCurves } from './fixtures/textBoxes';

/*
 * The layout holds in every language (issue 16, part 4): German, Spanish and French words are longer than English
 * ones, and at a projector's 1280x720, a tablet's 768x1024 and a phone's 390x844, and in presenter mode, the page
 * must not scroll sideways and no control may be cut off. Measured from the DOM: the page's scroll width, and each
 * visible control's box against the window and against every ancestor that clips (overflow hidden or clip), and
 * its own text against its own box.
 */

const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
const SCREENS = [
  { name: 'a projector', viewport: { width: 1280, height: 720 }, query: '' },
  { name: 'a tablet', viewport: { width: 768, height: 1024 }, query: '' },
  { name: 'a phone', viewport: { width: 390, height: 844 }, query: '' },
  { name: 'presenter mode', viewport: { width: 1280, height: 720 }, query: '&presenter=1' },
] as const;
const TUTORIAL_AT_10 = '?v=1&data=011-1,100-0,101-1&seed=1&it=10';

interface Cut {
  control: string;
  why: string;
}

/** Every visible control that the window or a clipping ancestor cuts, or whose own text overflows its box. */
async function cutControls(page: Page): Promise<{ scrollWidth: number; innerWidth: number; cuts: Cut[] }> {
  return page.evaluate(() => {
    const TOLERANCE = 1;
    const cuts: { control: string; why: string }[] = [];
    const nameOf = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    const controls = document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="button"], label, h2, .panel-title');
    for (const control of controls) {
      if (!control.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      // Under an open view the lab is inert and covered: not what the reader sees.
      if (control.closest('[inert]')) continue;
      const box = control.getBoundingClientRect();
      // Visually hidden helpers (1 px, clipped on purpose) are for screen readers.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.left < -TOLERANCE || box.right > innerWidth + TOLERANCE) {
        cuts.push({ control: nameOf(control), why: `outside the window: ${Math.round(box.left)}..${Math.round(box.right)} of ${innerWidth}` });
        continue;
      }
      for (let at = control.parentElement; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
        const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
        if (!clipsX && !clipsY) continue;
        const outer = at.getBoundingClientRect();
        const outX = clipsX && (box.left < outer.left - TOLERANCE || box.right > outer.right + TOLERANCE);
        const outY = clipsY && (box.top < outer.top - TOLERANCE || box.bottom > outer.bottom + TOLERANCE);
        if (outX || outY) {
          cuts.push({ control: nameOf(control), why: `cut by ${at.tagName.toLowerCase()}.${[...at.classList].join('.')}` });
          break;
        }
      }
      // Its own words fit its box: no text overflows a button or a heading ("…" or clipped letters).
      if (control.scrollWidth > control.clientWidth + TOLERANCE && control.tagName !== 'INPUT' && control.tagName !== 'SELECT') {
        cuts.push({ control: nameOf(control), why: `its text needs ${control.scrollWidth} px, it has ${control.clientWidth}` });
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, cuts };
  });
}

for (const screen of SCREENS) {
  test.describe(`on ${screen.name} (${screen.viewport.width}x${screen.viewport.height})`, () => {
    test.use({ viewport: screen.viewport });

    for (const language of LANGUAGES) {
      test(`in ${language}: nothing scrolls sideways and no control is cut off`, async ({ page }) => {
        await page.goto(`./${TUTORIAL_AT_10}${screen.query}&lang=${language}`);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10');
        // The charts' titles and the fonts are in place once the first frame is drawn.
        await expect(page.getByTestId('prediction')).not.toHaveText('');
        await page.evaluate(() => document.fonts.ready);
        const { scrollWidth, innerWidth, cuts } = await cutControls(page);
        // The figures go into the report, so a failing run says how far off it is.
        test.info().annotations.push({ type: 'measured', description: JSON.stringify({ scrollWidth, cuts: cuts.length }) });
        if (process.env.LAYOUT_REPORT) console.log(`LAYOUT ${screen.name} ${language} scrollWidth=${scrollWidth} cuts=${JSON.stringify(cuts)}`);
        expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
        expect(cuts).toEqual([]);
        // No curve runs through a word on a chart (the slope's long Spanish name sat across its own curve).
        expect(await textsCrossedByCurves(page)).toEqual([]);
      });
    }
  });
}
