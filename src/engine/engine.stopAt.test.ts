import { describe, expect, it } from 'vitest';
import reference from '../core/fixtures/reference.json';
import { createTrainer } from '../core/trainer';
import { createLabStore } from '../state';
import { createEngine } from './engine';
import { FakePage } from './testing/fakeWorkers';

// "Stop at" end to end through the engine and a real session. Expected weights: NumPy (src/core/fixtures) or a
// plain trainer stepped from the start.

const tutorial = reference.cases['seed-tutorial'];

function weightsAfter(k: number): number[] {
  const t = createTrainer({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1, learningRate: 1 });
  t.step(k);
  return Array.from(t.weights);
}

function setup() {
  const store = createLabStore();
  const page = new FakePage();
  createEngine(store, page.host);
  page.play(32);
  return { page, lab: () => store.getState() };
}

describe('Run with "Stop at"', () => {
  it("stops at 10,000 by default with NumPy's weights, and says where it stopped", () => {
    const { page, lab } = setup();
    expect(lab().stopAt).toBe(10_000);
    lab().run();
    expect(page.worker.received.at(-1)).toEqual({ type: 'run', speed: lab().speed, until: 10_000 });
    page.play(3000);
    expect(lab()).toMatchObject({ iteration: 10_000, running: false, stoppedAt: 10_000, stopAt: 10_000 });
    expect(Array.from(lab().frame!.weights)).toEqual(tutorial.checkpoints.find((cp) => cp.iterations === 10_000)!.weights);
  });

  it('Run again goes on to the next stop, 100,000, and "Stop at" shows it', () => {
    const { page, lab } = setup();
    lab().run();
    page.play(3000);
    lab().run();
    expect(lab()).toMatchObject({ stopAt: 100_000, stoppedAt: null });
    page.play(20_000);
    expect(lab()).toMatchObject({ iteration: 100_000, running: false, stoppedAt: 100_000 });
    expect(Array.from(lab().frame!.weights)).toEqual(weightsAfter(100_000));
  });

  it('with no limit sends no until; a step forgets that the run had stopped', () => {
    const { page, lab } = setup();
    lab().setStopAt(10);
    lab().run();
    page.play(500);
    expect(lab().stoppedAt).toBe(10);
    lab().step(1);
    expect(lab().stoppedAt).toBeNull();
    lab().setStopAt(null);
    lab().run();
    expect(page.worker.received.at(-1)).toEqual({ type: 'run', speed: lab().speed });
  });
});
