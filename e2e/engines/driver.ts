/**
 * What the lesson's journey needs from a browser, whatever drives it: Firefox over WebDriver BiDi (puppeteer-core)
 * or WebKitGTK over classic WebDriver (selenium-webdriver and WebKitWebDriver). Clicks are the engine's own input
 * events; finding things and reading them happens in the page, so both engines run the very same queries.
 */
export interface EngineDriver {
  /** The engine's name and version, as the browser reports it. */
  readonly version: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a JavaScript expression in the page (a promise is awaited) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real click (the engine's input events) on the element matched by a CSS selector. */
  click(selector: string): Promise<void>;
  /** The viewport as a PNG file. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** The visible button named `name` (its aria-label, else its text without aria-hidden parts), marked for a click. */
export function markButton(name: string): string {
  return `(() => {
    const nameOf = (b) => {
      if (b.getAttribute('aria-label')) return b.getAttribute('aria-label').trim();
      const copy = b.cloneNode(true);
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent.replace(/\\s+/g, ' ').trim();
    };
    const visible = (b) => { const r = b.getBoundingClientRect(); return r.width > 0 && r.height > 0 && !b.disabled; };
    const found = [...document.querySelectorAll('button')].find((b) => nameOf(b) === ${JSON.stringify(name)} && visible(b));
    document.querySelectorAll('[data-engine-target]').forEach((n) => n.removeAttribute('data-engine-target'));
    if (!found) return false;
    found.setAttribute('data-engine-target', '');
    return true;
  })()`;
}
