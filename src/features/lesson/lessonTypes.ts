/*
 * A lesson: cards shown one at a time beside the lab. The same shape travels in a lesson link, a JSON file and
 * this device's storage, and every way in goes through one validator (readLesson.ts).
 */

/** What a card's question asks about, read from the exact run the lab shows (the same core as the worker). */
export type Subject =
  /** The neuron's output for the new situation (the test input). */
  | { of: 'prediction' }
  /** The output of one row of the table (1-based). */
  | { of: 'output'; row: number };

interface QuestionBase {
  /** The question as the learner reads it. */
  prompt: string;
  /** A short explanation shown with the true answer. */
  explain: string;
  /**
   * Iterations the lab trains when the learner presses Reveal: the truth is the run after them. While the guess
   * is not committed the lab may not train past the card's iteration, so the answer is nowhere on screen.
   */
  after: number;
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  /** A subject of the run, or a number the teacher typed (a value the lab does not compute). */
  answer: Subject | { of: 'value'; value: number };
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  /** The choices, 2 to MAX_OPTIONS. */
  options: string[];
  /** Which weight grows most over `after` iterations (the options are then the weights), or the right option's index. */
  answer: { of: 'largest-growth' } | { of: 'option'; index: number };
}

export interface DirectionQuestion extends QuestionBase {
  kind: 'direction';
  /** Whether a subject of the run goes up or down over `after` iterations, or the teacher's answer. */
  answer: Subject | { of: 'fixed'; direction: Direction };
}

export type Direction = 'up' | 'down';
export type Question = NumberQuestion | ChoiceQuestion | DirectionQuestion;

/** Panels a card can point at with a highlight. */
export const HIGHLIGHTS = ['table', 'situation', 'weights', 'error', 'sigmoid', 'neuron'] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];

/** Views a card can open over the lab. */
export const CARD_VIEWS = ['lab', 'math', 'explore'] as const;
export type CardView = (typeof CARD_VIEWS)[number];

export interface Card {
  title: string;
  /** Plain text; a blank line starts a paragraph, *stars* mark emphasis. Never read as HTML. */
  text: string;
  /**
   * What the card starts from, as a Neuron Lab link's query ("data=011-1,100-0,101-1&seed=1&it=0&hide=error"):
   * read by the lab's own link codec. null: the card leaves the lab as it is.
   */
  setup: string | null;
  /** The view the card opens. */
  view: CardView;
  /** Steps taken after the setup, so that the lab shows what a step changed (0: none). */
  step: number;
  highlight: Highlight[];
  /** A question (predict, commit, reveal), or null. */
  question: Question | null;
  /** A card where the learner computes step 0 -> 1 for row 1 of the setup's table by hand. */
  byHand: boolean;
}

export interface Lesson {
  title: string;
  cards: Card[];
}

/** The JSON file's and the link's format name and version. */
export const LESSON_FORMAT = 'neuron-lab-lesson';
export const LESSON_VERSION = 1;

export const LIMITS = {
  cards: 40,
  title: 120,
  text: 1500,
  prompt: 300,
  explain: 600,
  option: 80,
  options: 6,
  setup: 7000,
  /** Reveal may train at most this many iterations (the tutorial's longest run is 10,000). */
  after: 1_000_000,
  step: 1000,
} as const;
