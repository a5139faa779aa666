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

  text(value: unknown, name: string, max: number, fallback = ''): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      this.problem(`the ${name} is not text; it was left out.`);
      return fallback;
    }
    if (value.length > max) {
      this.problem(`the ${name} is ${value.length} characters long, more than ${max}; it was cut.`);
      return value.slice(0, max);
    }
    return value;
  }

  whole(value: unknown, name: string, min: number, max: number, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.problem(`the ${name} ${quote(String(value))} is not a whole number from ${min} to ${max}; ${fallback} was used.`);
      return fallback;
    }
    return value;
  }
}

function readSubject(value: unknown, reader: Reader): Subject | null {
  if (!isObject(value)) return null;
  if (value.of === 'prediction') return { of: 'prediction' };
  if (value.of === 'output') return { of: 'output', row: reader.whole(value.row, 'row of the answer', 1, MAX_ROWS, 1) };
  return null;
}

function readQuestion(value: unknown, reader: Reader): Question | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    reader.problem('the question is not a question; the card has none.');
    return null;
  }
  const prompt = reader.text(value.prompt, 'question', LIMITS.prompt);
  const explain = reader.text(value.explain, 'explanation', LIMITS.explain);
  let after = reader.whole(value.after, 'iterations to reveal', 0, LIMITS.after, 0);
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
    const options = Array.isArray(value.options) ? value.options.slice(0, LIMITS.options).map((option) => reader.text(option, 'choice', LIMITS.option)) : [];
    if (options.length < 2) reader.problem('a choice question needs at least 2 choices; the card has no question.');
    else if (answer.of === 'largest-growth') question = { kind: 'choice', prompt, explain, after, options, answer: { of: 'largest-growth' } };
    else if (answer.of === 'option') {
      const index = reader.whole(answer.index, 'right choice', 0, options.length - 1, 0);
      question = { kind: 'choice', prompt, explain, after, options, answer: { of: 'option', index } };
    }
  } else if (value.kind === 'direction') {
    const subject = readSubject(answer, reader);
    if (subject) question = { kind: 'direction', prompt, explain, after, answer: subject };
    else if (answer.of === 'fixed' && (answer.direction === 'up' || answer.direction === 'down')) {
      question = { kind: 'direction', prompt, explain, after, answer: { of: 'fixed', direction: answer.direction as Direction } };
    }
  } else {
    reader.problem(`${quote(String(value.kind))} is not a kind of question (number, choice or direction); the card has none.`);
    return null;
  }
  if (!question) {
    reader.problem('the question has no answer the app can read; the card has none.');
    return null;
  }
  // An answer the run computes must not be on screen before the guess: Reveal trains at least one iteration.
  if (fromRun(question.answer) && after < 1) {
    reader.problem('the answer would be on screen before the guess; Reveal now trains 1 iteration.');
    after = 1;
    question = { ...question, after };
  }
  return question;
}

function readSetup(value: unknown, reader: Reader): string | null {
  if (value === null || value === undefined) return null;
  const text = reader.text(value, 'starting point', LIMITS.setup);
  if (text === '') return null;
  // The lab's own link codec reads it, as safely as any link; what it wrote back is what the card keeps.
  const decoded = decode(text);
  for (const problem of decoded.problems.slice(0, 3)) reader.problem(`starting point: ${problem.message}`);
  return encode(decoded.state).slice(1);
}

function readCard(value: unknown, number: number): { card: Card; problems: string[] } {
  const reader = new Reader(`Card ${number}`);
  const json = isObject(value) ? value : {};
  if (!isObject(value)) reader.problem('is not a card; an empty card stands in its place.');
  const view = CARD_VIEWS.includes(json.view as CardView) ? (json.view as CardView) : 'lab';
  if (json.view !== undefined && view !== json.view) reader.problem(`${quote(String(json.view))} is not a view (${CARD_VIEWS.join(', ')}); the lab is shown.`);
  const highlight = Array.isArray(json.highlight) ? json.highlight.filter((id): id is Highlight => HIGHLIGHTS.includes(id as Highlight)).slice(0, HIGHLIGHTS.length) : [];
  const card: Card = {
    title: reader.text(json.title, 'title', LIMITS.title, `Card ${number}`),
    text: reader.text(json.text, 'text', LIMITS.text),
    setup: readSetup(json.setup, reader),
    view,
    step: reader.whole(json.step, 'steps after the start', 0, LIMITS.step, 0),
    highlight: [...new Set(highlight)],
    question: readQuestion(json.question, reader),
    byHand: json.byHand === true,
  };
  if (card.byHand && card.question) {
    reader.problem('a by-hand card has no question of its own; the question was left out.');
    card.question = null;
  }
  return { card, problems: reader.problems };
}

/** Reads a lesson from parsed JSON. Never throws. */
export function readLesson(value: unknown): ReadResult {
  try {
    if (!isObject(value)) return { lesson: null, problems: ['It is not a lesson.'] };
    if (value.format !== LESSON_FORMAT) return { lesson: null, problems: ['It is not a Neuron Lab lesson.'] };
    if (value.version !== LESSON_VERSION) {
      return { lesson: null, problems: [`It is a version ${quote(String(value.version))} lesson; this app reads version ${LESSON_VERSION}.`] };
    }
    if (!Array.isArray(value.cards) || value.cards.length === 0) return { lesson: null, problems: ['The lesson has no cards.'] };
    const problems: string[] = [];
    if (value.cards.length > LIMITS.cards) problems.push(`The lesson has ${value.cards.length} cards; the first ${LIMITS.cards} were kept.`);
    const reader = new Reader('The lesson');
    const title = reader.text(value.title, 'title', LIMITS.title, 'A lesson');
    problems.push(...reader.problems);
    const cards = value.cards.slice(0, LIMITS.cards).map((card, i) => {
      const read = readCard(card, i + 1);
      problems.push(...read.problems);
      return read.card;
    });
    return { lesson: { title, cards }, problems: problems.slice(0, 20) };
  } catch {
    return { lesson: null, problems: ['The lesson could not be read.'] };
  }
}

/** A lesson as its JSON file holds it (the same object a link packs). */
export function lessonJson(lesson: Lesson): Json {
  return { format: LESSON_FORMAT, version: LESSON_VERSION, title: lesson.title, cards: lesson.cards };
}
