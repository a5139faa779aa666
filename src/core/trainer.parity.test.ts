import { describe, expect, it } from 'vitest';
import reference from './fixtures/reference.json';
import numpyExtra from './fixtures/numpy-extra.json';
import { createTrainer } from './trainer';
import { expectAllClose } from './testing/relativeClose';

// Every expected number here was printed by NumPy (src/core/fixtures): none comes from this code.
type Case = {
  seed: number;
  learningRate: number;
  inputs: number[][];
  targets: number[];
  test?: number[];
  checkpoints: { iterations: number; weights: number[]; outputs?: number[]; prediction?: number; meanSquaredError?: number }[];
};
const cases: [string, Case][] = [
  ...Object.entries(reference.cases as Record<string, Case>),
  ...Object.entries(numpyExtra.cases as Record<string, Case>),
];

describe.each(cases)('createTrainer on the %s table agrees with NumPy', (_name, c) => {
  it.each(c.checkpoints.map((cp) => [cp.iterations, cp] as const))('after %i iterations', (iterations, cp) => {
    const trainer = createTrainer({ inputs: c.inputs, targets: c.targets, seed: c.seed, learningRate: c.learningRate });
    trainer.step(iterations);
    expect(trainer.iteration).toBe(iterations);
    expectAllClose(trainer.weights, cp.weights);
    if (cp.outputs) expectAllClose(trainer.outputs(), cp.outputs);
    if (cp.prediction !== undefined && c.test) expectAllClose([trainer.predict(c.test)], [cp.prediction]);
    if (cp.meanSquaredError !== undefined) expectAllClose([trainer.meanSquaredError()], [cp.meanSquaredError]);
  });
});

describe("the tutorial's story", () => {
  const tutorial = reference.cases['seed-tutorial'];
  it('prints 0.65980921, 0.87680541 and 0.9897704 for [1, 0, 1] after 10, 100 and 10,000 iterations', () => {
    const trainer = createTrainer({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1 });
    const printed: string[] = [];
    for (const target of [10, 100, 10000]) {
      trainer.step(target - trainer.iteration);
      printed.push(trainer.predict([1, 0, 1]).toPrecision(8));
    }
    expect(printed).toEqual(['0.65980921', '0.87680541', '0.98977040']);
  });

  it('reproduces the weights bit for bit, as measured against NumPy on this table', () => {
    const trainer = createTrainer({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1 });
    for (const cp of tutorial.checkpoints) {
      trainer.step(cp.iterations - trainer.iteration);
      expect(Array.from(trainer.weights)).toEqual(cp.weights);
    }
  });

  it('trains in many small calls exactly as in one call', () => {
    const once = createTrainer({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1 });
    const many = createTrainer({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1 });
    once.step(1000);
    for (let i = 0; i < 1000; i++) many.step();
    expect(Array.from(many.weights)).toEqual(Array.from(once.weights));
  });
});
