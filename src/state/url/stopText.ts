import { MAX_ITERATION } from '../limits';
import { DEFAULT_STOP_AT } from '../stops';
import { readWholeNumber } from './numberText';
import type { Read } from './params';

/** How a link writes "no limit" for Stop at: one plain word, easy to type from the board. */
export const NO_LIMIT_IN_LINK = 'none';

/**
 * A link's `stop`: a whole number from 1 to MAX_ITERATION, read as `it` is (a comma is refused, with what to type),
 * or "none" for no limit. Anything else keeps the default, 10,000, and says so.
 */
export function readStopAt(text: string): Read<number | null> {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === NO_LIMIT_IN_LINK) return { value: null, problems: [] };
  const read = readWholeNumber(trimmed, MAX_ITERATION);
  if (!read.ok) return { problems: [{ code: 'stopAt', problem: read.problem, fallback: DEFAULT_STOP_AT }] };
  if (read.value === 0) return { problems: [{ code: 'stopAtZero', text: trimmed, fallback: DEFAULT_STOP_AT }] };
  return { value: read.value, problems: [] };
}
