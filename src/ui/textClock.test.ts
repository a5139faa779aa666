import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../state';
import { TEXT_INTERVAL_MS, textClock } from './textClock';

describe('textClock(store)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A clock on a fresh store, and the iterations its listener saw. */
  function follow() {
    const store = createLabStore();
    const clock = textClock(store);
    const seen: number[] = [];
    const stop = clock.subscribe(() => seen.push(clock.current().iteration));
    return { store, clock, seen, stop };
  }

  it('during a run shows at most one change per TEXT_INTERVAL_MS, the latest each time', () => {
    const { store, seen } = follow();
    // 60 frames a second for one second.
    for (let k = 1; k <= 60; k++) {
      store.setState({ running: true, iteration: k * 1000 });
      vi.advanceTimersByTime(1000 / 60);
    }
    // The first change at once, then one per 125 ms: 1 + 1000 / 125 at the very most.
    expect(seen.length).toBeLessThanOrEqual(1 + 1 + 1000 / TEXT_INTERVAL_MS);
    expect(seen.length).toBeGreaterThanOrEqual(1000 / TEXT_INTERVAL_MS - 1);
    vi.advanceTimersByTime(TEXT_INTERVAL_MS);
    expect(seen.at(-1)).toBe(60_000);
  });

  it('shows the state where a run stops at once, even with an update of the run waiting', () => {
    const { store, clock, seen } = follow();
    vi.advanceTimersByTime(TEXT_INTERVAL_MS);
    store.setState({ running: true, iteration: 1 });
    store.setState({ running: true, iteration: 2 }); // waits for its turn
    expect(clock.current().iteration).toBe(1);
    store.setState({ running: false, iteration: 3 });
    expect(clock.current().iteration).toBe(3);
    expect(seen.at(-1)).toBe(3);
  });

  it('while paused shows every change at once (a step, a seek)', () => {
    const { store, seen } = follow();
    store.setState({ iteration: 1 });
    store.setState({ iteration: 11 });
    store.setState({ iteration: 10 });
    expect(seen).toEqual([0, 1, 11, 10]);
  });

  it('reads the live state when nothing follows it', () => {
    const { store, clock, stop } = follow();
    stop();
    store.setState({ running: true, iteration: 5 });
    expect(clock.current().iteration).toBe(5);
  });
});
