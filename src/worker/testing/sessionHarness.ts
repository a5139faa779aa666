import reference from '../../core/fixtures/reference.json';
import { createTrainer } from '../../core/trainer';
import { TrainingSession, type ChunkSizes } from '../session';
import type { ToWorker, TrainingSetup } from '../protocol';
import { FakeSessionHost } from './fakeSessionHost';

/** The tutorial's case in the NumPy reference (src/core/fixtures/reference.json): its table, test input, checkpoints. */
export const tutorialCase = reference.cases['seed-tutorial'];

/** The tutorial's run as the page sends it to the worker: seed 1, rate 1, test input [1, 0, 1]. */
export const TUTORIAL_SETUP: TrainingSetup = {
  inputs: tutorialCase.inputs,
  targets: tutorialCase.targets,
  seed: 1,
  learningRate: 1,
  testInput: tutorialCase.test,
};

/** NumPy's weights and prediction after `iterations` of the tutorial (a checkpoint the reference holds). */
export const numpyAt = (iterations: number) => tutorialCase.checkpoints.find((cp) => cp.iterations === iterations)!;

/** The weights of a plain one-table trainer stepped `k` times from the start: the core's NumPy-checked step. */
export function weightsAfter(setup: TrainingSetup, k: number): number[] {
  const trainer = createTrainer(setup);
  trainer.step(k);
  return Array.from(trainer.weights);
}

/**
 * A session on a fake host and a page that acknowledges each new frame as soon as it is posted: `send` hands it a
 * command (malformed ones too, as a page could), `play(ms)` lets that much of the host's time pass.
 */
export function startSession(chunks?: ChunkSizes) {
  const host = new FakeSessionHost();
  const session = new TrainingSession(host, chunks);
  const send = (message: ToWorker | Record<string, unknown>) => session.handle(message);
  let drawn = 0;
  const drawNew = () => {
    if (host.frames.length > drawn) {
      drawn = host.frames.length;
      send({ type: 'frameDrawn' });
    }
  };
  const play = (ms: number) => {
    drawNew();
    host.advance(ms, drawNew);
  };
  return { host, session, send, play };
}
