import { describe, expect, it } from 'vitest';
import { createTrainer, MAX_STEPS_PER_CALL, TrainingDivergedError } from './trainer';
import { MAX_ROWS } from './validateTable';

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
  const cases: [string, Parameters<typeof createTrainer>[0], RegExp][] = [
    ['no rows', { ...tutorial, inputs: [], targets: [] }, /no rows.*1 to 64/],
    ['too many rows', { ...tutorial, inputs: Array.from({ length: MAX_ROWS + 1 }, () => [0, 0, 1]), targets: Array.from({ length: MAX_ROWS + 1 }, () => 0) }, /65 rows.*at most 64/],
    ['NaN input', { ...tutorial, inputs: [[0, 1, 1], [1, NaN, 0], [1, 0, 1]] }, /Row 2, input 2: NaN .*finite number/],
    ['Infinity input', { ...tutorial, inputs: [[0, 1, 1], [1, 0, 0], [1, 0, Infinity]] }, /Row 3, input 3: Infinity/],
    ['-Infinity input', { ...tutorial, inputs: [[-Infinity, 1, 1], [1, 0, 0], [1, 0, 1]] }, /Row 1, input 1: -Infinity/],
    ['a target of 2', { ...tutorial, targets: [1, 2, 1] }, /Row 2, target: 2 .*from 0 to 1/],
    ['a negative target', { ...tutorial, targets: [1, 0, -0.5] }, /Row 3, target: -0.5/],
    ['a NaN target', { ...tutorial, targets: [NaN, 0, 1] }, /Row 1, target: NaN/],
    ['fewer targets than rows', { ...tutorial, targets: [1, 0] }, /3 rows of inputs but 2 targets/],
    ['more targets than rows', { ...tutorial, targets: [1, 0, 1, 1] }, /3 rows of inputs but 4 targets/],
    ['a short row', { ...tutorial, inputs: [[0, 1, 1], [1, 0], [1, 0, 1]] }, /Row 2 has 2 inputs but row 1 has 3/],
    ['a long row', { ...tutorial, inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1, 1]] }, /Row 3 has 4 inputs/],
    ['an empty first row', { ...tutorial, inputs: [[], [1, 0, 0], [1, 0, 1]] }, /Row 1 has no inputs/],
    ['a string input', { ...tutorial, inputs: [[0, '1' as unknown as number, 1], [1, 0, 0], [1, 0, 1]] }, /Row 1, input 2: "1"/],
    ['a seed of -1', { ...tutorial, seed: -1 }, /Seed -1 .*0 to 4294967295/],
    ['a seed of 2^32', { ...tutorial, seed: 2 ** 32 }, /Seed 4294967296/],
    ['a fractional seed', { ...tutorial, seed: 1.5 }, /Seed 1.5/],
    ['a learning rate of 0', { ...tutorial, learningRate: 0 }, /Learning rate 0 .*above 0/],
    ['a negative learning rate', { ...tutorial, learningRate: -1 }, /Learning rate -1/],
    ['an infinite learning rate', { ...tutorial, learningRate: Infinity }, /Learning rate Infinity/],
    ['a NaN learning rate', { ...tutorial, learningRate: NaN }, /Learning rate NaN/],
  ];
  it.each(cases)('%s', (_name, options, message) => {
    expect(() => createTrainer(options)).toThrow(RangeError);
    expect(() => createTrainer(options)).toThrow(message);
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
    expect(() => trainer().restore(1, [1, 2])).toThrow(RangeError);
    expect(() => trainer().restore(1, [1, NaN, 2])).toThrow(RangeError);
    expect(() => trainer().restore(-1, [1, 2, 3])).toThrow(RangeError);
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
    expect(() => t.step(1)).toThrow(/stopped being finite during iteration 1/);
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
