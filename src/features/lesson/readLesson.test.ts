import { describe, expect, it } from 'vitest';
import { builtInLesson } from './builtInLesson';
import { lessonJson, readLesson } from './readLesson';
import { packLesson, unpackLesson } from './lessonCode';

describe('reading a lesson', () => {
  it('reads the built-in lesson back as it is, from its JSON and from a link', async () => {
    const json = JSON.parse(JSON.stringify(lessonJson(builtInLesson())));
    const read = readLesson(json);
    expect(read.problems).toEqual([]);
    // The setup is kept as the lab's codec writes it back: same meaning, v=1 first.
    expect(read.lesson!.cards.map((c) => c.title)).toEqual(builtInLesson().cards.map((c) => c.title));
    expect(read.lesson!.cards.map((c) => c.question)).toEqual(builtInLesson().cards.map((c) => c.question));
    const code = await packLesson(builtInLesson());
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const unpacked = await unpackLesson(code);
    expect(unpacked.problems).toEqual([]);
    expect(unpacked.lesson).toEqual(read.lesson);
  });

  it('never throws, and says what was wrong', async () => {
    for (const bad of [null, 1, 'x', [], {}, { format: 'neuron-lab-lesson', version: 2, cards: [{}] }, { format: 'neuron-lab-lesson', version: 1, cards: [] }]) {
      const read = readLesson(bad);
      expect(read.lesson).toBeNull();
      expect(read.problems.length).toBeGreaterThan(0);
    }
    for (const code of ['', '2.abc', '1.!!!', '1.AAAA', '1.' + 'A'.repeat(40_000), 'nonsense']) {
      const read = await unpackLesson(code);
      expect(read.lesson).toBeNull();
      expect(read.problems[0]).toMatch(/lesson link/);
    }
  });

  it('keeps a card with bad parts, each part falling back and named', () => {
    const read = readLesson({
      format: 'neuron-lab-lesson',
      version: 1,
      cards: [
        { title: 7, text: 'x'.repeat(5000), setup: 'seed=banana&it=3', view: 'nowhere', step: -1, highlight: ['table', 'moon'], question: { kind: 'number', prompt: 'p', explain: 'e', after: 0, answer: { of: 'prediction' } } },
        'not a card',
      ],
    });
    const [card, empty] = read.lesson!.cards;
    expect(card).toMatchObject({ title: 'Card 1', view: 'lab', step: 0, highlight: ['table'] });
    expect(card!.text).toHaveLength(1500);
    expect(card!.setup).toContain('seed=1');
    expect(card!.setup).toContain('it=3');
    // An answer the run computes is never on screen before the guess: Reveal trains at least one iteration.
    expect(card!.question!.after).toBe(1);
    expect(empty).toMatchObject({ title: 'Card 2', text: '', question: null });
    expect(read.problems.join(' ')).toMatch(/Card 1: the title is not text/);
    expect(read.problems.join(' ')).toMatch(/Card 2: is not a card/);
  });
});
