import { useEffect, useState } from 'react';
import { runSegmentsOf, type LabState, type LabStore } from '../../state';
import { followStore } from '../../ui/followStore';
import type { ScriptSetup } from '../../format/pythonScript';
import { RUN_KEYS } from '../../state/setup/setup';

/** During a run the script follows the iteration at this pace: nobody reads code that changes faster. */
export const SCRIPT_REFRESH_MS = 500;

type Segments = ReturnType<typeof runSegmentsOf>;

/** A run's later segments and first table as one value per store state of them, so followStore sees no change during a run. */
const laterCache = new WeakMap<LabState['pastSegments'], { key: unknown[]; later: Segments }>();
const firstTables = new WeakMap<Segments[number]['inputs'], ScriptSetup['dataset']>();

function segmentsOf(state: LabState): { first: Segments[number]; later: Segments } {
  const [first, ...later] = runSegmentsOf(state);
  if (later.length === 0) return { first: first!, later };
  const key = [state.dataset, state.learningRate, state.editedAt];
  const cached = laterCache.get(state.pastSegments);
  if (cached && cached.key.every((part, i) => part === key[i])) return { first: first!, later: cached.later };
  laterCache.set(state.pastSegments, { key, later });
  return { first: first!, later };
}

/** The first segment's table as one object for as long as its rows are the same arrays. */
function firstTable(first: Segments[number]): ScriptSetup['dataset'] {
  const cached = firstTables.get(first.inputs);
  if (cached && cached.targets === first.targets) return cached;
  const table = { inputs: first.inputs, targets: first.targets };
  firstTables.set(first.inputs, table);
  return table;
}

export function scriptSetupOf(state: LabState): ScriptSetup {
  const { first, later } = segmentsOf(state);
  return {
    dataset: firstTable(first),
    testInput: state.testInput,
    seed: state.seed,
    learningRate: first.learningRate,
    iteration: state.iteration,
    ...(later.length > 0 ? { laterSegments: later } : {}),
  };
}

/** The same run's fields, each the same value (the tables the same arrays): one loop over the schema's run keys. */
function sameSetup(a: ScriptSetup, b: ScriptSetup): boolean {
  return RUN_KEYS.every((key) => a[key] === b[key]);
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
