import { describe, expect, it } from 'vitest';
import situations from './fixtures/situations.json';
import { createTrainer } from './trainer';
import { CORNERS, cornerName, meanSquaredError, neuronOutput, weightedSum } from './neuronMath';
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
