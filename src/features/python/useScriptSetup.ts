import { useEffect, useState } from 'react';
import { labStore, type LabState, type LabStore } from '../../state';
import { followStore } from '../../ui/followStore';
import type { ScriptSetup } from './pythonScript';

/** During a run the script follows the iteration at this pace: nobody reads code that changes faster. */
export const SCRIPT_REFRESH_MS = 500;

export function scriptSetupOf(state: LabState): ScriptSetup {
  return {
    inputs: state.dataset.inputs,
    targets: state.dataset.targets,
    testInput: state.testInput,
    seed: state.seed,
    learningRate: state.learningRate,
    iterations: state.iteration,
  };
}

function sameSetup(a: ScriptSetup, b: ScriptSetup): boolean {
  return (
    a.inputs === b.inputs &&
    a.targets === b.targets &&
    a.testInput === b.testInput &&
    a.seed === b.seed &&
    a.learningRate === b.learningRate &&
    a.iterations === b.iterations
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
export function useScriptSetup(store: LabStore = labStore, intervalMs = SCRIPT_REFRESH_MS): ScriptSetup {
  const [setup, setSetup] = useState(() => scriptSetupOf(store.getState()));
  useEffect(() => followScriptSetup(store, setSetup, intervalMs), [store, intervalMs]);
  return setup;
}
