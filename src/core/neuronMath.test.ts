import { describe, expect, it } from 'vitest';
import situations from './fixtures/situations.json';
import { createTrainer } from './trainer';
import reference from './fixtures/reference.json';
import { CORNERS, cornerName, errorSignal, meanSquaredError, neuronOutput, rowPassOf, rowWeightedSum, sigmoid, sigmoidSlope, weightedSum } from './neuronMath';
import { validateTable } from './validateTable';
import { expectAllClose } from './testing/relativeClose';

// Every expected number comes from NumPy (fixtures/make-situations-fixture.py wrote fixtures/situations.json).
type Case = (typeof situations.cases)['tutorial'];
const cases = Object.entries(situations.cases) as [string, Case][];

describe('CORNERS', () => {
  it('lists the eight inputs 000 to 111 in NumPy fixture order, input 1 the leftmost digit', () => {
    expect(CORNERS.map((corner) => [...corner])).toEqual(situations.corners);
    expect(CORNERS.map(cornerName)).toEqual(['000', '001', '010', '011', '100', '101', '110', '111']);
  });
});

describe.each(cases)('the eight outputs on the %s table agree with NumPy', (_name, c) => {
  it.each(c.checkpoints.map((cp) => [cp.iterations, cp] as const))('after %i iterations', (iterations, cp) => {
    // The weights as the app's trainer reaches them, then the eight outputs as the panel computes them.
    const trainer = createTrainer({ inputs: c.inputs, targets: c.targets, seed: c.seed, learningRate: c.learningRate });
    trainer.step(iterations);
    expectAllClose(trainer.weights, cp.weights);
    const outputs = CORNERS.map((corner) => neuronOutput(corner, trainer.weights));
    expectAllClose(outputs, cp.cornerOutputs);
    expectAllClose([meanSquaredError(c.inputs, c.targets, trainer.weights)], [cp.meanSquaredError]);
  });
});

describe('neuronOutput(input, weights)', () => {
  it('is 0.5 where x . w = 0, and sigmoid(z) otherwise', () => {
    expect(neuronOutput([0, 0, 0], [3, -2, 7])).toBe(0.5);
    expect(neuronOutput([1, 1, 0], [2, -2, 9])).toBe(0.5);
    expect(neuronOutput([1, 0, 0], [Math.log(3), 5, 5])).toBeCloseTo(0.75, 15);
  });
  it('refuses an input and weights of different lengths', () => {
    expect(() => weightedSum([1, 0], [1, 2, 3])).toThrow(RangeError);
  });
});

describe('meanSquaredError(inputs, targets, weights)', () => {
  it('is the mean of the squared errors: (0.5^2 + 0.5^2) / 2 = 0.25 at w = 0', () => {
    expect(meanSquaredError([[1, 0, 0], [0, 1, 1]], [1, 0], [0, 0, 0])).toBe(0.25);
  });
  it('refuses a table without rows or with more targets than rows', () => {
    expect(() => meanSquaredError([], [], [0, 0, 0])).toThrow(RangeError);
    expect(() => meanSquaredError([[1, 0, 0]], [1, 0], [0, 0, 0])).toThrow(RangeError);
  });
});

describe('the forward pass on the tutorial, as NumPy computes it (fixtures/reference.json)', () => {
  it.each(reference.cases['seed-tutorial'].checkpoints.map((c) => [c.iterations, c] as const))('after %i iterations: the outputs and the prediction, bit for bit', (_n, at) => {
    const { inputs, test } = reference.cases['seed-tutorial'];
    expect(neuronOutput(test, at.weights)).toBe(at.prediction);
    expect(sigmoid(weightedSum(test, at.weights))).toBe(at.prediction);
    expect(inputs.map((row) => neuronOutput(row, at.weights))).toEqual(at.outputs);
  });
});

describe('rowPassOf(z, target) and rowWeightedSum(inputs, row, weights)', () => {
  // One iteration by these functions is one iteration of the trainer, bit for bit: W + lr * X.T . delta, with 3
  // inputs (the trainer's unrolled loop) and with 4 (its loop for any number).
  it.each([
    ['3 inputs', [[0, 1, 1], [1, 0, 0], [1, 0, 1]], [1, 0, 1]],
    ['4 inputs', [[0.5, -1.25, 2, 1], [3, 0.1, -0.7, 1], [1e-3, 4, 0, 1]], [0.9, 0.2, 0]],
  ])('with %s, give the trainer\'s next weights exactly', (_what, inputs, targets) => {
    const trainer = createTrainer({ inputs, targets, seed: 1, learningRate: 0.7 });
    for (let k = 0; k < 5; k++) {
      const weights = [...trainer.weights];
      const packed = validateTable(inputs, targets);
      const passes = targets.map((target, r) => rowPassOf(rowWeightedSum(packed.inputs, r, weights), target));
      const next = weights.map((w, j) => w + 0.7 * passes.reduce((sum, pass, r) => sum + inputs[r]![j]! * pass.delta, 0));
      trainer.step(1);
      expect([...trainer.weights]).toEqual(next);
      for (const [r, pass] of passes.entries()) {
        expect(pass.z).toBe(weightedSum(inputs[r]!, weights));
        expect(pass.out).toBe(sigmoid(pass.z));
        expect(pass.slope).toBe(sigmoidSlope(pass.out));
        expect(pass.delta).toBe(errorSignal(pass.error, pass.out));
      }
    }
  });

  it("multiplies the error signal left to right, (error * out) * (1 - out), as NumPy's error * output * (1 - output) does", () => {
    // In Python (float64, as NumPy): 0.1 * 0.3 * (1 - 0.3) is 0.020999999999999998, and 0.1 * (0.3 * (1 - 0.3))
    // is 0.021: the two orders differ in the last bit, and the tutorial's expression is the first.
    expect(errorSignal(0.1, 0.3)).toBe(0.020999999999999998);
    expect(0.1 * sigmoidSlope(0.3)).toBe(0.021);
  });

  it('refuses a row outside the table', () => {
    expect(() => rowWeightedSum([0, 1, 1, 1, 0, 0], 2, [1, 2, 3])).toThrow(RangeError);
    expect(rowWeightedSum([0, 1, 1, 1, 0, 0], 1, [1, 2, 3])).toBe(1);
  });
});
