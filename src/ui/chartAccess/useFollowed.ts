import { useEffect, useRef, useState } from 'react';
import { useLabStore, type LabState, type LabStore } from '../../state';
import { followStore, sameItems } from '../followStore';

/** What a chart's text depends on: the frame and the table and test input it is read against. */
const chartInputs = (state: LabState) => [state.frame, state.dataset, state.testInput];

/**
 * `compute(state)`, recomputed when the frame, the table or the test input change: at once while paused, at most
 * every `intervalMs` during a run, or not at all during a run with `holdWhileRunning` (then it catches up when the
 * run pauses). For text a person reads (chart summaries, data tables), which must not re-render 60 times a second.
 * `of`: another run's store (run B's, while comparing) instead of this provider's.
 */
export function useFollowed<T>(compute: (state: LabState) => T, intervalMs: number, holdWhileRunning = false, of?: LabStore): T {
  const context = useLabStore();
  const store = of ?? context;
  const latest = useRef(compute);
  useEffect(() => {
    latest.current = compute;
  });
  const [value, setValue] = useState(() => compute(store.getState()));
  useEffect(
    () =>
      followStore(
        store,
        chartInputs,
        sameItems,
        (state) => setValue(() => latest.current(state)),
        intervalMs,
        holdWhileRunning,
      ),
    [store, intervalMs, holdWhileRunning],
  );
  return value;
}
