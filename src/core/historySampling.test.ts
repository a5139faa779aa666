import { describe, expect, it } from 'vitest';
import reference from './fixtures/reference.json';
import { createTrainer, type TrainerOptions } from './trainer';
import { createHistory } from './history';
import { copySeries, sampleHistory, sampleIterations } from './historySampling';
import { expectAllClose } from './testing/relativeClose';

// Expected numbers: NumPy's (src/core/fixtures), arithmetic, or a plain trainer stepped from the start.

const tutorialCase = reference.cases['seed-tutorial'];
const tutorial: TrainerOptions = { inputs: tutorialCase.inputs, targets: tutorialCase.targets, seed: 1 };
const same = (k: number) => k;

describe('sampleIterations(trainedTo, request, snap)', () => {
  it('takes every iteration when they fit', () => {
    expect(Array.from(sampleIterations(4, { scale: 'linear', points: 10 }, same))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(sampleIterations(0, { scale: 'log', points: 2 }, same))).toEqual([0]);
  });

  it('spaces points evenly from 0 to trainedTo on a linear scale', () => {
    expect(Array.from(sampleIterations(1000, { scale: 'linear', points: 11 }, same))).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });

  it('spaces points evenly in log(1 + iteration) on a log scale: 1000^(s/3) - 1', () => {
    expect(Array.from(sampleIterations(999, { scale: 'log', points: 4 }, same))).toEqual([0, 9, 99, 999]);
  });

  it('moves points down to stored iterations and counts each once', () => {
    const hundreds = (k: number) => (k === 1000 ? k : Math.floor(k / 100) * 100);
    expect(Array.from(sampleIterations(1000, { scale: 'linear', points: 101 }, hundreds))).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });

  it('refuses requests it cannot honour', () => {
    expect(() => sampleIterations(10, { scale: 'linear', points: 1 }, same)).toThrow(/points 1 is not allowed/);
    expect(() => sampleIterations(10, { scale: 'cubic' as 'log', points: 10 }, same)).toThrow(/scale "cubic"/);
  });
});

describe('sampleHistory(history, request)', () => {
  it("gives NumPy's weights, errors and mean squared error at the sampled iterations of the tutorial", () => {
    const history = createHistory(tutorial);
    history.advance(10_000);
    const series = sampleHistory(history, { scale: 'linear', points: 11 });
    expect(Array.from(series.iterations)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000]);
    for (const [s, cp] of [[0, tutorialCase.checkpoints[0]!], [1, tutorialCase.checkpoints[4]!], [10, tutorialCase.checkpoints[5]!]] as const) {
      expect(Array.from(series.weights.subarray(s * 3, s * 3 + 3))).toEqual(cp.weights);
      const errors = cp.outputs.map((out, r) => tutorialCase.targets[r]! - out);
      expectAllClose(series.rowErrors.subarray(s * 3, s * 3 + 3), errors);
      expectAllClose([series.mse[s]!], [errors.reduce((sum, e) => sum + e * e, 0) / 3]);
    }
  });

  it('gives each sample the true minimum and maximum of its stretch (full resolution)', () => {
    const history = createHistory(tutorial);
    history.advance(1000);
    const series = sampleHistory(history, { scale: 'log', points: 8 });
    const t = createTrainer(tutorial);
    const its = Array.from(series.iterations);
    for (let s = 0; s < its.length; s++) {
      const end = s + 1 < its.length ? its[s + 1]! - 1 : its[s]!;
      const lo = [Infinity, Infinity, Infinity, Infinity];
      const hi = [-Infinity, -Infinity, -Infinity, -Infinity];
      for (let k = its[s]!; k <= end; k++) {
        t.step(k - t.iteration);
        [...t.weights, t.meanSquaredError()].forEach((v, c) => {
          lo[c] = Math.min(lo[c]!, v);
          hi[c] = Math.max(hi[c]!, v);
        });
      }
      expect([...series.weightsMin.subarray(s * 3, s * 3 + 3), series.mseMin[s]]).toEqual(lo);
      expect([...series.weightsMax.subarray(s * 3, s * 3 + 3), series.mseMax[s]]).toEqual(hi);
    }
  });

  it('beyond full resolution samples exact values at stretch starts, inside envelopes that hold every iteration', () => {
    const last = 400_000;
    const history = createHistory(tutorial);
    history.advance(last);
    const series = sampleHistory(history, { scale: 'linear', points: 40 });
    const its = Array.from(series.iterations);
    expect(its[0]).toBe(0);
    expect(its.at(-1)).toBe(last);
    const t = createTrainer(tutorial);
    const outside: string[] = [];
    for (let s = 0; s < its.length; s++) {
      t.step(its[s]! - t.iteration);
      expect(Array.from(series.weights.subarray(s * 3, s * 3 + 3)), `sample ${s}`).toEqual(Array.from(t.weights));
      expect(series.mse[s]).toBe(t.meanSquaredError());
      const outputs = t.outputs();
      expect(Array.from(series.rowErrors.subarray(s * 3, s * 3 + 3))).toEqual(tutorialCase.targets.map((y, r) => y - outputs[r]!));
      const end = s + 1 < its.length ? its[s + 1]! - 1 : its[s]!;
      for (let k = its[s]!; k <= end; k++) {
        if (k > t.iteration) t.step(1);
        const values = [...t.weights, t.meanSquaredError()];
        const low = [...series.weightsMin.subarray(s * 3, s * 3 + 3), series.mseMin[s]!];
        const high = [...series.weightsMax.subarray(s * 3, s * 3 + 3), series.mseMax[s]!];
        if (values.some((v, c) => v < low[c]! || v > high[c]!)) outside.push(`iteration ${k} outside sample ${s}`);
      }
    }
    expect(outside.slice(0, 3)).toEqual([]);
  }, 30_000);
});

describe('copySeries(series)', () => {
  it("holds NumPy's weights at 10,000 in a buffer of its own, whole after the original's buffer is transferred away", () => {
    const history = createHistory(tutorial);
    history.advance(10_000);
    const series = sampleHistory(history, { scale: 'linear', points: 11 });
    const copy = copySeries(series);
    expect(copy.iterations.buffer).not.toBe(series.iterations.buffer);
    const arrays = ['iterations', 'weights', 'weightsMin', 'weightsMax', 'mse', 'mseMin', 'mseMax', 'rowErrors'] as const;
    for (const name of arrays) expect(copy[name].buffer, name).toBe(copy.iterations.buffer);
    structuredClone(series.iterations.buffer, { transfer: [series.iterations.buffer] });
    expect(series.weights.length).toBe(0);
    expect(Array.from(copy.weights.subarray(30, 33))).toEqual(tutorialCase.checkpoints[5]!.weights);
    expect(Array.from(copy.iterations)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000]);
    expect(copy.rowCount).toBe(3);
    expect(copy.scale).toBe('linear');
  });
});
