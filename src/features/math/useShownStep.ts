import { useEffect, useState } from 'react';
import { errorText } from '../../text/coreProblemText';
import { initialWeights } from '../../core';
import { trainingAt, type LabState, type LabStore } from '../../state';
import { followStore, sameItems } from '../../ui/followStore';
import { stepMath, type StepMath } from './stepMath';

/**
 * Which step the math view shows: the one just taken (k - 1 -> k, what the class has just watched) or the next
 * one (k -> k + 1). At iteration 0 both are step 0 -> 1, the step about to happen.
 */
export type StepChoice = 'taken' | 'next';

export type ShownStep =
  /** `when`: the step was taken (it ends at the iteration shown) or is about to happen (it starts there). */
  | { status: 'ready'; step: StepMath; when: 'taken' | 'upcoming' }
  /** No frame yet and the run is not at iteration 0: the engine has not reported the weights. */
  | { status: 'waiting' }
  /** The latest frame is of a table or setup that has just changed: the next frame brings the right weights. */
  | { status: 'catching-up' }
  | { status: 'error'; message: string };

/** A person reads a table of numbers a few times a second at most: during a run the ledger follows at this pace. */
export const RUN_REFRESH_MS = 250;

function close(computed: ArrayLike<number>, reported: ArrayLike<number>): boolean {
  if (computed.length !== reported.length) return false;
  for (let r = 0; r < computed.length; r++) {
    if (!(Math.abs(computed[r]! - reported[r]!) <= 1e-9 * Math.max(1, Math.abs(reported[r]!)))) return false;
  }
  return true;
}

/**
 * The step to show: by default the step just taken, from the weights one iteration before the frame's (the worker
 * sends them while paused); the next step from the frame's weights when asked for, at iteration 0, and during a
 * run (a run's frames carry no earlier weights). Before the first frame, at iteration 0, from the seed's starting
 * weights. A frame whose numbers do not match the table (the table just changed and the engine is recomputing) is
 * not used: the ledger never shows numbers of two different tables.
 */
export function shownStepOf(state: LabState, choice: StepChoice = 'taken'): ShownStep {
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
    if (choice === 'taken' && k > 0 && frame?.previousWeights) {
      // The step k - 1 -> k trained on the table of iteration k - 1's segment (an edit at k starts after it).
      const before = trainingAt(state, k - 1);
      const step = stepMath(before.dataset, frame.previousWeights, before.learningRate, k - 1);
      // The step must land on the weights shown; if not, the table or rate changed and a new frame is on its way.
      if (!close(step.nextW.values, frame.weights)) return { status: 'catching-up' };
      return { status: 'ready', step, when: 'taken' };
    }
    const step = stepMath(dataset, weights, learningRate, k);
    if (frame && !close(step.out.values, frame.outputs)) return { status: 'catching-up' };
    return { status: 'ready', step, when: 'upcoming' };
  } catch (error) {
    return { status: 'error', message: errorText(error) };
  }
}

/**
 * Calls `onStep` with the step to show now and whenever it changes: at once while paused (a step, a seek), at most
 * every `intervalMs` during a run, always ending on the latest state. Returns the unsubscribe function.
 */
export function followShownStep(store: LabStore, onStep: (shown: ShownStep) => void, intervalMs = RUN_REFRESH_MS, choice: StepChoice = 'taken'): () => void {
  return followStore(
    store,
    (s) => [s.frame, s.dataset, s.learningRate, s.seed, s.iteration, s.pastSegments, s.editedAt],
    sameItems,
    (s) => onStep(shownStepOf(s, choice)),
    intervalMs,
  );
}

/** The step to show, for a component: re-renders only when followShownStep reports, never per frame. */
export function useShownStep(store: LabStore, intervalMs = RUN_REFRESH_MS, choice: StepChoice = 'taken'): ShownStep {
  const [shown, setShown] = useState(() => shownStepOf(store.getState(), choice));
  useEffect(() => followShownStep(store, setShown, intervalMs, choice), [store, intervalMs, choice]);
  return shown;
}
