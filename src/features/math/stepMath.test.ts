import { describe, expect, it } from 'vitest';
import { thrownProblem } from '../../core/testing/thrownProblem';
import fc from 'fast-check';
import steps from './fixtures/steps.json';
import reference from '../../core/fixtures/reference.json';
import { createTrainer } from '../../core';
import { expectAllClose } from '../../core/testing/relativeClose';
import { entry, stepMath, type Matrix } from './stepMath';

// Expected numbers come from NumPy (fixtures/steps.json, made by fixtures/make-step-fixtures.py, and the core's
// reference.json) or from the core's trainer, which the core's own tests pin to NumPy.

const columnOf = (m: Matrix) => Array.from(m.values);

describe('stepMath(table, weights, rate, k) against NumPy', () => {
  const tutorial = steps.cases['tutorial-0'];

  it("gives every number of the tutorial's step 0 -> 1 bit for bit", () => {
    const step = stepMath(tutorial, tutorial.W, tutorial.learningRate, 0);
    expect(columnOf(step.W)).toEqual(tutorial.W);
    expect(columnOf(step.z)).toEqual(tutorial.z);
    expect(columnOf(step.out)).toEqual(tutorial.out);
    expect(columnOf(step.error)).toEqual(tutorial.error);
    expect(columnOf(step.slope)).toEqual(tutorial.slope);
    expect(columnOf(step.delta)).toEqual(tutorial.delta);
    expect(columnOf(step.adjustment)).toEqual(tutorial.adjustment);
    expect(columnOf(step.nextW)).toEqual(tutorial.nextW);
  });

  it("starts from the tutorial's 2 * random((3, 1)) - 1 and lands on NumPy's weights after one iteration", () => {
    const one = reference.cases['seed-tutorial'].checkpoints.find((cp) => cp.iterations === 1)!;
    expect(tutorial.W).toEqual(reference.cases['seed-tutorial'].initialWeights);
    expect(columnOf(stepMath(tutorial, tutorial.W, 1, 0).nextW)).toEqual(one.weights);
  });

  it.each(Object.entries(steps.cases))('agrees with NumPy on case %s to 1e-12', (_name, c) => {
    const step = stepMath(c, c.W, c.learningRate, c.iteration);
    for (const key of ['z', 'out', 'error', 'slope', 'delta', 'adjustment', 'nextW'] as const) {
      expectAllClose(step[key].values, c[key]);
    }
  });

  it('lays X, Y and every vector out in the shapes NumPy has', () => {
    const c = steps.cases['fractional-lr-0.5-3'];
    const step = stepMath(c, c.W, c.learningRate, c.iteration);
    const shape = (m: Matrix) => [m.rows, m.cols];
    expect(shape(step.X)).toEqual([4, 3]);
    expect(entry(step.X, 2, 2)).toBe(-2.5);
    expect(entry(step.X, 0, 1)).toBe(-1.25);
    for (const key of ['Y', 'z', 'out', 'error', 'slope', 'delta'] as const) expect(shape(step[key])).toEqual([4, 1]);
    for (const key of ['W', 'adjustment', 'nextW'] as const) expect(shape(step[key])).toEqual([3, 1]);
    expect(columnOf(step.Y)).toEqual(c.targets);
  });
});

describe('stepMath(table, weights, rate, k) against the trainer', () => {
  const tables = {
    tutorial: { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1], seed: 1, learningRate: 1 },
    'nine lines': { inputs: [[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], targets: [0, 1, 1, 0], seed: 1, learningRate: 1 },
    'fractional, rate 0.5': {
      inputs: [[0.5, -1.25, 2], [-0.3, 0.7, 0.1], [1.5, 0, -2.5], [0.25, 0.25, 0.25]],
      targets: [0.9, 0.2, 0, 0.5],
      seed: 7,
      learningRate: 0.5,
    },
    'two inputs, rate 3': { inputs: [[1, 2], [-1, 0.5]], targets: [1, 0], seed: 42, learningRate: 3 },
  };

  it.each(Object.entries(tables))('the new W is the trainer weights at k + 1, bit for bit, on the %s table', (_name, t) => {
    const trainer = createTrainer(t);
    for (const k of [0, 1, 2, 9, 99, 999]) {
      trainer.step(k - trainer.iteration);
      const step = stepMath(t, trainer.weights, t.learningRate, k);
      expect(columnOf(step.W)).toEqual(Array.from(trainer.weights));
      expect(columnOf(step.out)).toEqual(Array.from(trainer.outputs()));
      const after = createTrainer(t);
      after.step(k + 1);
      expect(columnOf(step.nextW)).toEqual(Array.from(after.weights));
    }
  });

  it('matches one trainer step from any weights on any valid table (property)', () => {
    const value = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((rows) =>
          fc.record({
            inputs: fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: rows, maxLength: rows }),
            targets: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: rows, maxLength: rows }),
            weights: fc.array(value, { minLength: 3, maxLength: 3 }),
            learningRate: fc.double({ min: 1e-3, max: 10, noNaN: true }),
          }),
        ),
        ({ inputs, targets, weights, learningRate }) => {
          const trainer = createTrainer({ inputs, targets, seed: 1, learningRate });
          trainer.restore(5, weights);
          const step = stepMath({ inputs, targets }, weights, learningRate, 5);
          trainer.step();
          expect(columnOf(step.nextW)).toEqual(Array.from(trainer.weights));
        },
      ),
    );
  });
});

describe('stepMath rejects what it cannot compute', () => {
  const table = { inputs: [[0, 1, 1]], targets: [1] };
  it.each([
    ['too few weights', table, [1, 2], 1, 0, { code: 'weightCount', count: 2, needed: 3 }],
    ['a weight that is not finite', table, [1, NaN, 2], 1, 0, { code: 'weightNotFinite', weight: 2, value: 'NaN' }],
    ['a learning rate of 0', table, [1, 2, 3], 0, 0, { code: 'learningRate', value: '0' }],
    ['a negative iteration', table, [1, 2, 3], 1, -1, { code: 'iterationNotWhole', value: '-1' }],
    ['a target outside 0..1', { inputs: [[0, 1, 1]], targets: [2] }, [1, 2, 3], 1, 0, { code: 'targetOutside', row: 1, value: '2' }],
  ] as const)('%s', (_what, t, w, rate, k, problem) => {
    expect(() => stepMath(t as never, w, rate, k)).toThrow(RangeError);
    expect(thrownProblem(() => stepMath(t as never, w, rate, k))).toEqual(problem);
  });
});
