import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import reference from '../../core/fixtures/reference.json';
import { createTrainer } from '../../core';
import { createLabStore, type LabStore } from '../../state';
import type { Frame } from '../../worker/protocol';
import steps from './fixtures/steps.json';
import { followShownStep, shownStepOf, type ShownStep } from './useShownStep';

const tutorial = reference.cases['seed-tutorial'];
const weightsAt = (k: number) => tutorial.checkpoints.find((cp) => cp.iterations === k)!.weights;

/** A frame as the engine would send it for the tutorial's table at iteration k (numbers from the core). */
function frameAt(k: number, running = false, inputs = tutorial.inputs, targets = tutorial.targets): Frame {
  const trainer = createTrainer({ inputs, targets, seed: 1 });
  trainer.step(Math.max(0, k - 1));
  // As the worker sends them: the weights one iteration back while paused above 0.
  const previousWeights = !running && k > 0 ? Float64Array.from(trainer.weights) : null;
  if (k > 0) trainer.step(1);
  const outputs = trainer.outputs();
  return {
    iteration: k,
    trainedTo: k,
    knownFrom: 0,
    running,
    inputCount: 3,
    rowCount: inputs.length,
    weights: Float64Array.from(trainer.weights),
    outputs,
    errors: outputs.map((o, r) => targets[r]! - o),
    meanSquaredError: trainer.meanSquaredError(),
    prediction: trainer.predict([1, 0, 1]),
    iterationsPerSecond: 0,
    stepFrom: null,
    previousWeights,
    series: {
      scale: 'linear',
      iterations: new Float64Array(0),
      weights: new Float64Array(0),
      weightsMin: new Float64Array(0),
      weightsMax: new Float64Array(0),
      mse: new Float64Array(0),
      mseMin: new Float64Array(0),
      mseMax: new Float64Array(0),
      rowCount: 0,
      rowErrors: new Float64Array(0),
    },
  };
}

function ready(shown: ShownStep) {
  if (shown.status !== 'ready') throw new Error(`expected a step, got ${shown.status}`);
  return shown.step;
}

describe('shownStepOf(state)', () => {
  it("shows step 0 -> 1 from the seed's weights before the first frame, landing on NumPy's iteration 1", () => {
    const step = ready(shownStepOf(createLabStore().getState()));
    expect(step.iteration).toBe(0);
    expect(Array.from(step.W.values)).toEqual(tutorial.initialWeights);
    expect(Array.from(step.nextW.values)).toEqual(weightsAt(1));
  });

  it('waits for the engine when a link asked for an iteration it has not reported yet', () => {
    const store = createLabStore();
    store.getState().goTo(10000);
    expect(shownStepOf(store.getState()).status).toBe('waiting');
  });

  it("after Step 1 shows the step just taken, 0 -> 1, with NumPy's numbers", () => {
    const store = createLabStore();
    store.getState().receiveFrame(frameAt(1));
    const shown = shownStepOf(store.getState());
    const step = ready(shown);
    expect(shown).toMatchObject({ when: 'taken' });
    expect(step.iteration).toBe(0);
    const numpy = steps.cases['tutorial-0'];
    expect(Array.from(step.W.values)).toEqual(numpy.W);
    expect(Array.from(step.nextW.values)).toEqual(numpy.nextW);
  });

  it("at 10 shows the step 9 -> 10 just taken (NumPy's), or the next one, 10 -> 11, when asked", () => {
    const store = createLabStore();
    store.getState().receiveFrame(frameAt(10));
    const taken = ready(shownStepOf(store.getState(), 'taken'));
    expect(taken.iteration).toBe(9);
    expect(Array.from(taken.W.values)).toEqual(steps.cases['tutorial-9'].W);
    expect(Array.from(taken.nextW.values)).toEqual(weightsAt(10));
    const next = shownStepOf(store.getState(), 'next');
    expect(next).toMatchObject({ when: 'upcoming' });
    expect(ready(next).iteration).toBe(10);
  });

  it('at iteration 0 shows step 0 -> 1 as the step about to happen, whichever is asked for', () => {
    const store = createLabStore();
    store.getState().receiveFrame(frameAt(0));
    for (const choice of ['taken', 'next'] as const) {
      expect(shownStepOf(store.getState(), choice)).toMatchObject({ status: 'ready', when: 'upcoming', step: { iteration: 0 } });
    }
  });

  it("during a run (no earlier weights in the frames) shows the next step from the frame's weights", () => {
    const store = createLabStore();
    store.getState().receiveFrame(frameAt(50, true));
    expect(shownStepOf(store.getState())).toMatchObject({ status: 'ready', when: 'upcoming', step: { iteration: 50 } });
  });

  it("follows the frame: the next step from the frame's iteration, landing on NumPy's next weights", () => {
    const store = createLabStore();
    store.getState().receiveFrame(frameAt(99));
    const step = ready(shownStepOf(store.getState(), 'next'));
    expect(step.iteration).toBe(99);
    expect(Array.from(step.nextW.values)).toEqual(weightsAt(100));
  });

  it('never mixes a frame of the old table with a new table', () => {
    const store = createLabStore();
    store.getState().receiveFrame(frameAt(10));
    store.getState().setCell(0, 0, '0.5');
    // The next step is on the edited table, whose frame has not come: nothing is shown until it does.
    expect(shownStepOf(store.getState(), 'next').status).toBe('catching-up');
    store.getState().addRow();
    expect(shownStepOf(store.getState(), 'next').status).toBe('catching-up');
    expect(shownStepOf(store.getState(), 'taken').status).toBe('catching-up');
  });

  it('before an edit, shows the step on the table the run trained on then, not the table being edited', () => {
    const store = createLabStore();
    store.setState({ iteration: 10_000, trainedTo: 10_000 });
    store.getState().setCell(2, 3, '0');
    store.getState().setLearningRate(2);
    store.getState().receiveFrame(frameAt(9999));
    const step = ready(shownStepOf(store.getState(), 'next'));
    expect(step.iteration).toBe(9999);
    // The tutorial's own step 9,999 -> 10,000 (targets 1, 0, 1 and rate 1): NumPy's weights at 10,000.
    expect(Array.from(step.nextW.values)).toEqual(weightsAt(10000));
  });

  it('uses the learning rate of the settings for the new weights', () => {
    const store = createLabStore();
    store.getState().setLearningRate(0.5);
    const step = ready(shownStepOf(store.getState()));
    const trainer = createTrainer({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1, learningRate: 0.5 });
    trainer.step();
    expect(Array.from(step.nextW.values)).toEqual(Array.from(trainer.weights));
  });
});

describe('followShownStep(store, onStep, interval)', () => {
  let store: LabStore;
  let seen: number[];
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    store = createLabStore();
    seen = [];
    stop = followShownStep(store, (shown) => seen.push(shown.status === 'ready' ? shown.step.iteration : -1), 250);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('reports at once, and at once for each frame while paused', () => {
    store.getState().receiveFrame(frameAt(1));
    store.getState().receiveFrame(frameAt(2));
    // The step just taken: 0 -> 1 before any frame (about to happen), then 0 -> 1 and 1 -> 2 once taken.
    expect(seen).toEqual([0, 0, 1]);
  });

  it('reports at most every 250 ms during a run, ending on the latest frame', () => {
    for (let k = 1; k <= 60; k++) {
      vi.advanceTimersByTime(1000 / 60);
      store.getState().receiveFrame(frameAt(k, true));
    }
    vi.advanceTimersByTime(250);
    expect(seen.length).toBeLessThanOrEqual(1 + Math.ceil(1000 / 250) + 1);
    expect(seen.at(-1)).toBe(60);
  });

  it('stops reporting once unsubscribed', () => {
    stop();
    store.getState().receiveFrame(frameAt(5));
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([0]);
  });
});
