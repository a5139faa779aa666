import { describe, expect, it } from 'vitest';
import { thrownProblem } from './testing/thrownProblem';
import reference from './fixtures/reference.json';
import { createHistory } from './history';
import { createTrainer } from './trainer';
import { createPlanTrainer } from './planTrainer';
import { sampleHistory } from './historySampling';
import type { RunPlan } from './runPlan';

// A history that starts from an exact state (a worker restarted from the page's last frame): training on from it
// gives the numbers of training from 0, bit for bit (NumPy's reference and a plain trainer from the start say
// which), and it holds only what it trained.

const tutorial = reference.cases['seed-tutorial'];
const numpyAt = (iterations: number) => tutorial.checkpoints.find((cp) => cp.iterations === iterations)!.weights;
const options = { inputs: tutorial.inputs, targets: tutorial.targets, seed: 1, learningRate: 1 };
const small = { fullResolution: 64, maxStretches: 8, firstStretchWidth: 4, checkpointInterval: 16, maxCheckpoints: 4 };

function weightsAfter(k: number): number[] {
  const trainer = createTrainer(options);
  trainer.step(k);
  return Array.from(trainer.weights);
}

describe('TrainingHistory.startAt(iteration, weights)', () => {
  it("from NumPy's weights at 1,000, trains to NumPy's weights at 10,000 bit for bit", () => {
    const history = createHistory(options);
    history.startAt(1000, numpyAt(1000));
    expect(history.knownFrom).toBe(1000);
    expect(history.trainedTo).toBe(1000);
    history.advance(9000);
    expect(Array.from(history.tipWeights)).toEqual(numpyAt(10_000));
    expect(Array.from(history.weightsAt(1000))).toEqual(numpyAt(1000));
  });

  it('holds every iteration from its start exactly, through full resolution, stretches and thinned checkpoints', () => {
    const history = createHistory(options, small);
    history.startAt(1000, weightsAfter(1000));
    // Called in uneven pieces, far past full resolution, so stretches merge and checkpoints thin out.
    for (const count of [1, 7, 100, 333, 1500]) history.advance(count);
    expect(history.trainedTo).toBe(1000 + 1941);
    const values = new Float64Array(4);
    for (const k of [1000, 1001, 1063, 1064, 1065, 1500, 2000, 2940, 2941]) {
      expect(Array.from(history.weightsAt(k)), `weights at ${k}`).toEqual(weightsAfter(k));
      const snapped = history.snap(k);
      expect(snapped).toBeGreaterThanOrEqual(1000);
      expect(snapped).toBeLessThanOrEqual(k);
      history.valuesAt(snapped, values);
      expect(Array.from(values.subarray(0, 3)), `values at ${snapped}`).toEqual(weightsAfter(snapped));
    }
  });

  it('knows nothing before its start: asking for an earlier iteration is a RangeError', () => {
    const history = createHistory(options);
    history.startAt(500, weightsAfter(500));
    history.advance(10);
    expect(thrownProblem(() => history.weightsAt(499))).toEqual({ code: 'notInHistory', iteration: '499', first: 500, last: 510 });
    expect(() => history.snap(0)).toThrow(RangeError);
    expect(() => history.envelope(0, 510, new Float64Array(4), new Float64Array(4))).toThrow(RangeError);
  });

  it('gives the charts samples from its start to its tip only, each the exact value of its iteration', () => {
    const history = createHistory(options, small);
    history.startAt(1000, weightsAfter(1000));
    history.advance(2000);
    for (const scale of ['linear', 'log'] as const) {
      const series = sampleHistory(history, { scale, points: 50 });
      expect(series.iterations[0]).toBe(1000);
      expect(series.iterations.at(-1)).toBe(3000);
      const k = series.iterations[10]!;
      expect(Array.from(series.weights.subarray(30, 33))).toEqual(weightsAfter(k));
    }
  });

  it('refuses weights that are not finite or not one per input, and stays as it was', () => {
    const history = createHistory(options);
    history.advance(10);
    expect(() => history.startAt(100, [1, Number.NaN, 2])).toThrow(RangeError);
    expect(() => history.startAt(100, [1, 2])).toThrow(RangeError);
    expect(history.knownFrom).toBe(0);
    expect(history.trainedTo).toBe(10);
    expect(Array.from(history.weightsAt(10))).toEqual(weightsAfter(10));
  });

  it('reset goes back to a history from 0', () => {
    const history = createHistory(options);
    history.startAt(1000, numpyAt(1000));
    history.reset();
    expect(history.knownFrom).toBe(0);
    history.advance(10);
    expect(Array.from(history.tipWeights)).toEqual(numpyAt(10));
  });

  it('across a later segment: started before the edit, it changes table where the run does', () => {
    const plan: RunPlan = {
      seed: 1,
      segments: [
        { from: 0, inputs: tutorial.inputs, targets: tutorial.targets, learningRate: 1 },
        { from: 300, inputs: tutorial.inputs.slice(0, 2), targets: tutorial.targets.slice(0, 2), learningRate: 0.5 },
      ],
    };
    const straight = createPlanTrainer(plan);
    straight.step(200);
    const at200 = Array.from(straight.weights);
    straight.step(800);
    const history = createHistory(plan, small);
    history.startAt(200, at200);
    history.advance(800);
    expect(Array.from(history.tipWeights)).toEqual(Array.from(straight.weights));
    expect(history.tableAt(999).rowCount).toBe(2);
  });
});
