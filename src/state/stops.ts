import { MAX_ITERATION } from './limits';
import { screenWritesDecimalComma } from '../format/number';

/** "Stop at"'s choices: the tutorial's moments (10, 100, 10,000) and the powers of ten between and beyond. */
export const STOP_CHOICES: readonly number[] = [10, 100, 1000, 10_000, 100_000, 1_000_000];

/** Where Run stops when nothing else was chosen: the tutorial's 10,000 iterations. */
export const DEFAULT_STOP_AT = 10_000;

/** Words that mean no limit in "Stop at" in any language, besides the screen's own (the field passes it). */
const NO_LIMIT_WORDS = ['no limit', 'none', '∞'];

/**
 * Where a Run from `iteration` stops: at `stopAt` while it is ahead; once there or past it, at the next choice
 * ahead ("Run again goes on to the next stop"); null for no limit (a stop of null, or past the last choice).
 */
export function stopAhead(stopAt: number | null, iteration: number): number | null {
  if (stopAt === null || stopAt > iteration) return stopAt;
  return STOP_CHOICES.find((choice) => choice > iteration) ?? null;
}

/** Whole numbers as people write counts: "10000", "10,000", "10 000", "10_000" or "1e4". */
const GROUPED = /^\d{1,3}([,\s_]\d{3})+$/;
/**
 * Where the screen writes the decimal comma (de, es, fr), a count may be grouped with points too: German and Spanish
 * write 10000 as "10.000", as the fields and their choices show it. Not in English, where "10.000" is ten.
 */
const GROUPED_WITH_POINTS = /^\d{1,3}(\.\d{3})+$/;
const PLAIN = /^(\d+|\d+(\.\d+)?e\+?\d+)$/i;

/**
 * Why a typed count is refused, as data (text/countProblemText.ts words it): empty, not a whole number as people
 * write counts, or one beyond `most`. `text` is as typed, trimmed.
 */
export type CountProblem = { code: 'empty'; most: number } | { code: 'notWhole'; text: string; most: number } | { code: 'tooLarge'; text: string; most: number };

export type CheckedCount = { ok: true; value: number } | { ok: false; problem: CountProblem };

/** Reads an iteration count, 0 to MAX_ITERATION. Never throws; says with a code what is wrong. */
export function readCount(text: string): CheckedCount {
  const trimmed = text.trim();
  const most = MAX_ITERATION;
  if (trimmed === '') return { ok: false, problem: { code: 'empty', most } };
  let value: number;
  if (GROUPED.test(trimmed)) value = Number(trimmed.replace(/[,\s_]/g, ''));
  else if (screenWritesDecimalComma() && GROUPED_WITH_POINTS.test(trimmed)) value = Number(trimmed.replace(/\./g, ''));
  else if (PLAIN.test(trimmed)) value = Number(trimmed);
  else return { ok: false, problem: { code: 'notWhole', text: trimmed, most } };
  if (!Number.isInteger(value) || value > MAX_ITERATION) return { ok: false, problem: { code: 'tooLarge', text: trimmed, most } };
  return { ok: true, value };
}

/** A count field's problem: which field (Go to iteration, Stop at), and why; Stop at also refuses 0. */
export type CountFieldProblem = { field: 'goTo'; problem: CountProblem } | { field: 'stopAt'; problem: CountProblem | { code: 'zero' } };

export type CheckedField<T> = { ok: true; value: T } | { ok: false; problem: CountFieldProblem };

/** "Go to iteration": an iteration from 0 to MAX_ITERATION. */
export function checkIteration(text: string): CheckedField<number> {
  const read = readCount(text);
  return read.ok ? read : { ok: false, problem: { field: 'goTo', problem: read.problem } };
}

/** "Stop at": an iteration from 1 on, or no limit (null): `noLimit` is the screen's word for it, "no limit" is always read. */
export function checkStopAt(text: string, noLimit: string): CheckedField<number | null> {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === noLimit.trim().toLowerCase() || NO_LIMIT_WORDS.includes(trimmed)) return { ok: true, value: null };
  const read = readCount(text);
  if (!read.ok) return { ok: false, problem: { field: 'stopAt', problem: read.problem } };
  if (read.value === 0) return { ok: false, problem: { field: 'stopAt', problem: { code: 'zero' } } };
  return read;
}
