import type { NumberProblem } from '../numberProblem';

/*
 * What is wrong with a link, as data: a code and the parts a message needs, never a sentence. The codec and the
 * setup's fields speak in these; the page words them in the screen's language (text/linkProblemText.ts). Each
 * code keeps what the message says: what was wrong, where (row, input, edit, part), and what was used instead.
 */

/** One value of a link: a number that is not one, or one outside its field's range. */
export type ValueProblem =
  | { code: 'number'; problem: NumberProblem }
  | { code: 'inputOutside'; value: number; most: number }
  | { code: 'targetOutside'; value: number }
  /** Not a whole number from 0 to `most`: `problem` when it is not a number at all, else the text as typed. */
  | { code: 'wholeNumber'; problem: NumberProblem | null; text: string; most: number };

/** The three inputs of a row or of the test input written as something else than three. */
export interface InputCountProblem {
  code: 'inputCount';
  text: string;
  /** Written as digits (011) rather than numbers joined by "_". */
  compact: boolean;
  count: number;
  needed: number;
}

/** Something wrong with the inputs: one input's (`input` from 1) or the whole's (null). */
export type InputsProblem = { input: null; problem: InputCountProblem } | { input: number; problem: ValueProblem };

/** A row of the table (`row` from 1), or the table as a whole. */
export type TableProblem =
  | { code: 'rowNoTarget'; row: number; text: string }
  | { code: 'rowBad'; row: number; inputs: InputsProblem[]; target: ValueProblem | null }
  | { code: 'tooManyRows'; rows: number; most: number };

/** Why a choice of presenter panels cannot be shown. */
export type PresenterProblem =
  | { code: 'notPresentable'; panels: string[]; presentable: readonly string[] }
  | { code: 'panelTwice' }
  | { code: 'panelCount'; count: number; least: number; most: number };

/** Why one later segment (`seg`) was left out. */
export type SegmentWhy =
  | { code: 'tooManyTables'; most: number }
  | { code: 'shape'; text: string }
  | { code: 'iteration'; problem: ValueProblem }
  /** `after` is the edit before's iteration, 0 for the start. */
  | { code: 'notAfter'; iteration: number; after: number }
  /** The segment's table: its first problem (null: no rows at all) and how many more there were. */
  | { code: 'table'; first: TableProblem | null; more: number }
  | { code: 'rate'; problem: ValueProblem }
  | { code: 'rateRange'; value: number; most: number };

/** A part of the link read with a problem; each names its part and what the link uses instead. */
export type LinkProblem =
  // The link as a whole (codec.ts).
  | { code: 'linkTooLong'; length: number; most: number }
  | { code: 'partTooLong'; name: string; length: number; most: number }
  | { code: 'brokenEscape'; text: string }
  | { code: 'unknownPart'; name: string }
  | { code: 'repeated'; name: string }
  | { code: 'tooManyParts'; most: number }
  | { code: 'version'; version: string; expected: string }
  | { code: 'unreadable' }
  // The setup's fields (setup/fields.ts and the grammars beside this file).
  | { code: 'tableEmpty' }
  | { code: 'tableUnusable' }
  | { code: 'tableRows'; problem: TableProblem }
  | { code: 'testInput'; problems: InputsProblem[]; fallback: readonly number[] }
  | { code: 'seed'; problem: ValueProblem; fallback: number }
  | { code: 'learningRate'; problem: ValueProblem; fallback: number }
  | { code: 'learningRateRange'; value: number; most: number; fallback: number }
  | { code: 'segment'; edit: number; last: boolean; why: SegmentWhy }
  | { code: 'iteration'; problem: ValueProblem }
  | { code: 'stopAt'; problem: ValueProblem; fallback: number }
  | { code: 'stopAtZero'; text: string; fallback: number }
  | { code: 'switch'; field: 'logAxis' | 'presenter'; name: string; text: string }
  | { code: 'digits'; text: string; choices: readonly number[]; fallback: number }
  | { code: 'hiddenUnknown'; text: string; panels: readonly string[] }
  | { code: 'hiddenTwice'; name: string }
  | { code: 'shownUnknown'; text: string; panels: readonly string[] }
  | { code: 'presenterPanels'; problem: PresenterProblem; fallback: readonly string[] };
