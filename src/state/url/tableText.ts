import type { Dataset } from '../table';
import { INPUT_COUNT, MAX_ROWS } from '../limits';
import { readInput, readTarget, writeNumber, type ReadValue } from './numberText';
import type { InputsProblem, TableProblem, ValueProblem } from './linkProblem';

/*
 * The table in a link (the `data` parameter), and the test input (`test`), written so a teacher can copy it
 * onto a board:
 *
 *   data    = row ("," row)*                    rows in order, at most MAX_ROWS
 *   row     = inputs "-" target                 011-1  is inputs 0, 1, 1 and target 1
 *   inputs  = digit digit digit                 compact form, when all three inputs are whole numbers 0 to 9
 *           | number "_" number "_" number      0.5_-1.25_2  (any other numbers)
 *   target  = number                            from 0 to 1
 *   number  = JavaScript's shortest form of the double: 0.1, -1.25, 1e-7, 123456.789
 *
 * So the tutorial's table is `011-1,100-0,101-1`, and `0.5_-1.25_2-0.9` is one row with inputs 0.5, -1.25, 2
 * and target 0.9. Unambiguous: the "-" before the target is the last "-" that does not begin a number
 * (it follows neither "_", "e" nor another "-", and is not the first character), and none of "," "_" "-" "."
 * needs escaping in a query string.
 */

export const ROW_SEPARATOR = ',';
export const INPUT_SEPARATOR = '_';
export const TARGET_SEPARATOR = '-';

const COMPACT_DIGIT = /^[0-9]$/;

/** Three inputs: "011" when each is a digit 0 to 9, else "0.5_-1.25_2". */
export function writeInputs(inputs: readonly number[]): string {
  const compact = inputs.every((value) => Number.isInteger(value) && value >= 0 && value <= 9);
  return compact ? inputs.map(writeNumber).join('') : inputs.map(writeNumber).join(INPUT_SEPARATOR);
}

export function writeTable(dataset: Dataset): string {
  return dataset.inputs
    .map((inputs, r) => `${writeInputs(inputs)}${TARGET_SEPARATOR}${writeNumber(dataset.targets[r]!)}`)
    .join(ROW_SEPARATOR);
}

export type { InputsProblem };

export type ReadInputs = { ok: true; values: number[] } | { ok: false; problems: InputsProblem[] };

export function readInputs(text: string): ReadInputs {
  const compact = !text.includes(INPUT_SEPARATOR);
  const pieces = compact ? Array.from(text) : text.split(INPUT_SEPARATOR);
  if (pieces.length !== INPUT_COUNT) {
    return { ok: false, problems: [{ input: null, problem: { code: 'inputCount', text, compact, count: pieces.length, needed: INPUT_COUNT } }] };
  }
  const values: number[] = [];
  const problems: InputsProblem[] = [];
  pieces.forEach((piece, i) => {
    const read: ReadValue =
      compact && !COMPACT_DIGIT.test(piece) ? { ok: false, problem: { code: 'number', problem: { code: 'notANumber', text: piece } } } : readInput(piece);
    if (read.ok) values.push(read.value);
    else problems.push({ input: i + 1, problem: read.problem });
  });
  return problems.length === 0 ? { ok: true, values } : { ok: false, problems };
}

/** Where the target begins: after the last "-" that does not begin a number. -1 when there is none. */
function targetSeparatorIndex(row: string): number {
  for (let i = row.length - 1; i > 0; i--) {
    if (row[i] !== TARGET_SEPARATOR) continue;
    const before = row[i - 1]!;
    if (before !== INPUT_SEPARATOR && before !== TARGET_SEPARATOR && before !== 'e' && before !== 'E') return i;
  }
  return -1;
}

export interface ReadTable {
  /** The valid rows, in order; null when none is usable. */
  dataset: Dataset | null;
  /** What was wrong, as codes naming row and input (worded "Table row 2, input 3: 'abc' is not a number; ..."). */
  messages: TableProblem[];
}

/** Reads the `data` parameter. Rows with a problem are left out, each with a message; the rest are kept. */
export function readTable(text: string): ReadTable {
  const messages: TableProblem[] = [];
  const inputs: number[][] = [];
  const targets: number[] = [];
  const rows = text.split(ROW_SEPARATOR);
  let written = 0;
  rows.forEach((row, r) => {
    const row1 = r + 1;
    // An empty row (a trailing comma, two commas) holds nothing to lose: skipped without a word.
    if (row.trim() === '') return;
    written += 1;
    if (written > MAX_ROWS) return;
    const at = targetSeparatorIndex(row);
    if (at < 0) {
      messages.push({ code: 'rowNoTarget', row: row1, text: row });
      return;
    }
    const rowInputs = readInputs(row.slice(0, at));
    const target = readTarget(row.slice(at + 1));
    if (!rowInputs.ok || !target.ok) {
      const targetProblem: ValueProblem | null = target.ok ? null : target.problem;
      messages.push({ code: 'rowBad', row: row1, inputs: rowInputs.ok ? [] : rowInputs.problems, target: targetProblem });
      return;
    }
    inputs.push(rowInputs.values);
    targets.push(target.value);
  });
  if (written > MAX_ROWS) {
    messages.push({ code: 'tooManyRows', rows: written, most: MAX_ROWS });
  }
  return { dataset: inputs.length > 0 ? { inputs, targets } : null, messages };
}
