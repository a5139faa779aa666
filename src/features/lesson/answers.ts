import { parseNumber } from '../../state';
import type { Direction, Question, Subject } from './lessonTypes';
import type { RunMoment } from './runTruth';

/** A guess as the learner committed it. */
export type Guess = { kind: 'number'; value: number } | { kind: 'choice'; index: number } | { kind: 'direction'; direction: Direction };

/** The truth a question is checked against, read from the run before and after Reveal's iterations. */
export type Truth =
  | { kind: 'number'; value: number }
  | { kind: 'choice'; index: number; changes?: number[] }
  | { kind: 'direction'; direction: Direction | 'none'; change?: number };

/** A prediction counts as close in the end summary when it is within this of the truth ("4 of 6 within 0.1"). */
export const CLOSE_ENOUGH = 0.1;

/**
 * A number as a learner types it: a decimal point or a decimal comma ("0,66"). Anything else is refused with the
 * lab's own words for what is wrong.
 */
export function parseAnswer(text: string): { ok: true; value: number } | { ok: false; reason: string } {
  const trimmed = text.trim();
  const decimalComma = /^[+-]?\d*,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  return parseNumber(decimalComma);
}

function subjectValue(subject: Subject, moment: RunMoment): number | null {
  if (subject.of === 'prediction') return moment.prediction;
  return moment.outputs[subject.row - 1] ?? null;
}

/** The question's answer, from the run before (`from`) and after (`to`) Reveal's iterations; null if it cannot be read. */
export function truthOf(question: Question, from: RunMoment, to: RunMoment): Truth | null {
  switch (question.kind) {
    case 'number': {
      const value = question.answer.of === 'value' ? question.answer.value : subjectValue(question.answer, to);
      return value === null ? null : { kind: 'number', value };
    }
    case 'choice': {
      if (question.answer.of === 'option') return { kind: 'choice', index: question.answer.index };
      const changes = to.weights.map((w, j) => w - from.weights[j]!);
      const index = changes.reduce((best, change, j) => (change > changes[best]! ? j : best), 0);
      return { kind: 'choice', index, changes };
    }
    case 'direction': {
      if (question.answer.of === 'fixed') return { kind: 'direction', direction: question.answer.direction };
      const before = subjectValue(question.answer, from);
      const after = subjectValue(question.answer, to);
      if (before === null || after === null) return null;
      const change = after - before;
      return { kind: 'direction', direction: change > 0 ? 'up' : change < 0 ? 'down' : 'none', change };
    }
  }
}

/** Whether a guess is right: a number within CLOSE_ENOUGH, the right choice, the right direction. */
export function isRight(guess: Guess, truth: Truth): boolean {
  if (guess.kind === 'number' && truth.kind === 'number') return Math.abs(guess.value - truth.value) <= CLOSE_ENOUGH;
  if (guess.kind === 'choice' && truth.kind === 'choice') return guess.index === truth.index;
  if (guess.kind === 'direction' && truth.kind === 'direction') return guess.direction === truth.direction;
  return false;
}

/** What the lesson keeps of one card: the committed guess and, after Reveal, the truth. */
export interface CardAnswer {
  guess: Guess;
  truth: Truth | null;
}

/** The end summary: per kind of question, how many were revealed and how many were right. */
export function summaryOf(answers: readonly (CardAnswer | undefined)[]): { kind: Guess['kind']; right: number; of: number }[] {
  const kinds: Guess['kind'][] = ['number', 'choice', 'direction'];
  return kinds
    .map((kind) => {
      const revealed = answers.filter((answer): answer is CardAnswer & { truth: Truth } => answer?.guess.kind === kind && answer.truth !== null);
      return { kind, right: revealed.filter((answer) => isRight(answer.guess, answer.truth)).length, of: revealed.length };
    })
    .filter((line) => line.of > 0);
}
