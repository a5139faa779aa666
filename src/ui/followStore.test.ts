import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../state';
import { followStore } from './followStore';

describe('followStore(..., holdWhileRunning)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Follows the iteration of a fresh store, holding during runs; returns the iterations it reported. */
  function follow() {
    const store = createLabStore();
    const seen: number[] = [];
    followStore(store, (state) => state.iteration, Object.is, (state) => seen.push(state.iteration), 250, true);
    return { store, seen };
  }

  it('reports nothing during a run, however long, and the state where it stopped at once', () => {
    const { store, seen } = follow();
    for (let k = 1; k <= 60; k++) {
      store.setState({ running: true, iteration: k * 1000 });
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(seen).toEqual([0]);
    // Paused with no new frame: the last frame of the run is what the pause shows.
    store.setState({ running: false });
    expect(seen).toEqual([0, 60_000]);
  });

  it('while paused reports every change at once', () => {
    const { store, seen } = follow();
    store.setState({ iteration: 10 });
    store.setState({ iteration: 9 });
    expect(seen).toEqual([0, 10, 9]);
  });
});
