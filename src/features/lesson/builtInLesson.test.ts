import { afterEach, describe, expect, it } from 'vitest';
import fixture from './fixtures/lesson-numpy.json';
import situations from '../../core/fixtures/situations.json';
import { formatValue } from '../../format/number';
import { switchLanguage } from '../../i18n';
import { builtInLesson } from './builtInLesson';
import { readLesson, lessonJson } from './readLesson';
import type { Lesson } from './lessonTypes';

/* The built-in lesson's words hold NumPy's numbers (fixtures/make-lesson-fixture.py), as the app prints them. */
const allText = (lesson: Lesson) => lesson.cards.map((c) => [c.text, c.question?.prompt ?? '', c.question?.explain ?? ''].join(' ')).join(' ');

const QUOTED = [
  ...fixture.initialWeights,
  fixture.initialOutputs[0]!,
  fixture.initialOutputs[1]!,
  fixture.initialPrediction,
  fixture.byHand.error,
  fixture.predictions['10'],
  fixture.predictions['100'],
  fixture.predictions['10000'],
  fixture.initialWeights[0]! + fixture.initialWeights[2]!,
  // What the tutorial's neuron says for [0, 1, 0] after 10,000 iterations (the Every situation card).
  situations.cases.tutorial.checkpoints.find((cp) => cp.iterations === 10000)!.cornerOutputs[2]!,
];

describe('the built-in lesson', () => {
  it('is 16 cards, valid by the same rules as any lesson', () => {
    expect(builtInLesson().cards.length).toBe(16);
    expect(readLesson(JSON.parse(JSON.stringify(lessonJson(builtInLesson())))).problems).toEqual([]);
  });

  it("quotes NumPy's numbers: the seed's weights, the first outputs, the three predictions", () => {
    const text = allText(builtInLesson());
    for (const value of QUOTED) expect(text).toContain(formatValue(value));
    // The tutorial's own words: 0.65980921, 0.87680541, 0.9897704.
    for (const printed of ['0.65980921', '0.87680541', '0.9897704']) expect(text).toContain(printed);
  });

  it('opens Explore on the panel a card talks about: every situation after the training, then XOR\'s line and landscape', () => {
    const explore = builtInLesson()
      .cards.map((card, k) => ({ card: k + 1, view: card.view, show: /[?&]show=([^&]*)/.exec(card.setup ?? '')?.[1] ?? null }))
      .filter((c) => c.view === 'explore' || c.show !== null);
    expect(explore).toEqual([
      { card: 13, view: 'explore', show: 'situations' },
      { card: 15, view: 'explore', show: 'line' },
      { card: 16, view: 'explore', show: 'landscape' },
    ]);
  });

  it('asks only what the run answers after Reveal, or what the teacher typed', () => {
    for (const card of builtInLesson().cards) {
      const q = card.question;
      if (!q) continue;
      const fromRun = q.answer.of === 'prediction' || q.answer.of === 'output' || q.answer.of === 'largest-growth';
      if (fromRun) expect(q.after, card.title).toBeGreaterThan(0);
    }
  });
});

describe('the built-in lesson in German, Spanish and French', () => {
  afterEach(() => switchLanguage('en'));

  it.each(['de', 'es', 'fr'])('%s: the same cards in its words, with NumPy\'s numbers after a decimal comma', async (language) => {
    const english = builtInLesson();
    await switchLanguage(language);
    const worded = builtInLesson();
    const text = allText(worded);
    // formatValue now writes the language's form: "-0,16595599", "0,65980921".
    for (const value of QUOTED) expect(text).toContain(formatValue(value));
    for (const printed of ['0,65980921', '0,87680541', '0,9897704']) expect(text).toContain(printed);
    // No decimal of the English text ("0.5", "-0.16595599") is left in the machine form.
    for (const machine of allText(english).match(/\d+\.\d+/g) ?? []) expect(text).not.toContain(machine);
    // Every card is worded anew (none left in English), while what the run does stays the same.
    worded.cards.forEach((card, i) => {
      const source = english.cards[i]!;
      expect(card.title).not.toBe(source.title);
      expect(card.text).not.toBe(source.text);
      expect({ ...card, title: '', text: '', question: card.question && { ...card.question, prompt: '', explain: '', options: [] } }).toEqual({
        ...source,
        title: '',
        text: '',
        question: source.question && { ...source.question, prompt: '', explain: '', options: [] },
      });
    });
  });

  it('names the choices as the screen does: "Eingabe 1" in German, as the table names its column', async () => {
    await switchLanguage('de');
    const choice = builtInLesson().cards[0]!.question!;
    expect(choice.kind === 'choice' && choice.options).toEqual(['Eingabe 1', 'Eingabe 2', 'Eingabe 3']);
    // A title with a count groups it as German does.
    expect(builtInLesson().cards.map((card) => card.title)).toContain('10.000 Iterationen');
  });
});
