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
 */
export function debounce(call: () => void, wait: number, maxWait: number, timers: Timers, leading = false): Debounced {
  let timer: unknown = null;
  let firstRequest: number | null = null;
  let lastCall = Number.NEGATIVE_INFINITY;
  const fire = () => {
    timer = null;
    firstRequest = null;
    lastCall = Date.now();
    call();
  };
  return {
    request() {
      const now = Date.now();
      if (leading && timer === null && now - lastCall >= wait) {
        fire();
        return;
      }
      firstRequest ??= now;
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(fire, Math.max(0, Math.min(wait, firstRequest + maxWait - now)));
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
