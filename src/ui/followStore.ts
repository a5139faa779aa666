import type { LabState, LabStore } from '../state';
import { atGridPoint, gridPoint } from './gridTimer';

/**
 * Calls `onChange` with the state now, and again whenever `key(state)` changes: at once while paused (a step, a
 * seek, an edit, and the moment a run stops, even with an update of the run waiting), at most every `intervalMs`
 * while a run is on, always ending on the latest state. With `holdWhileRunning` it says nothing during a run and
 * the latest state the moment the run stops. A run that keeps another's clock counts as running while that one
 * runs (`clockRunning`). For panels a person reads (tables of numbers, code, spoken summaries) that must not
 * redraw 60 times a second. During a run the updates fall on the shared grid of `intervalMs` (gridTimer), so every
 * follower of every run, at this pace or a multiple of it, changes the page in the same frame.
 * Returns the unsubscribe function.
 */
export function followStore<K>(
  store: LabStore,
  key: (state: LabState) => K,
  same: (a: K, b: K) => boolean,
  onChange: (state: LabState) => void,
  intervalMs: number,
  holdWhileRunning = false,
): () => void {
  let cancel: (() => void) | null = null;
  let last = 0;
  let reported = key(store.getState());
  const update = () => {
    cancel = null;
    last = Date.now();
    const state = store.getState();
    reported = key(state);
    onChange(state);
  };
  const unsubscribe = store.subscribe((state) => {
    // A run that keeps another's clock (run B while comparing) follows at a run's pace while that one runs.
    if (!state.running && !state.clockRunning) {
      // Paused, stepped or sought: shown at once, even if an update of the run was waiting its turn.
      cancel?.();
      cancel = null;
      if (!same(key(state), reported)) update();
      return;
    }
    // Held: nothing is reported, so the pause compares against what was last really shown.
    if (holdWhileRunning || cancel !== null || same(key(state), reported)) return;
    // The first change after a quiet interval shows at once; from then on, on the grid.
    if (Date.now() >= last + intervalMs) update();
    else cancel = atGridPoint(gridPoint(last + intervalMs, intervalMs), update);
  });
  update();
  return () => {
    unsubscribe();
    cancel?.();
  };
}

/** Element-wise identity of two arrays of the same length: a cheap key comparison. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
