import { describe, expect, it } from 'vitest';
import { createTrainer } from '../core/trainer';
import { startSession, tutorialCase } from './testing/sessionHarness';
import { MAX_SPEED, type TrainingSetup } from './protocol';
import { readCommand } from './readCommand';

// Expected numbers come from plain one-table trainers handed the weights at the edit (the core's NumPy-checked
// step), never from the session's segmented history.

const tutorial: TrainingSetup = { inputs: tutorialCase.inputs, targets: tutorialCase.targets, seed: 1, learningRate: 1, testInput: [1, 0, 1] };
const editedTargets = [1, 0, 0];
const edited: TrainingSetup = { ...tutorial, later: [{ from: 10_000, inputs: tutorialCase.inputs, targets: editedTargets, learningRate: 1 }] };

/** 10,000 plain iterations on the tutorial's table, then `more` on the edited one. */
function plainAfterEdit(more: number) {
  const first = createTrainer({ inputs: tutorialCase.inputs, targets: tutorialCase.targets, seed: 1 });
  first.step(10_000);
  const second = createTrainer({ inputs: tutorialCase.inputs, targets: editedTargets, seed: 1 });
  second.restore(10_000, first.weights);
  second.step(more);
  return second;
}

const start = () => startSession();

describe('a run of segments in the worker', () => {
  it('keeps what was learned after an edit at 10,000 and trains on from there with the new table', () => {
    const { host, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 10_000, running: false, speed: MAX_SPEED });
    play(1000);
    const before = Array.from(host.lastFrame.weights);
    send({ type: 'load', setup: edited, iteration: null, running: null, speed: MAX_SPEED });
    play(1000);
    const atEdit = host.lastFrame;
    expect(atEdit.iteration).toBe(10_000);
    expect(Array.from(atEdit.weights)).toEqual(before);
    // At the edit's iteration the rows are measured against the new targets.
    expect(Array.from(atEdit.errors)).toEqual(Array.from(atEdit.outputs).map((out, r) => editedTargets[r]! - out));

    for (let i = 0; i < 3; i++) {
      send({ type: 'step', count: 1000 });
      play(1000);
    }
    const after = host.lastFrame;
    const plain = plainAfterEdit(3000);
    expect(after.iteration).toBe(13_000);
    expect(Array.from(after.weights)).toEqual(Array.from(plain.weights));
    expect(after.prediction).toBe(plain.predict([1, 0, 1]));
  });

  it('shows the old table\'s run exactly when rewound before the edit', () => {
    const { host, send, play } = start();
    send({ type: 'load', setup: edited, iteration: 13_000, running: false, speed: MAX_SPEED });
    play(1000);
    send({ type: 'seek', iteration: 9_999 });
    play(100);
    const plain = createTrainer({ inputs: tutorialCase.inputs, targets: tutorialCase.targets, seed: 1 });
    plain.step(9_999);
    const frame = host.lastFrame;
    expect(frame.iteration).toBe(9_999);
    expect(Array.from(frame.weights)).toEqual(Array.from(plain.weights));
    expect(Array.from(frame.errors)).toEqual(Array.from(plain.outputs()).map((out, r) => tutorialCase.targets[r]! - out));
    expect(frame.meanSquaredError).toBe(plain.meanSquaredError());
  });

  it('refuses a plan whose segments do not ascend, and keeps the run it had', () => {
    const { host, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 100, running: false, speed: MAX_SPEED });
    play(100);
    const good = Array.from(host.lastFrame.weights);
    send({ type: 'load', setup: { ...tutorial, later: [{ ...edited.later![0]!, from: 0 }] }, iteration: null, running: null, speed: MAX_SPEED });
    play(100);
    expect(JSON.parse(host.messages('rejected').at(-1)!.detail)).toMatchObject({ code: 'segmentStart', segment: 2, from: '0' });
    send({ type: 'step', count: 1 });
    play(100);
    const plain = createTrainer({ inputs: tutorialCase.inputs, targets: tutorialCase.targets, seed: 1 });
    plain.restore(100, good);
    plain.step(1);
    expect(Array.from(host.lastFrame.weights)).toEqual(Array.from(plain.weights));
  });
});

describe('readCommand with later segments', () => {
  const load = (later: unknown) => readCommand({ type: 'load', setup: { ...tutorial, later }, iteration: null, running: null, speed: 1 });
  it('reads well-formed ones and names what is malformed', () => {
    expect(load(edited.later).ok).toBe(true);
    expect(load('x')).toMatchObject({ ok: false, message: 'The load command is malformed: the later segments must be a list.' });
    expect(load([{ from: '5', inputs: [[1, 0, 1]], targets: [1], learningRate: 1 }])).toMatchObject({ ok: false, message: expect.stringMatching(/later segment 1's iteration/) });
    expect(load([null])).toMatchObject({ ok: false, message: expect.stringMatching(/later segment 1 is missing/) });
  });
});
