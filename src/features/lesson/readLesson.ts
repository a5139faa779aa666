import { plural, t } from '@lingui/core/macro';
import { MAX_ROWS } from '../../state';
import { decode, encode } from '../../state/url';
import { quote } from '../../text/userText';
import {
  CARD_VIEWS,
  HIGHLIGHTS,
  LESSON_FORMAT,
  LESSON_VERSION,
  LIMITS,
  type Card,
  type CardView,
  type Direction,
  type Highlight,
  type Lesson,
  type Question,
  type Subject,
} from './lessonTypes';

/*
 * The one way into a lesson from outside (a link, a file, this device's storage): checks every field, never
 * throws. A bad field falls back to its default and is named in `problems`; only a value that is not a lesson at
 * all (no cards) gives no lesson.
 */

export interface ReadResult {
  lesson: Lesson | null;
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly where: string) {}

  problem(message: string) {
    if (this.problems.length < 20) this.problems.push(`${this.where}: ${message}`);
  }

  /** `name` is the field's name in the screen's language ("the title": t`title`). */
  text(value: unknown, name: string, max: number, fallback = ''): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      this.problem(t`the ${name} is not text; it was left out.`);
      return fallback;
    }
    if (value.length > max) {
      const length = value.length;
      this.problem(t`the ${name} is ${length} characters long, more than ${max}; it was cut.`);
      return value.slice(0, max);
    }
    return value;
  }

  whole(value: unknown, name: string, min: number, max: number, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const quoted = quote(String(value));
      this.problem(t`the ${name} ${quoted} is not a whole number from ${min} to ${max}; ${fallback} was used.`);
      return fallback;
    }
    return value;
  }
}

function readSubject(value: unknown, reader: Reader): Subject | null {
  if (!isObject(value)) return null;
  if (value.of === 'prediction') return { of: 'prediction' };
  if (value.of === 'output') return { of: 'output', row: reader.whole(value.row, t`row of the answer`, 1, MAX_ROWS, 1) };
  return null;
}

function readQuestion(value: unknown, reader: Reader): Question | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    reader.problem(t`the question is not a question; the card has none.`);
    return null;
  }
  const prompt = reader.text(value.prompt, t`question`, LIMITS.prompt);
  const explain = reader.text(value.explain, t`explanation`, LIMITS.explain);
  let after = reader.whole(value.after, t`iterations to reveal`, 0, LIMITS.after, 0);
  const answer = isObject(value.answer) ? value.answer : {};
  const fromRun = (subject: Subject | { of: string }) => subject.of === 'prediction' || subject.of === 'output' || subject.of === 'largest-growth';
  let question: Question | null = null;
  if (value.kind === 'number') {
    const subject = readSubject(answer, reader);
    if (subject) question = { kind: 'number', prompt, explain, after, answer: subject };
    else if (answer.of === 'value' && typeof answer.value === 'number' && Number.isFinite(answer.value)) {
      question = { kind: 'number', prompt, explain, after, answer: { of: 'value', value: answer.value } };
    }
  } else if (value.kind === 'choice') {
    const options = Array.isArray(value.options) ? value.options.slice(0, LIMITS.options).map((option) => reader.text(option, t`choice`, LIMITS.option)) : [];
    if (options.length < 2) reader.problem(t`a choice question needs at least 2 choices; the card has no question.`);
    else if (answer.of === 'largest-growth') question = { kind: 'choice', prompt, explain, after, options, answer: { of: 'largest-growth' } };
    else if (answer.of === 'option') {
      const index = reader.whole(answer.index, t`right choice`, 0, options.length - 1, 0);
      question = { kind: 'choice', prompt, explain, after, options, answer: { of: 'option', index } };
    }
  } else if (value.kind === 'direction') {
    const subject = readSubject(answer, reader);
    if (subject) question = { kind: 'direction', prompt, explain, after, answer: subject };
    else if (answer.of === 'fixed' && (answer.direction === 'up' || answer.direction === 'down')) {
      question = { kind: 'direction', prompt, explain, after, answer: { of: 'fixed', direction: answer.direction as Direction } };
    }
  } else {
    const kind = quote(String(value.kind));
    reader.problem(t`${kind} is not a kind of question (number, choice or direction); the card has none.`);
    return null;
  }
  if (!question) {
    reader.problem(t`the question has no answer the app can read; the card has none.`);
    return null;
  }
  // An answer the run computes must not be on screen before the guess: Reveal trains at least one iteration.
  if (fromRun(question.answer) && after < 1) {
    reader.problem(t`the answer would be on screen before the guess; Reveal now trains 1 iteration.`);
    after = 1;
    question = { ...question, after };
  }
  return question;
}

function readSetup(value: unknown, reader: Reader): string | null {
  if (value === null || value === undefined) return null;
  const text = reader.text(value, t`starting point`, LIMITS.setup);
  if (text === '') return null;
  // The lab's own link codec reads it, as safely as any link; what it wrote back is what the card keeps.
  const decoded = decode(text);
  for (const { message } of decoded.problems.slice(0, 3)) reader.problem(t`starting point: ${message}`);
  return encode(decoded.state).slice(1);
}

function readCard(value: unknown, number: number): { card: Card; problems: string[] } {
  const reader = new Reader(t`Card ${number}`);
  const json = isObject(value) ? value : {};
  if (!isObject(value)) reader.problem(t`is not a card; an empty card stands in its place.`);
  const view = CARD_VIEWS.includes(json.view as CardView) ? (json.view as CardView) : 'lab';
  const named = quote(String(json.view));
  const views = CARD_VIEWS.join(', ');
  if (json.view !== undefined && view !== json.view) reader.problem(t`${named} is not a view (${views}); the lab is shown.`);
  const highlight = Array.isArray(json.highlight) ? json.highlight.filter((id): id is Highlight => HIGHLIGHTS.includes(id as Highlight)).slice(0, HIGHLIGHTS.length) : [];
  const card: Card = {
    title: reader.text(json.title, t`title`, LIMITS.title, t`Card ${number}`),
    text: reader.text(json.text, t`text`, LIMITS.text),
    setup: readSetup(json.setup, reader),
    view,
    step: reader.whole(json.step, t`steps after the start`, 0, LIMITS.step, 0),
    highlight: [...new Set(highlight)],
    question: readQuestion(json.question, reader),
    byHand: json.byHand === true,
  };
  if (card.byHand && card.question) {
    reader.problem(t`a by-hand card has no question of its own; the question was left out.`);
    card.question = null;
  }
  return { card, problems: reader.problems };
}

/** Reads a lesson from parsed JSON. Never throws. */
export function readLesson(value: unknown): ReadResult {
  try {
    if (!isObject(value)) return { lesson: null, problems: [t`It is not a lesson.`] };
    if (value.format !== LESSON_FORMAT) return { lesson: null, problems: [t`It is not a Neuron Lab lesson.`] };
    if (value.version !== LESSON_VERSION) {
      const version = quote(String(value.version));
      return { lesson: null, problems: [t`It is a version ${version} lesson; this app reads version ${LESSON_VERSION}.`] };
    }
    if (!Array.isArray(value.cards) || value.cards.length === 0) return { lesson: null, problems: [t`The lesson has no cards.`] };
    const problems: string[] = [];
    const count = value.cards.length;
    const most = LIMITS.cards;
    if (count > most) problems.push(plural(count, { one: `The lesson has # card; the first ${most} were kept.`, other: `The lesson has # cards; the first ${most} were kept.` }));
    const reader = new Reader(t`The lesson`);
    const title = reader.text(value.title, t`title`, LIMITS.title, t`A lesson`);
    problems.push(...reader.problems);
    const cards = value.cards.slice(0, LIMITS.cards).map((card, i) => {
      const read = readCard(card, i + 1);
      problems.push(...read.problems);
      return read.card;
    });
    return { lesson: { title, cards }, problems: problems.slice(0, 20) };
  } catch {
    return { lesson: null, problems: [t`The lesson could not be read.`] };
  }
}

/** A lesson as its JSON file holds it (the same object a link packs). */
export function lessonJson(lesson: Lesson): Json {
  return { format: LESSON_FORMAT, version: LESSON_VERSION, title: lesson.title, cards: lesson.cards };
}
