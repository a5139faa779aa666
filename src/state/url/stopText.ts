import { MAX_ITERATION } from '../limits';
import { DEFAULT_STOP_AT } from '../stops';
import { readWholeNumber } from './numberText';
import { quote } from './quote';
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
  const instead = `Run stops at ${DEFAULT_STOP_AT.toLocaleString('en-US')}.`;
  const read = readWholeNumber(trimmed, MAX_ITERATION);
  if (!read.ok) return { problems: [`Stop at (stop): ${read.message}, or ${NO_LIMIT_IN_LINK}; ${instead}`] };
  if (read.value === 0) return { problems: [`Stop at (stop): ${quote(trimmed)} is not allowed; Run stops at 1 iteration or more, or ${NO_LIMIT_IN_LINK}; ${instead}`] };
  return { value: read.value, problems: [] };
}
