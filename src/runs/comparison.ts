import { createStore } from 'zustand';
import { setupFieldsOf, type ComparisonState, type ComparisonStore } from '../state';
import { applySetup, type SetupToApply } from '../state/setup';
import { startRun, type Run } from '../engine/start';
import { followClock } from './followClock';

/**
 * Compare for run A: starting run B (a copy of A with its own store and worker, following A's clock) and ending
 * it. One worker per run: each trains on its own thread, so neither waits for the other (see bench:browser's
 * two-run case).
 */
export function createComparison(runA: Run, start: typeof startRun = startRun): ComparisonStore {
  let b: { run: Run; unfollow(): void } | null = null;
  return createStore<ComparisonState>()((set) => ({
    runB: null,
    compare(setup) {
      if (b) {
        // Comparing already: run B takes the setup (a link's or a file's), where it stands on A's clock.
        if (setup) applySetup(b.run.store, withoutIteration(setup));
        return;
      }
      // The copy (and the setup asked for, a link's run B) is in place before its worker's first load, which
      // trains it up to A's iteration: B keeps A's clock, so a setup's own iteration is not B's to choose.
      const run = start(setupFieldsOf(runA.store.getState()), setup ? (store) => applySetup(store, withoutIteration(setup)) : undefined);
      b = { run, unfollow: followClock(runA.store, run.store) };
      set({ runB: run.store });
    },
    stopComparing(keep) {
      if (!b) return;
      const { run, unfollow } = b;
      b = null;
      unfollow();
      if (keep === 'B') {
        const a = runA.store.getState();
        const target = a.catchingUpTo ?? a.iteration;
        // A takes B's setup where it stands: its engine reloads it at A's iteration, as after an edit.
        runA.store.setState({ ...setupFieldsOf(run.store.getState()), iteration: target, catchingUpTo: a.catchingUpTo });
      }
      run.engine.dispose();
      set({ runB: null });
    },
  }));
}

function withoutIteration(setup: SetupToApply): SetupToApply {
  const copy = { ...setup };
  delete copy.iteration;
  return copy;
}
