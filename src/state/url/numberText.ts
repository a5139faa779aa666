import { parseNumber } from '../parseNumber';
import { MAX_INPUT_MAGNITUDE } from '../limits';
import type { ValueProblem } from './linkProblem';

/**
 * A number as a link writes it: JavaScript's shortest text that reads back as the same double (String(value)),
 * so 0.1 stays "0.1" and every double survives the trip exactly. -0 is written "0": the store never holds -0
 * (parseNumber reads "-0" as 0), and for the neuron both are the same input. Within the app's limits String()
 * never writes a "+" (it uses exponents only below 1e-6 or from 1e21 on), so no value needs escaping.
 */
export function writeNumber(value: number): string {
  return String(value);
}

export type ReadValue = { ok: true; value: number } | { ok: false; problem: ValueProblem };

/** Reads a number as the store's fields do (parseNumber, which quotes the text safely: a link may hold anything). */
export function readNumber(text: string): ReadValue {
  // A link is read the same in every language: the decimal point only.
  const parsed = parseNumber(text, { decimalComma: false });
  return parsed.ok ? parsed : { ok: false, problem: { code: 'number', problem: parsed.problem } };
}

/** One input of a row or of the test input: a number from -MAX_INPUT_MAGNITUDE to MAX_INPUT_MAGNITUDE. */
export function readInput(text: string): ReadValue {
  const read = readNumber(text);
  if (!read.ok) return read;
  if (Math.abs(read.value) > MAX_INPUT_MAGNITUDE) {
    return { ok: false, problem: { code: 'inputOutside', value: read.value, most: MAX_INPUT_MAGNITUDE } };
  }
  return read;
}

/** A target: a number from 0 to 1, as the table requires. */
export function readTarget(text: string): ReadValue {
  const read = readNumber(text);
  if (!read.ok) return read;
  if (!(read.value >= 0 && read.value <= 1)) return { ok: false, problem: { code: 'targetOutside', value: read.value } };
  return read;
}

/**
 * A whole number, as counts and seeds are written: "10000". A comma is refused as in every field ("10,000"
 * could be ten thousand or ten), with what to type instead.
 */
export function readWholeNumber(text: string, max: number): ReadValue {
  const trimmed = text.trim();
  const read = readNumber(trimmed);
  if (!read.ok) return { ok: false, problem: { code: 'wholeNumber', problem: read.problem.code === 'number' ? read.problem.problem : null, text: trimmed, most: max } };
  if (!Number.isInteger(read.value) || read.value < 0 || read.value > max) {
    return { ok: false, problem: { code: 'wholeNumber', problem: null, text: trimmed, most: max } };
  }
  return read;
}
