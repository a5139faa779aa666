export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface Debounced {
  /** Asks for a call: it comes `wait` ms after the last request, and never later than `maxWait` ms after the first. */
  request(): void;
  /** Makes a requested call now (before the page goes away). */
  flush(): void;
  cancel(): void;
}

/**
 * A trailing debounce with a ceiling. While training runs the state changes every frame: a plain debounce
 * would never fire until a pause, so `maxWait` still lets the address bar keep up about once a second.
 */
export function debounce(call: () => void, wait: number, maxWait: number, timers: Timers): Debounced {
  let timer: unknown = null;
  let firstRequest: number | null = null;
  const fire = () => {
    timer = null;
    firstRequest = null;
    call();
  };
  return {
    request() {
      const now = Date.now();
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
