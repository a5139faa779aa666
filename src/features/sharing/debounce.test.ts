import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, type Timers } from './debounce';

/** The page's timers, counted: how many were set and cleared. */
function countedTimers() {
  const counts = { set: 0, cleared: 0 };
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      counts.set++;
      return setTimeout(callback, ms);
    },
    clearTimeout: (id) => {
      counts.cleared++;
      clearTimeout(id as ReturnType<typeof setTimeout>);
    },
  };
  return { counts, timers };
}

describe('debounce(call, wait, maxWait, timers, leading)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls `wait` ms after the last request', () => {
    const calls: number[] = [];
    const { timers } = countedTimers();
    const start = Date.now();
    const d = debounce(() => calls.push(Date.now() - start), 300, 1000, timers);
    d.request();
    vi.advanceTimersByTime(100);
    d.request();
    vi.advanceTimersByTime(299);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([400]);
  });

  it('during a stream of requests (a run: one a frame) calls every maxWait ms, setting a few timers and clearing none', () => {
    const calls: number[] = [];
    const { counts, timers } = countedTimers();
    const start = Date.now();
    const d = debounce(() => calls.push(Date.now() - start), 300, 1000, timers);
    // 60 requests a second for 3 seconds, one every 16 ms (the last at 2992 ms).
    for (let k = 0; k < 188; k++) {
      d.request();
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(300);
    // A call maxWait after the first request of each stretch: at 1000 (first request at 0), at 1008 + 1000 = 2008
    // (the first request after that call came at 1008), at 2016 + 1000 = 3016; nothing after the last request.
    expect(calls).toEqual([1000, 2008, 3016]);
    // Per stretch: one timer, and one again each time it comes before the call is due (at 300, 588, 876 ms).
    expect(counts.cleared).toBe(0);
    expect(counts.set).toBeLessThanOrEqual(3 * 4 + 1);
  });

  it('with leading, calls at once after a quiet spell, then waits as a debounce', () => {
    const calls: number[] = [];
    const { timers } = countedTimers();
    const start = Date.now();
    const d = debounce(() => calls.push(Date.now() - start), 300, 1000, timers, true);
    d.request();
    expect(calls).toEqual([0]);
    vi.advanceTimersByTime(50);
    d.request(); // within `wait` of the call: trailing
    vi.advanceTimersByTime(300);
    expect(calls).toEqual([0, 350]);
  });

  it('flush calls a pending request now; cancel drops it', () => {
    const calls: number[] = [];
    const { timers } = countedTimers();
    const d = debounce(() => calls.push(1), 300, 1000, timers);
    d.request();
    d.flush();
    expect(calls).toEqual([1]);
    d.request();
    d.cancel();
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual([1]);
    d.flush(); // nothing pending
    expect(calls).toEqual([1]);
  });
});
