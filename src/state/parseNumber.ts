import { quote } from '../text/userText';
import { screenWritesDecimalComma } from '../format/number';

/** Decimal numbers as people type them: "1", "-0.5", ".25", "1e-3". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export type Parsed = { ok: true; value: number } | { ok: false; reason: string };

/**
 * What to type instead of a number with a comma: the text without its commas, and with a decimal point. In
 * English a comma may group thousands ("1,000") or, in much of the world, mark a decimal ("1,5"): the app
 * cannot tell which was meant, so it reads neither and says both ways to write it.
 */
function commaAdvice(text: string): string {
  const ungrouped = text.replaceAll(',', '');
  const decimal = text.split(',').length === 2 ? text.replace(',', '.') : null;
  const ways = [DECIMAL.test(ungrouped) ? `${ungrouped} without the comma` : null, decimal && DECIMAL.test(decimal) ? `${decimal} with a decimal point` : null];
  const shown = ways.filter((way) => way !== null);
  return shown.length > 0 ? `; type ${shown.join(', or ')}` : '';
}

/** "1,5", "-0,25", ",5": one comma between digits and no point, as German, Spanish and French write a decimal. */
const DECIMAL_COMMA = /^[+-]?\d*,\d+(e[+-]?\d+)?$/i;

export interface ParseOptions {
  /**
   * Whether "1,5" is 1.5: on screen in a language that writes the decimal comma, yes (and "1.5" still is 1.5: the
   * point is never a thousands separator here, so neither reading is ambiguous); in links and files never, so a
   * link or a CSV reads the same in every language.
   */
  decimalComma?: boolean;
}

/**
 * Parses one typed number. Never throws; says in words why a text is not a number, quoting it safely (cut, with
 * hidden characters shown). A comma is refused (see commaAdvice), except as the decimal comma of the screen's
 * language.
 */
export function parseNumber(text: string, { decimalComma = screenWritesDecimalComma() }: ParseOptions = {}): Parsed {
  const typed = text.trim();
  const trimmed = decimalComma && DECIMAL_COMMA.test(typed) ? typed.replace(',', '.') : typed;
  if (trimmed === '') return { ok: false, reason: 'is empty' };
  if (trimmed.includes(',') && trimmed.length <= 64) {
    return { ok: false, reason: `${quote(trimmed)} has a comma, which could group thousands or mark a decimal${commaAdvice(trimmed)}` };
  }
  if (!DECIMAL.test(trimmed)) return { ok: false, reason: `${quote(trimmed)} is not a number` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, reason: `${quote(trimmed)} is too large` };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
