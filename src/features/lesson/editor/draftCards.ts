import { t } from '@lingui/core/macro';
import type { Card, Lesson, Question } from '../lessonTypes';

/* The editor's changes to a draft lesson: each returns a new lesson, the draft before it untouched. */

export const blankCard = (setup: string | null): Card => ({ title: t`A new card`, text: '', setup, view: 'lab', step: 0, highlight: [], question: null, byHand: false });

export function changeCard(lesson: Lesson, index: number, change: Partial<Card>): Lesson {
  return { ...lesson, cards: lesson.cards.map((card, i) => (i === index ? { ...card, ...change } : card)) };
}

export function moveCard(lesson: Lesson, index: number, by: -1 | 1): Lesson {
  const to = index + by;
  if (to < 0 || to >= lesson.cards.length) return lesson;
  const cards = [...lesson.cards];
  [cards[index], cards[to]] = [cards[to]!, cards[index]!];
  return { ...lesson, cards };
}

export function removeCard(lesson: Lesson, index: number): Lesson {
  return lesson.cards.length <= 1 ? lesson : { ...lesson, cards: lesson.cards.filter((_, i) => i !== index) };
}

export function addCard(lesson: Lesson, after: number, card: Card): Lesson {
  const cards = [...lesson.cards];
  cards.splice(after + 1, 0, card);
  return { ...lesson, cards };
}

/** The kinds of card the editor offers, as one choice. */
export type CardKind = 'none' | Question['kind'] | 'by-hand';

export function kindOf(card: Card): CardKind {
  return card.byHand ? 'by-hand' : (card.question?.kind ?? 'none');
}

/** A card turned into another kind: a fresh question of that kind, keeping its prompt and explanation. */
export function withKind(card: Card, kind: CardKind): Card {
  const prompt = card.question?.prompt ?? '';
  const explain = card.question?.explain ?? '';
  const after = card.question?.after ?? 10;
  switch (kind) {
    case 'none':
      return { ...card, question: null, byHand: false };
    case 'by-hand':
      return { ...card, question: null, byHand: true };
    case 'number':
      return { ...card, byHand: false, question: { kind, prompt, explain, after, answer: { of: 'prediction' } } };
    case 'choice':
      return { ...card, byHand: false, question: { kind, prompt, explain, after, options: [1, 2, 3].map((weight) => t`Weight ${weight}`), answer: { of: 'largest-growth' } } };
    case 'direction':
      return { ...card, byHand: false, question: { kind, prompt, explain, after, answer: { of: 'prediction' } } };
  }
}
