import { useEffect, useState } from 'react';
import { initialWeights } from '../../core';
import { labStore, trainingAt, type LabState, type LabStore } from '../../state';
import { followStore, sameItems } from '../../ui/followStore';
import { stepMath, type StepMath } from './stepMath';

export type ShownStep =
  | { status: 'ready'; step: StepMath }
  /** No frame yet and the run is not at iteration 0: the engine has not reported the weights. */
  | { status: 'waiting' }
  /** The latest frame is of a table or setup that has just changed: the next frame brings the right weights. */
  | { status: 'catching-up' }
  | { status: 'error'; message: string };

/** A person reads a table of numbers a few times a second at most: during a run the ledger follows at this pace. */
export const RUN_REFRESH_MS = 250;

function sameOutputs(computed: Float64Array, reported: Float64Array): boolean {
  if (computed.length !== reported.length) return false;
  for (let r = 0; r < computed.length; r++) {
    if (!(Math.abs(computed[r]! - reported[r]!) <= 1e-9 * Math.max(1, Math.abs(reported[r]!)))) return false;
  }
  return true;
}

/**
 * The step from the iteration shown to the next: from the latest frame's weights, or, before the first frame, from
 * the seed's starting weights when the run is at 0. A frame whose outputs do not match the table (the table just
 * changed and the engine is recomputing) is not used: the ledger never shows numbers of two different tables.
 */
export function shownStepOf(state: LabState): ShownStep {
  const { frame, seed, iteration } = state;
  // Before an edit the step trained on the table of its segment, not on the table being edited.
  const { dataset, learningRate } = trainingAt(state, frame?.iteration ?? iteration);
  const inputCount = dataset.inputs[0]?.length ?? 0;
  let k: number;
  let weights: ArrayLike<number>;
  if (frame) {
    if (frame.rowCount !== dataset.inputs.length || frame.inputCount !== inputCount) return { status: 'catching-up' };
    k = frame.iteration;
    weights = frame.weights;
  } else if (iteration === 0) {
    k = 0;
    weights = initialWeights(seed, inputCount);
  } else {
    return { status: 'waiting' };
  }
  try {
    const step = stepMath(dataset, weights, learningRate, k);
    if (frame && !sameOutputs(step.out.values, frame.outputs)) return { status: 'catching-up' };
    return { status: 'ready', step };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Calls `onStep` with the step to show now and whenever it changes: at once while paused (a step, a seek), at most
 * every `intervalMs` during a run, always ending on the latest state. Returns the unsubscribe function.
 */
export function followShownStep(store: LabStore, onStep: (shown: ShownStep) => void, intervalMs = RUN_REFRESH_MS): () => void {
  return followStore(
    store,
    (s) => [s.frame, s.dataset, s.learningRate, s.seed, s.iteration, s.pastSegments, s.editedAt],
    sameItems,
    (s) => onStep(shownStepOf(s)),
    intervalMs,
  );
}

/** The step to show, for a component: re-renders only when followShownStep reports, never per frame. */
export function useShownStep(store: LabStore = labStore, intervalMs = RUN_REFRESH_MS): ShownStep {
  const [shown, setShown] = useState(() => shownStepOf(store.getState()));
  useEffect(() => followShownStep(store, setShown, intervalMs), [store, intervalMs]);
  return shown;
}
