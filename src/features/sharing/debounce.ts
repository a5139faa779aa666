export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface Debounced {
  /**
   * Asks for a call: it comes `wait` ms after the last request, and never later than `maxWait` ms after the first;
   * with `leading`, a request after a quiet spell (no call for `wait` ms, none pending) is called at once.
   */
  request(): void;
  /** Makes a requested call now (before the page goes away). */
  flush(): void;
  cancel(): void;
}

/**
 * A trailing debounce with a ceiling. While training runs the state changes every frame: a plain debounce
 * would never fire until a pause, so `maxWait` still lets the address bar keep up about once a second.
 * `leading` also makes the first change after a quiet spell at once: the address bar must show a step as soon as
 * the page does, since a reload reads the address as it is when the reload starts (writing it on pagehide is
 * too late), and a reload 300 ms after Step 100 brought back the iteration before it.
 * A request while a call is pending only notes its time: clearing and setting a timer on every frame of a run
 * cost the page's main thread for nothing. The pending timer, when it comes early, waits again for the rest.
 */
export function debounce(call: () => void, wait: number, maxWait: number, timers: Timers, leading = false): Debounced {
  let timer: unknown = null;
  let firstRequest: number | null = null;
  let lastRequest = Number.NEGATIVE_INFINITY;
  let lastCall = Number.NEGATIVE_INFINITY;
  /** When the requested call is due: `wait` after the last request, at most `maxWait` after the first. */
  const due = () => Math.min(lastRequest + wait, (firstRequest ?? lastRequest) + maxWait);
  const fire = () => {
    timer = null;
    firstRequest = null;
    lastCall = Date.now();
    call();
  };
  const onTimer = () => {
    const left = due() - Date.now();
    if (left > 0) timer = timers.setTimeout(onTimer, left);
    else fire();
  };
  return {
    request() {
      const now = Date.now();
      if (leading && timer === null && now - lastCall >= wait) {
        fire();
        return;
      }
      lastRequest = now;
      firstRequest ??= now;
      timer ??= timers.setTimeout(onTimer, Math.max(0, due() - now));
    },
    flush() {
      if (timer === null) return;
      timers.clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      firstRequest = null;
    },
  };
}
