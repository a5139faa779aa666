import { describe, expect, it } from 'vitest';
import fixture from './fixtures/lesson-numpy.json';
import { isRight, parseAnswer, summaryOf, truthOf } from './answers';
import { momentsOf } from './runTruth';
import { builtInLesson } from './builtInLesson';

const TUTORIAL = { seed: 1, testInput: [1, 0, 1], segments: [{ from: 0, inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1], learningRate: 1 }] };

describe('answers', () => {
  it('reads a decimal point or a decimal comma, and refuses the rest', () => {
    expect(parseAnswer('0.66')).toEqual({ ok: true, value: 0.66 });
    expect(parseAnswer(' 0,66 ')).toEqual({ ok: true, value: 0.66 });
    expect(parseAnswer(',5')).toEqual({ ok: true, value: 0.5 });
    expect(parseAnswer('1,000,5').ok).toBe(false);
    expect(parseAnswer('').ok).toBe(false);
  });

  it("takes the truth from the exact run: NumPy's predictions at 10, 100 and 10,000, bit for bit", () => {
    const moments = momentsOf(TUTORIAL, [0, 10, 100, 10000]);
    expect(moments.map((m) => m.prediction)).toEqual([fixture.initialPrediction, fixture.predictions['10'], fixture.predictions['100'], fixture.predictions['10000']]);
    expect(momentsOf({ ...TUTORIAL, testInput: [1, 1, 0] }, [10000])[0]!.prediction).toBe(fixture.unseen110At10000);
  });

  it('finds which weight grows most in Step 1 (w3, by NumPy) and which way row 2 goes (up)', () => {
    const [before, after] = momentsOf(TUTORIAL, [0, 1]);
    const step1 = builtInLesson().cards.find((c) => c.title === 'Step 1: what changed')!.question!;
    const truth = truthOf(step1, before!, after!);
    expect(truth).toMatchObject({ kind: 'choice', index: 2 });
    expect(truth?.kind === 'choice' ? truth.changes : null).toEqual(fixture.step1WeightChanges);
    const row2 = builtInLesson().cards.find((c) => c.title === 'The error')!.question!;
    expect(truthOf(row2, before!, after!)).toMatchObject({ kind: 'direction', direction: 'up' });
  });

  it('counts predictions within 0.1 in the end summary', () => {
    const summary = summaryOf([
      { guess: { kind: 'number', value: 0.7 }, truth: { kind: 'number', value: 0.65980921 } },
      { guess: { kind: 'number', value: 0.5 }, truth: { kind: 'number', value: 0.25 } },
      { guess: { kind: 'number', value: 0.5 }, truth: null },
      undefined,
      { guess: { kind: 'choice', index: 1 }, truth: { kind: 'choice', index: 1 } },
    ]);
    expect(summary).toEqual([
      { kind: 'number', right: 1, of: 2 },
      { kind: 'choice', right: 1, of: 1 },
    ]);
    expect(isRight({ kind: 'number', value: 0.9 }, { kind: 'number', value: 1 })).toBe(true);
    expect(isRight({ kind: 'number', value: 0.89 }, { kind: 'number', value: 1 })).toBe(false);
  });
});
