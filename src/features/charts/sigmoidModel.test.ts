import { describe, expect, it } from 'vitest';
import { sigmoidModel, zLimitFor } from './sigmoidModel';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import reference from '../../core/fixtures/reference.json';

const checkpoints = reference.cases['seed-tutorial'].checkpoints;

describe('sigmoidModel(frame, inputs, targets, testInput)', () => {
  it('places each row at z = inputs . weights, at the height of its NumPy output', () => {
    const frame = makeFrame(TUTORIAL, 10);
    const model = sigmoidModel(frame, TUTORIAL.inputs, TUTORIAL.targets, TUTORIAL.testInput);
    const w = checkpoints.find((c) => c.iterations === 10)!.weights;
    const outputs = checkpoints.find((c) => c.iterations === 10)!.outputs;
    expect(model.rows.map((m) => m.z)).toEqual([w[1]! + w[2]!, w[0]!, w[0]! + w[2]!]);
    model.rows.forEach((mark, r) => {
      expect(mark.output).toBe(outputs[r]);
      expect(mark.target).toBe(TUTORIAL.targets[r]);
      expect(mark.slope).toBe(outputs[r]! * (1 - outputs[r]!));
    });
    // The test case [1, 0, 1] is row 3's input: the tutorial's 0.65980921.
    expect(model.test.output).toBe(0.6598092104791048);
    expect(model.zLimit).toBe(6);
  });

  it('leaves out rows the frame was not trained on yet', () => {
    const frame = makeFrame(TUTORIAL, 1);
    const inputs = [...TUTORIAL.inputs, [1, 1, 1]];
    expect(sigmoidModel(frame, inputs, [...TUTORIAL.targets, 1], [1, 0, 1]).rows).toHaveLength(3);
  });
});

describe('zLimitFor(zs)', () => {
  it('is 6 while every z fits in -5.5 to 5.5', () => {
    expect(zLimitFor([])).toBe(6);
    expect(zLimitFor([-5.5, 3])).toBe(6);
  });
  it('widens to a round number past the widest z', () => {
    expect(zLimitFor([8.94])).toBe(10);
    expect(zLimitFor([-13.3])).toBe(16);
    expect(zLimitFor([45])).toBe(50);
    expect(zLimitFor([3000])).toBe(4000);
    expect(zLimitFor([Number.NaN, 2])).toBe(6);
  });
});
