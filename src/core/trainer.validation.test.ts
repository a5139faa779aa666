import { describe, expect, it } from 'vitest';
import { createTrainer, MAX_STEPS_PER_CALL, TrainingDivergedError } from './trainer';
import { MAX_ROWS } from './validateTable';
import type { CoreProblem } from './coreProblem';
import { thrownProblem } from './testing/thrownProblem';

const tutorial = {
  inputs: [
    [0, 1, 1],
    [1, 0, 0],
    [1, 0, 1],
  ],
  targets: [1, 0, 1],
  seed: 1,
};

describe('createTrainer(options) rejects bad tables with a RangeError that says where and what is allowed', () => {
  const seedRule = { code: 'seed', most: 4294967295 } as const;
  const cases: [string, Parameters<typeof createTrainer>[0], CoreProblem][] = [
    ['no rows', { ...tutorial, inputs: [], targets: [] }, { code: 'tableNoRows', most: 64 }],
    ['too many rows', { ...tutorial, inputs: Array.from({ length: MAX_ROWS + 1 }, () => [0, 0, 1]), targets: Array.from({ length: MAX_ROWS + 1 }, () => 0) }, { code: 'tableTooManyRows', rows: 65, most: 64 }],
    ['NaN input', { ...tutorial, inputs: [[0, 1, 1], [1, NaN, 0], [1, 0, 1]] }, { code: 'inputNotFinite', row: 2, input: 2, value: 'NaN' }],
    ['Infinity input', { ...tutorial, inputs: [[0, 1, 1], [1, 0, 0], [1, 0, Infinity]] }, { code: 'inputNotFinite', row: 3, input: 3, value: 'Infinity' }],
    ['-Infinity input', { ...tutorial, inputs: [[-Infinity, 1, 1], [1, 0, 0], [1, 0, 1]] }, { code: 'inputNotFinite', row: 1, input: 1, value: '-Infinity' }],
    ['a target of 2', { ...tutorial, targets: [1, 2, 1] }, { code: 'targetOutside', row: 2, value: '2' }],
    ['a negative target', { ...tutorial, targets: [1, 0, -0.5] }, { code: 'targetOutside', row: 3, value: '-0.5' }],
    ['a NaN target', { ...tutorial, targets: [NaN, 0, 1] }, { code: 'targetOutside', row: 1, value: 'NaN' }],
    ['fewer targets than rows', { ...tutorial, targets: [1, 0] }, { code: 'tableTargetCount', rows: 3, targets: 2 }],
    ['more targets than rows', { ...tutorial, targets: [1, 0, 1, 1] }, { code: 'tableTargetCount', rows: 3, targets: 4 }],
    ['a short row', { ...tutorial, inputs: [[0, 1, 1], [1, 0], [1, 0, 1]] }, { code: 'rowInputCount', row: 2, count: 2, first: 3 }],
    ['a long row', { ...tutorial, inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1, 1]] }, { code: 'rowInputCount', row: 3, count: 4, first: 3 }],
    ['an empty first row', { ...tutorial, inputs: [[], [1, 0, 0], [1, 0, 1]] }, { code: 'rowNoInputs' }],
    ['a string input', { ...tutorial, inputs: [[0, '1' as unknown as number, 1], [1, 0, 0], [1, 0, 1]] }, { code: 'inputNotFinite', row: 1, input: 2, value: '"1"' }],
    ['a seed of -1', { ...tutorial, seed: -1 }, { ...seedRule, value: '-1' }],
    ['a seed of 2^32', { ...tutorial, seed: 2 ** 32 }, { ...seedRule, value: '4294967296' }],
    ['a fractional seed', { ...tutorial, seed: 1.5 }, { ...seedRule, value: '1.5' }],
    ['a learning rate of 0', { ...tutorial, learningRate: 0 }, { code: 'learningRate', value: '0' }],
    ['a negative learning rate', { ...tutorial, learningRate: -1 }, { code: 'learningRate', value: '-1' }],
    ['an infinite learning rate', { ...tutorial, learningRate: Infinity }, { code: 'learningRate', value: 'Infinity' }],
    ['a NaN learning rate', { ...tutorial, learningRate: NaN }, { code: 'learningRate', value: 'NaN' }],
  ];
  it.each(cases)('%s', (_name, options, problem) => {
    expect(() => createTrainer(options)).toThrow(RangeError);
    expect(thrownProblem(() => createTrainer(options))).toEqual(problem);
  });

  it('accepts 1 row and 64 rows', () => {
    expect(createTrainer({ inputs: [[1, 0, 1]], targets: [1], seed: 0 }).rowCount).toBe(1);
    const many = Array.from({ length: MAX_ROWS }, (_, r) => [r % 2, (r >> 1) % 2, 1]);
    expect(createTrainer({ inputs: many, targets: many.map((row) => row[0]!), seed: 0 }).rowCount).toBe(64);
  });
});

describe('Trainer methods reject bad arguments', () => {
  const trainer = () => createTrainer(tutorial);
  it.each([-1, 1.5, NaN, Infinity, MAX_STEPS_PER_CALL + 1])('step(%s)', (count) => {
    expect(() => trainer().step(count)).toThrow(RangeError);
  });
  it('step(0) changes nothing', () => {
    const t = trainer();
    t.step(0);
    expect(t.iteration).toBe(0);
    expect(Array.from(t.weights)).toEqual([-0.165955990594852, 0.4406489868843162, -0.9997712503653102]);
  });
  it.each([[[1, 0]], [[1, 0, 1, 1]], [[1, NaN, 1]], [[Infinity, 0, 0]]])('predict(%j)', (input) => {
    expect(() => trainer().predict(input)).toThrow(RangeError);
  });
  it('restore() refuses a wrong count of weights, non-finite weights and a bad iteration', () => {
    expect(thrownProblem(() => trainer().restore(1, [1, 2]))).toEqual({ code: 'weightCount', count: 2, needed: 3 });
    expect(thrownProblem(() => trainer().restore(1, [1, NaN, 2]))).toEqual({ code: 'weightNotFinite', weight: 2, value: 'NaN' });
    expect(thrownProblem(() => trainer().restore(-1, [1, 2, 3]))).toEqual({ code: 'iterationNotWhole', value: '-1' });
  });
  it('stepRecording() refuses buffers too small for the iterations asked', () => {
    const record = { weights: new Float64Array(9), errors: new Float64Array(3), offset: 1 };
    expect(() => trainer().stepRecording(3, record)).toThrow(RangeError);
  });
});

describe('the sigmoid and divergence', () => {
  it('predicts 1 and 0, never NaN, for weighted sums of +-1e308', () => {
    const t = createTrainer({ inputs: [[1, 0, 0]], targets: [1], seed: 1 });
    t.restore(0, [1, 1, 1]);
    expect(t.predict([1e308, 0, 0])).toBe(1);
    expect(t.predict([-1e308, 0, 0])).toBe(0);
    expect(t.outputs().every((v) => !Number.isNaN(v))).toBe(true);
  });

  it('stops at the last finite weights and says so when an update overflows', () => {
    // 16 rows of [1, 1, 1] -> 1 with the seed-1 weights: z = -0.7251, out = 0.3263, delta = 0.6737 * 0.3263 *
    // 0.6737 = 0.1481, so each gradient is 16 * 0.1481 = 2.37 and 1e308 * 2.37 exceeds the largest double (1.8e308).
    const rows = Array.from({ length: 16 }, () => [1, 1, 1]);
    const t = createTrainer({ inputs: rows, targets: rows.map(() => 1), seed: 1, learningRate: 1e308 });
    const before = Array.from(t.weights);
    expect(() => t.step(5)).toThrow(TrainingDivergedError);
    expect(t.iteration).toBe(0);
    expect(Array.from(t.weights)).toEqual(before);
    // The trainer stood at 0: the first update (during iteration 1) overflowed.
    expect(() => t.step(1)).toThrow(expect.objectContaining({ iteration: 0 }));
  });

  it('with 7 such rows the first update still fits in a double, so training goes on', () => {
    // 7 * 0.1481 = 1.04, and 1e308 * 1.04 stays below the largest double, 1.8e308.
    const rows = Array.from({ length: 7 }, () => [1, 1, 1]);
    const t = createTrainer({ inputs: rows, targets: rows.map(() => 1), seed: 1, learningRate: 1e308 });
    t.step(1);
    expect(t.iteration).toBe(1);
    expect(t.weights.every(Number.isFinite)).toBe(true);
  });

  it('stops when the weighted sums themselves overflow to NaN', () => {
    const t = createTrainer({ inputs: [[1e308, -1e308, 0]], targets: [0.5], seed: 1 });
    // z = 1e308 * w0 - 1e308 * w1 is finite here; make the weights large enough that both products overflow.
    t.restore(0, [1e10, 1e10, 0]);
    expect(() => t.step(1)).toThrow(TrainingDivergedError);
    expect(Array.from(t.weights)).toEqual([1e10, 1e10, 0]);
  });
});
