import { screenWritesDecimalComma } from '../format/number';
import { numberProblemText } from '../text/numberProblemText';
import type { NumberProblem } from './numberProblem';

/** Decimal numbers as people type them: "1", "-0.5", ".25", "1e-3". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A typed number, or why it is not one: the problem as a code with its parts, and `reason`, the problem worded in
 * the screen's language when it is read (so a message shown later follows a change of language).
 */
export type Parsed = { ok: true; value: number } | { ok: false; problem: NumberProblem; readonly reason: string };

function refused(problem: NumberProblem): Parsed {
  return {
    ok: false,
    problem,
    get reason() {
      return numberProblemText(problem);
    },
  };
}

/**
 * What to type instead of a number with a comma: the text without its commas, and with a decimal point. In
 * English a comma may group thousands ("1,000") or, in much of the world, mark a decimal ("1,5"): the app
 * cannot tell which was meant, so it reads neither and says both ways to write it.
 */
function commaProblem(text: string): NumberProblem {
  const ungrouped = text.replaceAll(',', '');
  const decimal = text.split(',').length === 2 ? text.replace(',', '.') : null;
  return { code: 'comma', text, ungrouped: DECIMAL.test(ungrouped) ? ungrouped : null, decimal: decimal !== null && DECIMAL.test(decimal) ? decimal : null };
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
 * Parses one typed number. Never throws; says why a text is not a number as a code (worded in `reason`, the text
 * quoted safely: cut, with hidden characters shown). A comma is refused (see commaAdvice), except as the decimal comma of the screen's
 * language.
 */
export function parseNumber(text: string, { decimalComma = screenWritesDecimalComma() }: ParseOptions = {}): Parsed {
  const typed = text.trim();
  const trimmed = decimalComma && DECIMAL_COMMA.test(typed) ? typed.replace(',', '.') : typed;
  if (trimmed === '') return refused({ code: 'empty' });
  if (trimmed.includes(',') && trimmed.length <= 64) return refused(commaProblem(trimmed));
  if (!DECIMAL.test(trimmed)) return refused({ code: 'notANumber', text: trimmed });
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return refused({ code: 'tooLarge', text: trimmed });
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
