import { formatDecimalText, screenWritesDecimalComma } from './number';

/**
 * A field's number text between the machine's form, which the store, links and files keep ("0.5"), and the screen's
 * ("0,5" in German, Spanish and French). Only a plain decimal changes, and only its separator: the digits are the
 * ones typed or stored, never rounded. Anything else (a typo, "1.000,5", a text too odd to guess) stays exactly as
 * it is, so the field still shows what was typed and its message can quote it.
 */

/** "0.5", "-.25", "1.5e-3", "0.": a decimal written with a point. */
const POINT_DECIMAL = /^\s*[+-]?\d*\.\d*(e[+-]?\d*)?\s*$/i;
/** "0,5", "-,25", "1,5e-3", "0,": the same with a decimal comma. */
const COMMA_DECIMAL = /^\s*[+-]?\d*,\d*(e[+-]?\d*)?\s*$/i;

/** Stored text as the screen writes it: "0.5" -> "0,5" in German; in English, and for any other text, as it is. */
export function screenNumberText(stored: string): string {
  return POINT_DECIMAL.test(stored) ? formatDecimalText(stored) : stored;
}

/** Typed text as the store keeps it: "0,5" -> "0.5" where the screen writes the decimal comma; else as typed. */
export function storedNumberText(typed: string): string {
  return screenWritesDecimalComma() && COMMA_DECIMAL.test(typed) ? typed.replace(',', '.') : typed;
}
