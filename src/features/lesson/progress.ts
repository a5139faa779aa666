import type { CardAnswer, Guess, Truth } from './answers';
import { HAND_FIELDS, type HandField } from './byHand';
import { builtInLesson } from './builtInLesson';
import type { Lesson } from './lessonTypes';
import { lessonJson, readLesson } from './readLesson';

/*
 * The learner's progress on this device: the lesson (when it is not the built-in one), the card reached, the
 * answers. What comes back is checked like any outside input: a broken entry is forgotten, never trusted.
 */

export const PROGRESS_KEY = 'neuron-lab.lesson.v1';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A by-hand card's fields as typed and, once Check was pressed, how many were right. */
export interface Handwork {
  typed: Partial<Record<HandField, string>>;
  checked: boolean;
  right?: number;
}

export interface Progress {
  source: 'built-in' | 'own';
  lesson: Lesson;
  index: number;
  answers: (CardAnswer | undefined)[];
  handwork: (Handwork | undefined)[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readGuess(value: unknown): Guess | null {
  if (!isObject(value)) return null;
  if (value.kind === 'number' && isNumber(value.value)) return { kind: 'number', value: value.value };
  if (value.kind === 'choice' && Number.isInteger(value.index)) return { kind: 'choice', index: value.index as number };
  if (value.kind === 'direction' && (value.direction === 'up' || value.direction === 'down')) return { kind: 'direction', direction: value.direction };
  return null;
}

function readTruth(value: unknown): Truth | null {
  if (!isObject(value)) return null;
  if (value.kind === 'number' && isNumber(value.value)) return { kind: 'number', value: value.value };
  if (value.kind === 'choice' && Number.isInteger(value.index)) {
    const changes = Array.isArray(value.changes) && value.changes.every(isNumber) ? (value.changes as number[]) : undefined;
    return changes ? { kind: 'choice', index: value.index as number, changes } : { kind: 'choice', index: value.index as number };
  }
  if (value.kind === 'direction' && (value.direction === 'up' || value.direction === 'down' || value.direction === 'none')) {
    return isNumber(value.change) ? { kind: 'direction', direction: value.direction, change: value.change } : { kind: 'direction', direction: value.direction };
  }
  return null;
}

function readAnswers(value: unknown, count: number): (CardAnswer | undefined)[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, count).map((entry) => {
    if (!isObject(entry)) return undefined;
    const guess = readGuess(entry.guess);
    if (!guess) return undefined;
    const truth = entry.truth === null ? null : readTruth(entry.truth);
    return { guess, truth };
  });
}

function readHandwork(value: unknown, count: number): Progress['handwork'] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, count).map((entry) => {
    if (!isObject(entry) || !isObject(entry.typed)) return undefined;
    const typed: Partial<Record<HandField, string>> = {};
    for (const { id } of HAND_FIELDS) {
      const text = entry.typed[id];
      if (typeof text === 'string') typed[id] = text.slice(0, 40);
    }
    const right = Number.isInteger(entry.right) && (entry.right as number) >= 0 && (entry.right as number) <= HAND_FIELDS.length ? (entry.right as number) : undefined;
    return right === undefined ? { typed, checked: entry.checked === true } : { typed, checked: entry.checked === true, right };
  });
}

export function loadProgress(storage: StorageLike | null): Progress | null {
  try {
    const text = storage?.getItem(PROGRESS_KEY);
    if (!text) return null;
    const json: unknown = JSON.parse(text);
    if (!isObject(json)) return null;
    const source = json.source === 'own' ? 'own' : 'built-in';
    const lesson = source === 'own' ? readLesson(json.lesson).lesson : builtInLesson();
    if (!lesson) return null;
    const count = lesson.cards.length;
    const index = Number.isInteger(json.index) && (json.index as number) >= 0 && (json.index as number) <= count ? (json.index as number) : 0;
    return { source, lesson, index, answers: readAnswers(json.answers, count), handwork: readHandwork(json.handwork, count) };
  } catch {
    return null;
  }
}

/** Saves the progress; false when this browser refuses (the lesson goes on, it is only not kept). */
export function saveProgress(storage: StorageLike | null, progress: Progress): boolean {
  try {
    if (!storage) return false;
    const { source, lesson, index, answers, handwork } = progress;
    const entry = { source, lesson: source === 'own' ? lessonJson(lesson) : null, index, answers: answers.map((a) => a ?? null), handwork: handwork.map((h) => h ?? null) };
    storage.setItem(PROGRESS_KEY, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}
