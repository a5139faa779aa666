import { MAX_ITERATION } from './limits';
import type { Checked } from './settingsValidation';

/** "Stop at"'s choices: the tutorial's moments (10, 100, 10,000) and the powers of ten between and beyond. */
export const STOP_CHOICES: readonly number[] = [10, 100, 1000, 10_000, 100_000, 1_000_000];

/** Where Run stops when nothing else was chosen: the tutorial's 10,000 iterations. */
export const DEFAULT_STOP_AT = 10_000;

/** "Stop at" as text: the choices as the screen writes them, and the words for no limit. */
export const NO_LIMIT = 'no limit';

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
const PLAIN = /^(\d+|\d+(\.\d+)?e\+?\d+)$/i;

export type CheckedCount = { ok: true; value: number } | { ok: false; reason: string };

/** Reads an iteration count, 0 to MAX_ITERATION. Never throws; says in words what is wrong. */
export function readCount(text: string): CheckedCount {
  const trimmed = text.trim();
  const rule = `it must be a whole number from 0 to ${MAX_ITERATION.toLocaleString('en-US')}`;
  if (trimmed === '') return { ok: false, reason: `it is empty; ${rule}` };
  let value: number;
  if (GROUPED.test(trimmed)) value = Number(trimmed.replace(/[,\s_]/g, ''));
  else if (PLAIN.test(trimmed)) value = Number(trimmed);
  else return { ok: false, reason: `'${trimmed}' is not a whole number; ${rule}` };
  if (!Number.isInteger(value) || value > MAX_ITERATION) return { ok: false, reason: `${trimmed} is not allowed; ${rule}` };
  return { ok: true, value };
}

/** "Go to iteration": an iteration from 0 to MAX_ITERATION. */
export function checkIteration(text: string): Checked {
  const read = readCount(text);
  return read.ok ? read : { ok: false, message: `Go to iteration: ${read.reason}.` };
}

/** "Stop at": an iteration from 1 on, or "no limit" (null). */
export function checkStopAt(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === NO_LIMIT || trimmed === 'none' || trimmed === '∞') return { ok: true, value: null };
  const read = readCount(text);
  if (!read.ok) return { ok: false, message: `Stop at: ${read.reason}, or "${NO_LIMIT}".` };
  if (read.value === 0) return { ok: false, message: `Stop at: 0 is not allowed; Run stops at 1 iteration or more, or "${NO_LIMIT}".` };
  return read;
}
