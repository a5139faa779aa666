import { expect, test, type Browser, type Page } from '@playwright/test';
import { SAVED_TABLE_KEY } from '../src/state/setup/savedTables';
import { PARAMS } from '../src/state/url/params';
import { openPanel } from './fixtures/panels';
import { runWithoutStop } from './fixtures/stopAt';

/*
 * The production build's Content-Security-Policy, and what a crafted link can do (nothing). See
 * scripts/content-security-policy.ts for why each directive is what it is.
 */

// The policy as agreed: scripts, styles and workers only from the app's own origin, nothing inline, no eval.
const EXPECTED_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

function parsePolicy(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name] = sources;
  }
  return directives;
}

/** Records CSP violations and uncaught errors (an eval refused by CSP surfaces as an EvalError). */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test('the built index.html carries the policy first in <head>, and has no inline script or handler', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\.\//);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);

  await page.goto('./');
  const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  expect(parsePolicy((await meta.getAttribute('content'))!)).toEqual(EXPECTED_POLICY);
  // A <meta> policy governs only what comes after it.
  const before = await page.evaluate(() => {
    const tags: string[] = [];
    for (const element of Array.from(document.head.children)) {
      if (element.matches('meta[http-equiv="Content-Security-Policy"]')) break;
      tags.push(element.tagName);
    }
    return tags;
  });
  expect(before.filter((tag) => tag !== 'META' && tag !== 'TITLE')).toEqual([]);
});

test('the app runs under the policy with no violation and no error', async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto('./');
  const step1 = page.getByRole('button', { name: 'Step 1', exact: true });
  await expect(step1).toBeEnabled();
  await step1.click();
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '111');
  await runWithoutStop(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  // The worker, the service worker and every chunk loaded so far came in under the policy.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  expect(problems).toEqual([]);
});

test('the lazily loaded panels and the chart exports run under the policy with no violation', async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10');
  // The math panel brings Temml (a lazy chunk), its stylesheet and its font, and typesets MathML into the page.
  const ledger = await openPanel(page, 'The math of one step', /show the math|math/i);
  expect(ledger, 'the screen has a "Show the math" view').not.toBeNull();
  await expect(ledger!.locator('math').first()).toBeVisible();
  const python = await openPanel(page, 'The same run in Python', /python/i);
  expect(python, 'the screen has a "Python" view').not.toBeNull();
  await expect(python!).toContainText('for iteration in range(10):');
  // Exports draw the chart's SVG into an image (blob:) and a canvas, with every style written inline. The screen keeps
  // them behind its "Save & open" button, loaded when first opened.
  await page.getByRole('button', { name: 'Save & open' }).click();
  await page.getByRole('button', { name: 'Download state (JSON)' }).waitFor();
  for (const format of ['SVG', 'PNG']) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: new RegExp(`^Save the .* chart as ${format}$`) }).first().click();
    await downloading;
  }
  expect(problems).toEqual([]);
});

const PAYLOAD = '<img src=x onerror=alert(1)>';

/** A link with the payload in every parameter the app reads, in an unknown one, and in the fragment. */
function hostileLink(): string {
  const names = ['v', ...PARAMS.map((param) => param.name)];
  const query = names.map((name) => `${name}=${encodeURIComponent(PAYLOAD)}`);
  query.push(`${encodeURIComponent(PAYLOAD)}=1`);
  return `./?${query.join('&')}#${encodeURIComponent(PAYLOAD)}`;
}

async function openHostile(browser: Browser, baseURL: string, bypassCSP: boolean, address: string) {
  const context = await browser.newContext({ baseURL, bypassCSP, serviceWorkers: 'block' });
  // The last edited table, kept in localStorage, is read at start when the address carries no state: poison it
  // the same way.
  await context.addInitScript(
    ([key, payload]) => {
      const link = `?v=1&data=${encodeURIComponent(payload)}&seed=${encodeURIComponent(payload)}`;
      localStorage.setItem(key, JSON.stringify({ link, cells: [[payload, payload, payload, payload]] }));
    },
    [SAVED_TABLE_KEY, PAYLOAD] as const,
  );
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(address);
  const step1 = page.getByRole('button', { name: 'Step 1', exact: true });
  await expect(step1).toBeEnabled();
  // Let the link's messages render, then look for anything the payload could have become.
  await page.waitForTimeout(500);
  await expect(page.locator('img[src="x"], [onerror], [onload], [onclick]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  // The markup did reach the screen, as plain text: the saved cells come back as typed, the link's as notices.
  if (address === './') await expect(page.getByLabel('Row 1, Input 1', { exact: true })).toHaveValue(PAYLOAD);
  else await expect(page.getByText('<img src=x onerror').first()).toBeVisible(); // notices quote at most 24 characters
  // The bad link fell back to valid settings, and the app still trains.
  await step1.click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '1');
  await context.close();
}

test('a link or a saved table carrying markup everywhere injects nothing and opens no dialog', async ({ browser, baseURL }) => {
  await openHostile(browser, baseURL!, false, hostileLink());
  await openHostile(browser, baseURL!, false, './');
});

test('they inject nothing even with the policy switched off: the app never parses their text as HTML', async ({ browser, baseURL }) => {
  await openHostile(browser, baseURL!, true, hostileLink());
  await openHostile(browser, baseURL!, true, './');
});
