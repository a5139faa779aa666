import { useEffect, useState } from 'react';
import { runSegmentsOf, type LabState, type LabStore } from '../../state';
import { followStore } from '../../ui/followStore';
import type { ScriptSetup } from '../../format/pythonScript';

/** During a run the script follows the iteration at this pace: nobody reads code that changes faster. */
export const SCRIPT_REFRESH_MS = 500;

type Segments = ReturnType<typeof runSegmentsOf>;

/** A run's later segments as one array per store state of them, so that followStore sees no change during a run. */
const laterCache = new WeakMap<LabState['pastSegments'], { key: unknown[]; later: Segments }>();

function segmentsOf(state: LabState): { first: Segments[number]; later: Segments } {
  const [first, ...later] = runSegmentsOf(state);
  if (later.length === 0) return { first: first!, later };
  const key = [state.dataset, state.learningRate, state.editedAt];
  const cached = laterCache.get(state.pastSegments);
  if (cached && cached.key.every((part, i) => part === key[i])) return { first: first!, later: cached.later };
  laterCache.set(state.pastSegments, { key, later });
  return { first: first!, later };
}

export function scriptSetupOf(state: LabState): ScriptSetup {
  const { first, later } = segmentsOf(state);
  return {
    inputs: first.inputs,
    targets: first.targets,
    testInput: state.testInput,
    seed: state.seed,
    learningRate: first.learningRate,
    iterations: state.iteration,
    ...(later.length > 0 ? { later } : {}),
  };
}

function sameSetup(a: ScriptSetup, b: ScriptSetup): boolean {
  return (
    a.inputs === b.inputs &&
    a.targets === b.targets &&
    a.testInput === b.testInput &&
    a.seed === b.seed &&
    a.learningRate === b.learningRate &&
    a.iterations === b.iterations &&
    a.later === b.later
  );
}

/**
 * Calls `onSetup` with the run to reproduce now, and again whenever it changes: at once while paused, at most every
 * `intervalMs` during a run, always ending on the latest state. Returns the unsubscribe function.
 */
export function followScriptSetup(store: LabStore, onSetup: (setup: ScriptSetup) => void, intervalMs = SCRIPT_REFRESH_MS): () => void {
  return followStore(store, scriptSetupOf, sameSetup, (s) => onSetup(scriptSetupOf(s)), intervalMs);
}

/** The run the script reproduces: the store's setup and the iteration shown, throttled during a run. */
export function useScriptSetup(store: LabStore, intervalMs = SCRIPT_REFRESH_MS): ScriptSetup {
  const [setup, setSetup] = useState(() => scriptSetupOf(store.getState()));
  useEffect(() => followScriptSetup(store, setSetup, intervalMs), [store, intervalMs]);
  return setup;
}
