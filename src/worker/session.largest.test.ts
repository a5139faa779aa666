import { describe, expect, it } from 'vitest';
import reference from '../core/fixtures/reference.json';
import { createTrainer } from '../core/trainer';
import { sampleIterations } from '../core/historySampling';
import { TrainingSession } from './session';
import { readCommand } from './readCommand';
import { FakeSessionHost } from './testing/fakeSessionHost';
import { MAX_ITERATION, MAX_SPEED, type ToWorker, type TrainingSetup } from './protocol';

// The largest iteration a run may reach is 2^32 - 1 = 4,294,967,295 (the readout's room, issue 10 part 2), so a
// link may ask for it. These check that every place an iteration passes copes with it, by arithmetic.

const LARGEST = 2 ** 32 - 1;
const tutorialCase = reference.cases['seed-tutorial'];
const tutorial: TrainingSetup = { inputs: tutorialCase.inputs, targets: tutorialCase.targets, seed: 1, learningRate: 1, testInput: tutorialCase.test };

describe('the largest iteration', () => {
  it('is 2^32 - 1', () => {
    expect(MAX_ITERATION).toBe(4_294_967_295);
    expect(MAX_ITERATION).toBe(LARGEST);
  });

  it('is accepted by every command that carries an iteration, and one more is refused', () => {
    expect(readCommand({ type: 'seek', iteration: LARGEST })).toEqual({ ok: true, command: { type: 'seek', iteration: LARGEST } });
    expect(readCommand({ type: 'run', speed: MAX_SPEED, until: LARGEST })).toMatchObject({ ok: true });
    expect(readCommand({ type: 'step', count: -LARGEST })).toMatchObject({ ok: true });
    expect(readCommand({ type: 'load', setup: tutorial, iteration: LARGEST, running: false, speed: MAX_SPEED })).toMatchObject({ ok: true });
    for (const command of [
      { type: 'seek', iteration: LARGEST + 1 },
      { type: 'run', speed: MAX_SPEED, until: LARGEST + 1 },
      { type: 'step', count: LARGEST + 1 },
      { type: 'load', setup: tutorial, iteration: LARGEST + 1, running: false, speed: MAX_SPEED },
    ]) {
      expect(readCommand(command)).toMatchObject({ ok: false, message: expect.stringContaining('4294967295') });
    }
  });

  it('a load at 4,294,967,295 trains towards it, says where it is going, and a pause keeps the exact state reached', () => {
    const host = new FakeSessionHost();
    const session = new TrainingSession(host);
    const send = (message: ToWorker) => session.handle(message);
    send({ type: 'load', setup: tutorial, iteration: LARGEST, running: false, speed: MAX_SPEED });
    let drawn = 0;
    const drawNew = () => {
      if (host.frames.length > drawn) {
        drawn = host.frames.length;
        session.handle({ type: 'frameDrawn' });
      }
    };
    host.advance(400, drawNew);
    const going = host.messages('frame').at(-1)!;
    expect(going.catchUpTo).toBe(LARGEST);
    expect(going.frame.trainedTo).toBeGreaterThan(0);
    expect(going.frame.trainedTo).toBeLessThan(LARGEST);
    // The speed the page estimates the wait from is measured during the recomputation.
    expect(going.frame.iterationsPerSecond).toBeGreaterThan(0);

    send({ type: 'pause' });
    host.advance(50, drawNew);
    const stopped = host.messages('frame').at(-1)!;
    expect(stopped.catchUpTo).toBeNull();
    expect(stopped.frame.iteration).toBe(stopped.frame.trainedTo);
    const plain = createTrainer(tutorial);
    plain.step(stopped.frame.trainedTo);
    expect(Array.from(stopped.frame.weights)).toEqual(Array.from(plain.weights));
  });

  it('samples a history of 4,294,967,295 iterations at whole, ascending iterations ending there', () => {
    for (const scale of ['linear', 'log'] as const) {
      const samples = sampleIterations(LARGEST, { scale, points: 1000 }, (k) => k);
      expect(samples[0]).toBe(0);
      expect(samples.at(-1)).toBe(LARGEST);
      for (let s = 1; s < samples.length; s++) {
        expect(Number.isInteger(samples[s])).toBe(true);
        expect(samples[s]!).toBeGreaterThan(samples[s - 1]!);
      }
    }
    // Linear: sample s is s * 4294967295 / 999 rounded. 4294967295 = 999 * 4,299,266 + 561, so s = 1 rounds up
    // to 4,299,267; 500 * 4294967295 = 999 * 2,149,633,280 + 780, so s = 500 rounds up to 2,149,633,281.
    const linear = sampleIterations(LARGEST, { scale: 'linear', points: 1000 }, (k) => k);
    expect(linear[1]).toBe(4_299_267);
    expect(linear[500]).toBe(2_149_633_281);
  });
});
