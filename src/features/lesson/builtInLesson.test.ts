import { describe, expect, it } from 'vitest';
import fixture from './fixtures/lesson-numpy.json';
import { formatValue } from '../../format/number';
import { BUILT_IN_LESSON } from './builtInLesson';
import { readLesson, lessonJson } from './readLesson';

/* The built-in lesson's words hold NumPy's numbers (fixtures/make-lesson-fixture.py), as the app prints them. */
const allText = BUILT_IN_LESSON.cards.map((c) => [c.text, c.question?.prompt ?? '', c.question?.explain ?? ''].join(' ')).join(' ');

describe('the built-in lesson', () => {
  it('is about 12 cards, valid by the same rules as any lesson', () => {
    expect(BUILT_IN_LESSON.cards.length).toBeGreaterThanOrEqual(12);
    expect(BUILT_IN_LESSON.cards.length).toBeLessThanOrEqual(14);
    expect(readLesson(JSON.parse(JSON.stringify(lessonJson(BUILT_IN_LESSON)))).problems).toEqual([]);
  });

  it("quotes NumPy's numbers: the seed's weights, the first outputs, the three predictions", () => {
    const quoted = [
      ...fixture.initialWeights,
      fixture.initialOutputs[0]!,
      fixture.initialOutputs[1]!,
      fixture.initialPrediction,
      fixture.byHand.error,
      fixture.predictions['10'],
      fixture.predictions['100'],
      fixture.predictions['10000'],
      fixture.initialWeights[0]! + fixture.initialWeights[2]!,
    ];
    for (const value of quoted) expect(allText).toContain(formatValue(value));
    // The tutorial's own words: 0.65980921, 0.87680541, 0.9897704.
    for (const printed of ['0.65980921', '0.87680541', '0.9897704']) expect(allText).toContain(printed);
  });

  it('asks only what the run answers after Reveal, or what the teacher typed', () => {
    for (const card of BUILT_IN_LESSON.cards) {
      const q = card.question;
      if (!q) continue;
      const fromRun = q.answer.of === 'prediction' || q.answer.of === 'output' || q.answer.of === 'largest-growth';
      if (fromRun) expect(q.after, card.title).toBeGreaterThan(0);
    }
  });
});
