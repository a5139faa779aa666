import { describe, expect, it } from 'vitest';
import { thrownProblem } from './testing/thrownProblem';
import fc from 'fast-check';
import reference from './fixtures/reference.json';
import numpyExtra from './fixtures/numpy-extra.json';
import { createTrainer, TrainingDivergedError, type TrainerOptions } from './trainer';
import { createHistory, type TrainingHistory } from './history';
import { DEFAULT_HISTORY_LAYOUT, maxHistoryBytes, type HistoryLayout } from './historyLayout';
import { sampleHistory } from './historySampling';

// Expected numbers come from NumPy (src/core/fixtures) or from a plain trainer stepped one iteration at a time
// from the start (the core's own NumPy-checked step and meanSquaredError), never from the history under test.

const tutorialCase = reference.cases['seed-tutorial'];
const tutorial: TrainerOptions = { inputs: tutorialCase.inputs, targets: tutorialCase.targets, seed: 1 };
const fractional = numpyExtra.cases['fractional-negative'];
const fractionalOptions: TrainerOptions = {
  inputs: fractional.inputs,
  targets: fractional.targets,
  seed: fractional.seed,
  learningRate: fractional.learningRate,
};

/** Every iteration's weights and mean squared error from 0 to last, one plain step at a time. */
function trajectory(options: TrainerOptions, last: number) {
  const t = createTrainer(options);
  const n = t.inputCount;
  const weights = new Float64Array((last + 1) * n);
  const mse = new Float64Array(last + 1);
  for (let k = 0; k <= last; k++) {
    if (k > 0) t.step(1);
    weights.set(t.weights, k * n);
    mse[k] = t.meanSquaredError();
  }
  return { n, weights, mse, at: (k: number) => Array.from(weights.subarray(k * n, k * n + n)) };
}

function weightsFromStart(options: TrainerOptions, k: number): number[] {
  const t = createTrainer(options);
  t.step(k);
  return Array.from(t.weights);
}

/**
 * Checks everything the history stores against the plain trajectory: each iteration at full resolution, then
 * each stretch's first values, minimum and maximum. Returns the number of stretches checked.
 */
function checkStretches(history: TrainingHistory, ref: ReturnType<typeof trajectory>): number {
  const n = ref.n;
  const full = history.layout.fullResolution;
  const width = history.stretchWidth;
  const values = new Float64Array(n + 1);
  const low = new Float64Array(n + 1);
  const high = new Float64Array(n + 1);
  const exact = (k: number) => [...ref.at(k), ref.mse[k]!];
  const wrong: string[] = [];
  const compare = (what: string, got: ArrayLike<number>, want: number[]) => {
    if (!want.every((v, i) => Object.is(v, got[i]))) wrong.push(`${what}: got ${Array.from(got).join(', ')}, want ${want.join(', ')}`);
  };
  for (let k = 0; k <= Math.min(full - 1, history.trainedTo); k++) {
    if (history.snap(k) !== k) wrong.push(`snap(${k}) = ${history.snap(k)}`);
    history.valuesAt(k, values);
    compare(`iteration ${k}`, values, exact(k));
  }
  let checked = 0;
  for (let start = full; start <= history.trainedTo; start += width) {
    const end = Math.min(start + width - 1, history.trainedTo);
    if (history.snap(start) !== start || history.snap(end) !== (end === history.trainedTo ? end : start)) {
      wrong.push(`snap in the stretch from ${start}`);
    }
    history.valuesAt(start, values);
    compare(`first values of the stretch from ${start}`, values, exact(start));
    history.envelope(start, end, low, high);
    const lo = exact(start);
    const hi = exact(start);
    for (let k = start + 1; k <= end; k++) {
      exact(k).forEach((v, c) => {
        lo[c] = Math.min(lo[c]!, v);
        hi[c] = Math.max(hi[c]!, v);
      });
    }
    compare(`minimum of the stretch from ${start}`, low, lo);
    compare(`maximum of the stretch from ${start}`, high, hi);
    checked++;
  }
  expect(wrong.slice(0, 5)).toEqual([]);
  return checked;
}

const small: HistoryLayout = { fullResolution: 8, maxStretches: 4, firstStretchWidth: 1, checkpointInterval: 2, maxCheckpoints: 4 };

describe('history.weightsAt(k): exact rewind', () => {
  it("gives NumPy's weights for the tutorial bit for bit at every fixture iteration", () => {
    const history = createHistory(tutorial);
    history.advance(10000);
    for (const cp of tutorialCase.checkpoints) {
      expect(Array.from(history.weightsAt(cp.iterations))).toEqual(cp.weights);
    }
  });

  it("gives NumPy's weights at 10,000 through checkpoints and retraining when full resolution ends at 8", () => {
    const history = createHistory(tutorial, small);
    history.advance(12345);
    expect(history.replayCost(10000)).toBeGreaterThan(0);
    expect(Array.from(history.weightsAt(10000))).toEqual(tutorialCase.checkpoints.at(-1)!.weights);
    expect(Array.from(history.weightsAt(1000))).toEqual(tutorialCase.checkpoints.at(-2)!.weights);
  });

  it('beyond full resolution equals training k steps from the start, bit for bit (default layout)', () => {
    const history = createHistory(tutorial);
    history.advance(300_000);
    const full = DEFAULT_HISTORY_LAYOUT.fullResolution;
    const interval = DEFAULT_HISTORY_LAYOUT.checkpointInterval;
    for (const k of [full - 1, full, full + 1, full + interval - 1, full + interval, 200_001, 299_999, 300_000]) {
      expect(Array.from(history.weightsAt(k)), `iteration ${k}`).toEqual(weightsFromStart(tutorial, k));
    }
  });

  it('retrains at most checkpointInterval - 1 iterations for any k', () => {
    const history = createHistory(tutorial);
    history.advance(200_000);
    let worst = 0;
    for (let k = 0; k <= 200_000; k += 997) worst = Math.max(worst, history.replayCost(k));
    expect(worst).toBeLessThan(DEFAULT_HISTORY_LAYOUT.checkpointInterval);
  });

  it('holds for any split of the training into calls, any layout and any k (fast-check)', () => {
    const layouts = fc.record({
      fullResolution: fc.constantFrom(1, 2, 8, 32),
      maxStretches: fc.constantFrom(2, 4, 16),
      firstStretchWidth: fc.constantFrom(1, 2, 8),
      checkpointInterval: fc.constantFrom(1, 2, 4),
      maxCheckpoints: fc.constantFrom(2, 4, 8),
    }).filter((l) => l.checkpointInterval <= l.fullResolution);
    const reference = trajectory(fractionalOptions, 8 * 150);
    fc.assert(
      fc.property(layouts, fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 8 }), fc.nat(), (layout, calls, pick) => {
        const history = createHistory(fractionalOptions, layout);
        for (const count of calls) history.advance(count);
        const trained = calls.reduce((a, b) => a + b, 0);
        expect(history.trainedTo).toBe(trained);
        const k = pick % (trained + 1);
        expect(Array.from(history.weightsAt(k))).toEqual(reference.at(k));
        expect(Array.from(history.weightsAt(trained))).toEqual(reference.at(trained));
        checkStretches(history, reference);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses iterations that are not in the history', () => {
    const history = createHistory(tutorial);
    history.advance(10);
    expect(thrownProblem(() => history.weightsAt(11))).toEqual({ code: 'notInHistory', iteration: '11', first: 0, last: 10 });
    expect(() => history.weightsAt(-1)).toThrow(RangeError);
    expect(() => history.weightsAt(2.5)).toThrow(RangeError);
  });
});

describe('history stretches: decimation keeps the true minimum and maximum', () => {
  it('after many merges in a small layout, every stretch holds its exact first values, min and max', () => {
    const ref = trajectory(fractionalOptions, 2000);
    const history = createHistory(fractionalOptions, small);
    history.advance(2000);
    // Iterations 8 to 2000 (1993 of them) in at most 4 stretches: widths double from 1 until 4 * width >= 1992, so 512.
    expect(history.stretchWidth).toBe(512);
    expect(checkStretches(history, ref)).toBe(4);
  });

  it('with the default layout past 1,000,000 iterations (stretches of 16), on a table whose weights turn', () => {
    // The XOR table: the error falls, then the weights drift and turn, so min and max differ from first and last.
    const xor: TrainerOptions = { inputs: [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], targets: [0, 1, 1, 0], seed: 1 };
    const last = 1_000_000;
    const ref = trajectory(xor, last);
    const history = createHistory(xor);
    history.advance(last);
    // 868,928 iterations beyond 131,072 in 65,536 stretches: 2^4 = 16 is the first width that covers them.
    expect(history.stretchWidth).toBe(16);
    expect(checkStretches(history, ref)).toBe(Math.ceil((last + 1 - 131_072) / 16));
  }, 60_000);

  it('envelopes of any range, asked between any calls, equal the brute-force min and max (fast-check)', () => {
    // Layouts big enough for the 16-entry summary blocks of both parts, small enough to merge many times.
    const layouts = fc.record({
      fullResolution: fc.constantFrom(16, 64, 256),
      maxStretches: fc.constantFrom(16, 64),
      firstStretchWidth: fc.constantFrom(1, 4),
      checkpointInterval: fc.constantFrom(4, 16),
      maxCheckpoints: fc.constantFrom(4, 64),
    });
    const ref = trajectory(fractionalOptions, 6 * 1500);
    const n = ref.n;
    const bruteForce = (from: number, to: number, errorTo: number) =>
      Array.from({ length: n + 1 }, (_, c) => {
        let lo = Infinity;
        let hi = -Infinity;
        for (let k = from; k <= (c < n ? to : errorTo); k++) {
          const v = c < n ? ref.weights[k * n + c]! : ref.mse[k]!;
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        return [lo, hi] as const;
      });
    const ranges = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(layouts, fc.array(fc.tuple(fc.integer({ min: 1, max: 1500 }), ranges), { minLength: 1, maxLength: 6 }), (layout, calls) => {
        const history = createHistory(fractionalOptions, layout);
        const low = new Float64Array(n + 1);
        const high = new Float64Array(n + 1);
        for (const [count, picks] of calls) {
          history.advance(count);
          for (const [a, b] of picks) {
            const from = Math.floor(Math.min(a, b) * history.trainedTo);
            const to = Math.floor(Math.max(a, b) * history.trainedTo);
            history.envelope(from, to, low, high);
            // Beyond full resolution the range widens to whole stretches: the brute force does the same. The
            // tip's error is not in its stretch until the next step records it; it joins a range reaching the tip.
            const full = layout.fullResolution;
            const last = history.trainedTo;
            const wideFrom = from < full ? from : history.snap(from);
            const wideTo = to < full ? to : Math.min(last, history.snap(to) + history.stretchWidth - 1);
            const errorTo = to === last || wideTo < full ? wideTo : Math.min(wideTo, last - 1);
            const want = bruteForce(wideFrom, wideTo, errorTo);
            expect(Array.from(low), `min over ${from}..${to}`).toEqual(want.map(([lo]) => lo));
            expect(Array.from(high), `max over ${from}..${to}`).toEqual(want.map(([, hi]) => hi));
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('stays exact when asked while the tip is in the last stretch of a 16-stretch summary block', () => {
    // Full resolution ends at 16; stretches are one iteration wide, so iterations 16..31 are block 0. At 31 the
    // tip's error is not yet in its stretch: block 0 must not be summarized until it is (the error falls, so
    // iteration 31's is the block's minimum).
    const ref = trajectory(fractionalOptions, 40);
    const history = createHistory(fractionalOptions, { fullResolution: 16, maxStretches: 64, firstStretchWidth: 1, checkpointInterval: 4, maxCheckpoints: 4 });
    const low = new Float64Array(4);
    const high = new Float64Array(4);
    history.advance(31);
    history.envelope(16, 30, low, high);
    history.advance(1);
    history.envelope(16, 31, low, high);
    expect(ref.mse[31]).toBe(Math.min(...ref.mse.subarray(16, 32)));
    expect(low[3]).toBe(ref.mse[31]);
  });

  it('envelopes over ranges that straddle full resolution and stretches include both parts', () => {
    const ref = trajectory(fractionalOptions, 300);
    const history = createHistory(fractionalOptions, small);
    history.advance(300);
    const low = new Float64Array(4);
    const high = new Float64Array(4);
    history.envelope(3, 300, low, high);
    for (let c = 0; c < 4; c++) {
      const series = Array.from({ length: 298 }, (_, i) => (c < 3 ? ref.weights[(3 + i) * 3 + c]! : ref.mse[3 + i]!));
      expect(low[c]).toBe(Math.min(...series));
      expect(high[c]).toBe(Math.max(...series));
    }
  });
});

describe('history memory', () => {
  it('stays under 50 MB for 10 million iterations, counted from its buffers, with full resolution kept', () => {
    const history = createHistory(tutorial);
    history.advance(10_000_000);
    expect(history.trainedTo).toBe(10_000_000);
    // The layout's largest buffers, by arithmetic: 131,072 iterations x (3 weights + 1 error) + 65,536 stretches
    // x 4 channels x (first, min, max) + 65,536 checkpoints x 3 weights + a 1,024-iteration scratch x 4 + min and
    // max x 4 channels per 16 entries of both parts, x 8 bytes.
    sampleHistory(history, { scale: 'linear', points: 2000 }); // the charts' block summaries exist too
    const ceiling = 8 * (131_072 * 4 + 65_536 * 4 * 3 + 65_536 * 3 + 1024 * 4 + 2 * 4 * (131_072 / 16 + 65_536 / 16));
    expect(ceiling).toBe(12_877_824);
    expect(maxHistoryBytes(DEFAULT_HISTORY_LAYOUT, 3)).toBe(ceiling);
    expect(history.byteLength()).toBeLessThanOrEqual(ceiling);
    expect(history.byteLength()).toBeLessThan(50e6);
    // Still every iteration up to 100,000 one by one, and exact.
    for (const k of [0, 1, 99_999, 100_000]) expect(history.snap(k)).toBe(k);
    expect(Array.from(history.weightsAt(10_000))).toEqual(tutorialCase.checkpoints.at(-1)!.weights);
    expect(Array.from(history.weightsAt(9_999_999))).toEqual(weightsFromStart(tutorial, 9_999_999));
  }, 60_000);
});

describe('createHistory(options, layout, recycled): a new run on the buffers of an old one', () => {
  it('is exact on buffers full of an older run: weights, stretches and envelopes', () => {
    const old = createHistory(tutorial);
    old.advance(400_000);
    sampleHistory(old, { scale: 'linear', points: 1000 }); // as the charts do: the old run's summaries exist
    const ref = trajectory(fractionalOptions, 300_000);
    const history = createHistory(fractionalOptions, DEFAULT_HISTORY_LAYOUT, old);
    history.advance(300_000);
    for (const k of [0, 1000, 131_071, 131_072, 250_001, 300_000]) expect(Array.from(history.weightsAt(k)), `iteration ${k}`).toEqual(ref.at(k));
    checkStretches(history, ref);
    const low = new Float64Array(4);
    const high = new Float64Array(4);
    // Ranges where the old run's block summaries would show if they were kept.
    for (const [from, to] of [[0, 300_000], [16, 131_071], [5, 20_000], [40_000, 41_000], [140_000, 290_000]] as const) {
      history.envelope(from, to, low, high);
      for (let c = 0; c < 4; c++) {
        let lowest = Infinity;
        let highest = -Infinity;
        for (let k = from; k <= to; k++) {
          const v = c < 3 ? ref.weights[k * 3 + c]! : ref.mse[k]!;
          lowest = Math.min(lowest, v);
          highest = Math.max(highest, v);
        }
        expect([low[c], high[c]], `channel ${c} over ${from}..${to}`).toEqual([lowest, highest]);
      }
    }
  }, 60_000);

  it('leaves the old history unusable, saying why', () => {
    const old = createHistory(tutorial);
    old.advance(10);
    createHistory(tutorial, DEFAULT_HISTORY_LAYOUT, old);
    expect(() => old.advance(1)).toThrow(/gave its buffers to a newer one/);
    expect(() => old.weightsAt(0)).toThrow(/gave its buffers/);
  });

  it('takes nothing when the options are bad or the input count differs, and the old history goes on', () => {
    const old = createHistory(tutorial);
    old.advance(100);
    expect(thrownProblem(() => createHistory({ ...tutorial, targets: [1, 2, 1] }, DEFAULT_HISTORY_LAYOUT, old))).toEqual({ code: 'targetOutside', row: 2, value: '2' });
    createHistory({ inputs: [[1, 0], [0, 1]], targets: [1, 0], seed: 1 }, DEFAULT_HISTORY_LAYOUT, old);
    old.advance(9900);
    expect(Array.from(old.weightsAt(10_000))).toEqual(tutorialCase.checkpoints.at(-1)!.weights);
  });
});

describe('history.reset() and divergence', () => {
  it("reset goes back to iteration 0 and the seed's starting weights", () => {
    const history = createHistory(tutorial);
    history.advance(150_000);
    history.reset();
    expect(history.trainedTo).toBe(0);
    expect(Array.from(history.weightsAt(0))).toEqual(tutorialCase.initialWeights);
    history.advance(10);
    expect(Array.from(history.weightsAt(10))).toEqual(tutorialCase.checkpoints[2]!.weights);
  });

  it('keeps the last finite weights when an update overflows, and rethrows the trainer error', () => {
    // 16 rows of [1, 1, 1] -> 1 at learning rate 1e308: the first update overflows (see trainer.validation.test.ts).
    const rows = Array.from({ length: 16 }, () => [1, 1, 1]);
    const history = createHistory({ inputs: rows, targets: rows.map(() => 1), seed: 1, learningRate: 1e308 });
    expect(() => history.advance(5)).toThrow(TrainingDivergedError);
    expect(history.trainedTo).toBe(0);
    expect(Array.from(history.weightsAt(0))).toEqual(tutorialCase.initialWeights);
  });

  it('refuses a bad step count', () => {
    const history = createHistory(tutorial);
    expect(() => history.advance(-1)).toThrow(RangeError);
    expect(() => history.advance(1.5)).toThrow(RangeError);
  });

  it('refuses a layout that is not made of powers of two', () => {
    expect(() => createHistory(tutorial, { ...small, maxStretches: 3 })).toThrow(/maxStretches 3 must be a power of two/);
    expect(() => createHistory(tutorial, { ...small, checkpointInterval: 16 })).toThrow(/must not exceed fullResolution/);
  });
});
