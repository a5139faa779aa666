import { describe, expect, it } from 'vitest';
import fixture from './fixtures/lesson-numpy.json';
import { checkByHand, HAND_FIELDS, handTruth, type HandField } from './byHand';
import { rowStepOf } from './runTruth';

/* NumPy's step 0 -> 1 for row 1 of the tutorial (fixtures/make-lesson-fixture.py) against the lab's core. */
const TUTORIAL = { seed: 1, testInput: [1, 0, 1], segments: [{ from: 0, inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1], learningRate: 1 }] };
const step = rowStepOf(TUTORIAL, 0, 0)!;
const numpy = fixture.byHand;
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.abs(b) * 1e-12 + 1e-15);

const typedFrom = (values: Partial<Record<HandField, number>>) =>
  Object.fromEntries(Object.entries(values).map(([field, value]) => [field, String(value)])) as Partial<Record<HandField, string>>;
const numpyAnswers = {
  z: numpy.z, output: numpy.output, error: numpy.error, slope: numpy.slope, delta: numpy.delta,
  adjustment1: numpy.adjustments[0]!, adjustment2: numpy.adjustments[1]!, adjustment3: numpy.adjustments[2]!,
};

describe('one step by hand', () => {
  it("computes NumPy's row-1 step from the seed's weights", () => {
    for (const [j, w] of numpy.weights.entries()) close(step.weights[j]!, w);
    for (const field of HAND_FIELDS) close(handTruth(step, field.id), numpyAnswers[field.id]);
  });

  it("accepts NumPy's values, rounded to 3 decimals, and with a decimal comma", () => {
    expect(checkByHand(step, typedFrom(numpyAnswers)).every((c) => c.ok)).toBe(true);
    const rounded = Object.fromEntries(Object.entries(numpyAnswers).map(([f, v]) => [f, v.toFixed(3).replace('.', ',')]));
    expect(checkByHand(step, rounded).map((c) => c.ok)).toEqual(HAND_FIELDS.map(() => true));
  });

  it('names the slip: the output as the slope, z as the output, the sign, the slope forgotten, the input forgotten', () => {
    const slipped = checkByHand(step, {
      ...typedFrom(numpyAnswers),
      output: String(numpy.z),
      slope: String(numpy.output),
      adjustment1: String(numpy.delta),
    });
    const message = (field: HandField) => {
      const found = slipped.find((c) => c.field === field)!;
      return found.ok ? 'ok' : found.message;
    };
    expect(message('output')).toMatch(/z itself/);
    expect(message('slope')).toMatch(/output itself: the slope is output × \(1 − output\)/);
    expect(message('adjustment1')).toMatch(/forgot the input/);
    const signs = checkByHand(step, { ...typedFrom(numpyAnswers), error: String(-numpy.error), delta: String(numpy.error) });
    expect(signs.find((c) => c.field === 'error')).toMatchObject({ ok: false, message: expect.stringMatching(/sign of the error/) });
    expect(signs.find((c) => c.field === 'delta')).toMatchObject({ ok: false, message: expect.stringMatching(/forgot the slope/) });
    const byOutput = checkByHand(step, { ...typedFrom(numpyAnswers), delta: String(numpy.error * numpy.output) });
    expect(byOutput.find((c) => c.field === 'delta')).toMatchObject({ ok: false, message: expect.stringMatching(/multiplied by the output instead/) });
  });

  it('refuses an empty field or text that is no number, within 0.005 and not beyond', () => {
    const checks = checkByHand(step, { z: '', output: 'abc', error: String(numpy.error + 0.004), slope: String(numpy.slope + 0.006) });
    expect(checks.map((c) => c.ok).slice(0, 4)).toEqual([false, false, true, false]);
  });
});
