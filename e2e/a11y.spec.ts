import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contrastRatio, type Rgb } from '../src/ui/contrast';
import { tutorialCheckpoint as numpy } from './fixtures/numpyReference';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * Accessibility against the production build: axe-core finds no violation of any of its rules (WCAG 2.x A/AA and
 * its best practices, such as every part of the page inside a landmark and unique names) on the main screen, in
 * presenter mode, in the math view and on the help overlay; every control is reached with Tab and shows a focus
 * ring that stands out from what is around it; each chart has a text alternative and a data table; a polite live
 * region speaks after a step or a pause, never during a run; prefers-reduced-motion stops transitions.
 * Expected numbers are NumPy's (src/core/fixtures/reference.json), rounded by hand where a summary rounds them.
 */


const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
}

/**
 * Every rule axe runs by default over the whole page: WCAG 2.0, 2.1 and 2.2 A and AA and axe's best practices
 * (landmarks, headings, names); only the rules axe itself marks experimental are left out. A failure lists each
 * rule with the elements it found.
 */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  // Best practices must have been judged, not skipped: the region rule is one of them.
  expect([...results.passes, ...results.violations, ...results.inapplicable].map((rule) => rule.id)).toContain('region');
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
  expect(found, found.join('\n\n')).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(numpy(0).weights[0]), { timeout: 30_000 });
});

test.describe('axe-core finds no violation, best practices included', () => {
  test('on the main screen as it opens', async ({ page }) => {
    await expectNoAxeViolations(page);
  });

  test('on the main screen at work: after steps, with an invalid cell, a notice and every data table open', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await button(page, 'Step 10').click();
    await expectIteration(page, 10);
    await page.getByRole('textbox', { name: 'Row 2, Input 1' }).fill('abc');
    await expect(page.getByText("Row 2, Input 1: 'abc' is not a number")).toBeVisible();
    await button(page, 'Copy link').click();
    await expect(page.getByTestId('link-copied')).toHaveText('Link copied. Anyone who opens it sees this exact state.');
    for (const toggle of await page.getByRole('button', { name: 'Data table' }).all()) await toggle.click();
    await expect(page.getByRole('region', { name: /: data table$/ })).toHaveCount(4);
    await expectNoAxeViolations(page);
  });

  test('in presenter mode', async ({ page }) => {
    await button(page, 'Step 100').click();
    await expectIteration(page, 100);
    await button(page, 'Presenter mode').click();
    await expect(button(page, 'Presenter mode')).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page);
  });

  test('in the math view', async ({ page }) => {
    await button(page, 'Step 10').click();
    await expectIteration(page, 10);
    await button(page, 'Show the math').click();
    const ledger = page.getByRole('region', { name: 'The math of one step' });
    await expect(ledger.getByTestId('ledger-iteration')).toHaveText('iteration 9 → 10', { timeout: 30_000 });
    // The formulas are typeset lazily: wait for Temml's MathML before judging it.
    await expect(ledger.locator('math').first()).toBeAttached({ timeout: 30_000 });
    await expectNoAxeViolations(page);
  });

  test('in the Python view', async ({ page }) => {
    await button(page, 'Python').click();
    await expect(page.getByRole('region', { name: 'The same run in Python' })).toContainText('for iteration in range(0):', { timeout: 30_000 });
    await expectNoAxeViolations(page);
  });

  test('on the help overlay', async ({ page }) => {
    await button(page, 'Keyboard shortcuts').click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

/** What the focused element shows as its focus indicator, and the colour of what lies around it. */
interface FocusLook {
  name: string;
  outline: { style: string; width: number; color: string; offset: number };
  around: string;
  visible: boolean;
}

/** The page's colour notation ("rgb(0, 114, 178)", "rgba(0, 0, 0, 0)") as sRGB, or null when transparent. */
function parseCssColor(color: string): Rgb | null {
  const parts = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (!parts || parts.length < 3 || (parts.length > 3 && parts[3] === 0)) return null;
  return [parts[0]!, parts[1]!, parts[2]!];
}

/**
 * Presses Tab round the page once and returns the controls it never reached and the focus rings that do not
 * stand out: every visible, enabled element in the tab order must be reached, and each must show an outline of
 * 2 px or more at 3:1 against the colour around it (its parent's, or its own when the ring is drawn inside).
 */
async function tabRound(page: Page): Promise<{ expected: string[]; missed: string[]; weak: string[] }> {
  const expected = await page.evaluate(() => {
    // A modal dialog makes the page behind it inert: then the round is the dialog's.
    const scope = document.querySelector('dialog[open]') ?? document;
    const candidates = scope.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, select, textarea, [tabindex]');
    const names: string[] = [];
    candidates.forEach((el) => {
      delete el.dataset.tabProbe;
      const box = el.getBoundingClientRect();
      const disabled = (el as HTMLButtonElement).disabled === true;
      const hidden = getComputedStyle(el).visibility === 'hidden' || box.width === 0 || box.height === 0 || el.closest('[inert], [aria-hidden="true"]');
      if (disabled || hidden || el.tabIndex < 0) return;
      el.dataset.tabProbe = String(names.length);
      names.push(`${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}"`);
    });
    return names;
  });

  const reached = new Map<string, FocusLook>();
  await page.evaluate(() => {
    if (!document.querySelector('dialog[open]')) (document.activeElement as HTMLElement | null)?.blur();
  });
  for (let press = 0; press < expected.length + 20; press++) {
    await page.keyboard.press('Tab');
    const look = await page.evaluate((): (FocusLook & { probe: string | null }) | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const offset = parseFloat(style.outlineOffset) || 0;
      // An outline outside the element lies on its parent's background; one drawn inside, on its own.
      let around = offset < 0 ? el : el.parentElement;
      let background = 'rgb(255, 255, 255)';
      while (around) {
        const fill = getComputedStyle(around).backgroundColor;
        if (fill && !/rgba\(.*,\s*0\)$/.test(fill) && fill !== 'transparent') {
          background = fill;
          break;
        }
        around = around.parentElement;
      }
      const box = el.getBoundingClientRect();
      return {
        probe: el.dataset?.tabProbe ?? null,
        name: `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}"`,
        outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0, color: style.outlineColor, offset },
        around: background,
        visible: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      };
    });
    if (!look) continue;
    if (look.probe !== null && reached.has(look.probe)) break; // round the page once
    reached.set(look.probe ?? `unexpected ${look.name}`, look);
  }

  const missed = expected.filter((_, i) => !reached.has(String(i)));
  const weak: string[] = [];
  for (const look of reached.values()) {
    const ring = parseCssColor(look.outline.color);
    const around = parseCssColor(look.around);
    const ratio = ring && around ? contrastRatio(ring, around) : 0;
    if (!look.visible || look.outline.style === 'none' || look.outline.width < 2 || ratio < 3) {
      weak.push(`${look.name}: ${look.outline.style} ${look.outline.width}px ${look.outline.color} on ${look.around} (${ratio.toFixed(2)}:1)${look.visible ? '' : ', out of view'}`);
    }
  }
  return { expected, missed, weak };
}

test.describe('the keyboard alone', () => {
  const views: [string, (page: Page) => Promise<void>][] = [
    ['on the main screen', async () => {}],
    [
      'in presenter mode',
      async (page) => {
        await button(page, 'Presenter mode').click();
        await expect(button(page, 'Presenter mode')).toHaveAttribute('aria-pressed', 'true');
      },
    ],
    [
      'in the math view',
      async (page) => {
        await button(page, 'Show the math').click();
        await expect(page.getByRole('region', { name: 'The math of one step' }).getByTestId('ledger-iteration')).toHaveText('iteration 9 → 10', { timeout: 30_000 });
      },
    ],
    [
      'on the help overlay',
      async (page) => {
        await button(page, 'Keyboard shortcuts').click();
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      },
    ],
  ];
  for (const [where, open] of views) {
    test(`Tab reaches every control ${where}, and each shows a focus ring of 2 px or more at 3:1 against what is around it`, async ({ page }) => {
      test.setTimeout(120_000);
      await button(page, 'Step 10').click();
      await expectIteration(page, 10);
      await open(page);
      const { expected, missed, weak } = await tabRound(page);
      expect(expected.length).toBeGreaterThan(0);
      expect(missed, `not reached with Tab: ${missed.join(', ')}`).toEqual([]);
      expect(weak, weak.join('\n')).toEqual([]);
    });
  }

  test('steps, a data table and back, from the keyboard alone', async ({ page }) => {
    const step10 = button(page, 'Step 10');
    await step10.focus();
    await page.keyboard.press('Enter');
    await expectIteration(page, 10);
    await button(page, 'Step 1').focus();
    await page.keyboard.press('Space');
    await expectIteration(page, 11);

    const toggle = page.locator('[data-panel="weights"]').getByRole('button', { name: 'Data table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = page.getByRole('region', { name: 'Weights over iterations: data table' });
    await expect(table).toBeVisible();
    // Tab goes on past the chart's own tools (the Log axis box) into the table, which scrolls with the arrows.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Log axis' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(table).toBeFocused();
    const scrolled = () => table.evaluate((el) => el.scrollTop);
    await page.keyboard.press('PageDown');
    await expect.poll(scrolled).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(table).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

test('the four charts\' Table buttons have names of their own', async ({ page }) => {
  const names: [string, string][] = [['weights', 'Weights data table'], ['error', 'Error data table'], ['sigmoid', 'Sigmoid data table'], ['neuron', 'Neuron data table']];
  for (const [panel, name] of names) {
    await expect(page.locator(`[data-panel="${panel}"]`).getByRole('button', { name: 'Table' })).toHaveAccessibleName(name);
  }
  await expect(page.getByRole('button', { name: 'data table' })).toHaveCount(4);
});

test.describe('charts in words', () => {
  test('each chart is an image named by its title and described by a summary of the iteration shown', async ({ page }) => {
    await button(page, 'Step 10').click();
    await expectIteration(page, 10);
    // NumPy at 10: weights -0.17237086, 1.0977811, 0.83481497; outputs 0.87353649, 0.45701367, 0.65980921;
    // errors 0.12646351, -0.45701367, 0.34019079, mean squared error 0.11352809; z for the test input 0.66244411.
    const summaries: [string, string][] = [
      ['Weights over iterations', 'iteration 10: w1 -0.172, w2 1.1, w3 0.835'],
      ['Error over iterations', 'iteration 10: mean squared error 0.114; largest row error -0.457 (row 2)'],
      [
        'Each row on the sigmoid',
        'iteration 10: row 1 output 0.874 (target 1), row 2 output 0.457 (target 0), row 3 output 0.66 (target 1); test input prediction 0.66',
      ],
      ['The neuron on the test input', 'iteration 10, inputs 1, 0, 1: w1 -0.172, w2 1.1, w3 0.835; z = 0.662; output 0.66'],
    ];
    for (const [name, summary] of summaries) {
      await expect(page.getByRole('img', { name, exact: true })).toHaveAccessibleDescription(summary);
    }
  });

  test('a summary follows a run at most 4 times a second', async ({ page }) => {
    const chart = page.getByRole('img', { name: 'Weights over iterations', exact: true });
    await expect(chart).toHaveAccessibleDescription('iteration 0: w1 -0.166, w2 0.441, w3 -1');
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-panel="weights"] canvas[role="img"]')!;
      const summary = document.getElementById(canvas.getAttribute('aria-describedby')!)!;
      const times: number[] = [];
      (window as unknown as { summaryTimes: number[] }).summaryTimes = times;
      new MutationObserver(() => times.push(performance.now())).observe(summary, { childList: true, characterData: true, subtree: true });
    });
    await runWithoutStop(page);
    const start = await page.evaluate(() => performance.now());
    await button(page, 'Run').click();
    // Wait for several updates during the run (state, not time), then stop.
    await expect.poll(() => page.evaluate(() => (window as unknown as { summaryTimes: number[] }).summaryTimes.length), { timeout: 60_000 }).toBeGreaterThanOrEqual(6);
    const { times, end } = await page.evaluate(() => ({ times: [...(window as unknown as { summaryTimes: number[] }).summaryTimes], end: performance.now() }));
    await button(page, 'Pause').click();
    // At most one update per 250 ms, plus the first at once; a render may land late but never early.
    expect(times.length).toBeLessThanOrEqual(Math.floor((end - start) / 250) + 2);
    await expect(button(page, 'Run')).toBeVisible();
    // Once the paused frame is on screen, the summary names the counter's iteration (both may still be a tick
    // behind the pause when Run comes back: a CI run read the counter at 263,680 and the summary at 345,600).
    await expect
      .poll(async () => {
        const iteration = Number(await page.getByTestId('iteration').getAttribute('data-value'));
        const summary = await chart.evaluate((canvas) => document.getElementById(canvas.getAttribute('aria-describedby')!)!.textContent ?? '');
        return summary.startsWith(`iteration ${iteration.toLocaleString('en-US')}: w1 `) ? 'same iteration' : `${iteration} / ${summary}`;
      }, { timeout: 10_000 })
      .toBe('same iteration');
  });

  test("the weights' data table lists every sampled iteration with NumPy's exact weights", async ({ page }) => {
    await button(page, 'Step 10').click();
    await expectIteration(page, 10);
    await page.locator('[data-panel="weights"]').getByRole('button', { name: 'Data table' }).click();
    const table = page.getByRole('region', { name: 'Weights over iterations: data table' }).getByRole('table');
    await expect(table).toContainText('Weights at every iteration, 0 to 10');
    await expect(table.getByRole('row')).toHaveCount(12);
    for (const k of [0, 1, 10]) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(k), exact: true }) });
      const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
      expect(cells).toEqual(numpy(k).weights.map(String));
    }
    // While the table is open the chart beneath is hidden from everyone, the keyboard included.
    await expect(page.getByRole('img', { name: 'Weights over iterations', exact: true })).toBeHidden();
  });

  test('a data table holds still during a run and catches up when it pauses', async ({ page }) => {
    await button(page, 'Step 10').click();
    await expectIteration(page, 10);
    await page.locator('[data-panel="error"]').getByRole('button', { name: 'Data table' }).click();
    const table = page.getByRole('region', { name: 'Error over iterations: data table' }).getByRole('table');
    const lastRow = table.getByRole('rowheader').last();
    await expect(lastRow).toHaveText('10');
    await runWithoutStop(page);
    await button(page, 'Run').click();
    await expect.poll(async () => Number(await page.getByTestId('iteration').getAttribute('data-value')), { timeout: 60_000 }).toBeGreaterThan(10_000);
    await expect(table.locator('caption')).toContainText('held during the run; it updates when you pause');
    await expect(lastRow).toHaveText('10');
    await button(page, 'Pause').click();
    await expect(button(page, 'Run')).toBeVisible();
    await expect(table.locator('caption')).not.toContainText('held');
    await expect.poll(async () => (await lastRow.textContent()) === (await page.getByTestId('iteration').textContent())).toBe(true);
  });
});

test.describe('the live region', () => {
  /** Every text the polite live region takes, in order, from now on. */
  async function recordAnnouncements(page: Page) {
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="announcement"]')!;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    return () => page.evaluate(() => [...(window as unknown as { said: string[] }).said]);
  }

  test('is polite and says the iteration and prediction once a step has settled', async ({ page }) => {
    const region = page.getByTestId('announcement');
    await expect(region).toHaveAttribute('aria-live', 'polite');
    await expect(region).toHaveText('');
    const said = await recordAnnouncements(page);
    await button(page, 'Step 10').click();
    await expect(region).toHaveText('Iteration 10, prediction 0.65980921');
    for (let i = 0; i < 9; i++) await button(page, 'Step 10').click();
    await expect(region).toHaveText('Iteration 100, prediction 0.87680541');
    // Quick presses fold into fewer announcements (how many depends on the machine's pace), never a repeat.
    const texts = await said();
    expect(texts[0]).toBe('Iteration 10, prediction 0.65980921');
    expect(texts.at(-1)).toBe('Iteration 100, prediction 0.87680541');
    expect(texts.length).toBeLessThanOrEqual(10);
    expect(texts.filter((text, i) => text === texts[i - 1])).toEqual([]);
  });

  test('no readout is a live region of its own: every <output> is aria-live="off", the live region is the only polite one', async ({ page }) => {
    await button(page, 'Step 10').click();
    await expectIteration(page, 10);
    // An <output> is a polite live region unless told otherwise; the page has one per table cell and readout.
    const outputs = await page.locator('output').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-testid') ?? el.className}: ${el.getAttribute('aria-live')}`));
    expect(outputs.length).toBeGreaterThanOrEqual(9);
    expect(outputs.filter((text) => !text.endsWith(': off'))).toEqual([]);
    await expect(page.getByTestId('iteration')).toHaveAttribute('aria-live', 'off');
    await expect(page.getByTestId('prediction')).toHaveAttribute('aria-live', 'off');
  });

  test('stays silent during a run and speaks once after the pause', async ({ page }) => {
    await runWithoutStop(page);
    const said = await recordAnnouncements(page);
    await button(page, 'Run').click();
    await expect.poll(async () => Number(await page.getByTestId('iteration').getAttribute('data-value')), { timeout: 60_000 }).toBeGreaterThan(20_000);
    expect(await said()).toEqual([]);
    await button(page, 'Pause').click();
    await expect(button(page, 'Run')).toBeVisible();
    await expect.poll(said, { timeout: 30_000 }).toHaveLength(1);
    const iteration = Number(await page.getByTestId('iteration').getAttribute('data-value'));
    const prediction = await page.getByTestId('prediction').textContent();
    expect(await said()).toEqual([`Iteration ${iteration.toLocaleString('en-US')}, prediction ${prediction}`]);
  });
});

test('prefers-reduced-motion: no transition or animation anywhere, charts still update', async ({ page }) => {
  // A probe with a transition and an animation of its own (set through the CSSOM, which the CSP allows): with
  // reduced motion the app's rule must win over it, and without it the probe proves the check can see motion.
  const probe = () =>
    page.evaluate(() => {
      const el = document.createElement('div');
      el.style.transition = 'opacity 1s';
      el.style.animation = 'probe 1s infinite';
      document.body.append(el);
      const style = getComputedStyle(el);
      const seen = { transition: style.transitionDuration, animation: style.animationName };
      el.remove();
      return seen;
    });
  expect(await probe()).toEqual({ transition: '1s', animation: 'probe' });

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await probe()).toEqual({ transition: '0s', animation: 'none' });
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
      })
      .map((el) => el.tagName + '.' + el.className),
  );
  expect(moving).toEqual([]);
  await button(page, 'Step 10').click();
  await expectIteration(page, 10);
  await expect(page.locator('[data-panel="weights"] canvas')).toHaveAttribute('data-iteration', '10');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});
