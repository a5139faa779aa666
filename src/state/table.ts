import { t } from '@lingui/core/macro';
import { parseNumber, type ParseOptions } from './parseNumber';
import { formatCount, formatDecimalText } from '../format/number';
import { INPUT_COUNT, MAX_CELL_CHARS, MAX_INPUT_MAGNITUDE, MAX_ROWS } from './limits';

/** A table the neuron can train on: `inputs[r]` has INPUT_COUNT numbers, `targets[r]` is in [0, 1]. */
export interface Dataset {
  inputs: number[][];
  targets: number[];
}

/** Columns of the table: 0, 1, 2 are inputs 1 to 3; 3 is the target. */
export type CellColumn = 0 | 1 | 2 | 3;
export const TARGET_COLUMN: CellColumn = 3;

/** One row as the user typed it: text is kept as typed, so nothing typed is ever lost. */
export interface RowDraft {
  /** Stable across edits and deletions, for React keys. */
  id: number;
  cells: [string, string, string, string];
}

/** Something wrong with a cell (or, with column null, with the table as a whole). Rows count from 0. */
export interface CellProblem {
  row: number;
  column: CellColumn | null;
  message: string;
}

/** "Row 2, Input 3" / "Row 1, Target": the name a person (and a screen reader) uses for a cell. */
export function cellName(row: number, column: CellColumn): string {
  const shownRow = row + 1;
  const input = column + 1;
  return column === TARGET_COLUMN ? t`Row ${shownRow}, Target` : t`Row ${shownRow}, Input ${input}`;
}

/**
 * What the app says when text longer than a cell holds is typed or pasted in: its length, never the text (a
 * paste may be megabytes), and the rule.
 */
export function tooLongMessage(name: string, length: number): string {
  const chars = formatCount(length);
  const most = MAX_CELL_CHARS;
  return t`${name}: that text is ${chars} characters long; it holds at most ${most}, so it was not put in.`;
}

/** Checks one cell. Returns the problem's message, or null when the text is a valid value for that column. */
export function checkCell(text: string, column: CellColumn, options: ParseOptions = {}): { value: number } | { message: string } {
  const parsed = parseNumber(text, options);
  if (!parsed.ok) {
    const reason = parsed.reason;
    return { message: column === TARGET_COLUMN ? t`${reason}; type a number from 0 to 1.` : t`${reason}; type a number.` };
  }
  const value = formatDecimalText(String(parsed.value));
  if (column === TARGET_COLUMN) {
    if (parsed.value < 0 || parsed.value > 1) return { message: t`${value} is outside 0 to 1; a target must be from 0 to 1.` };
  } else if (Math.abs(parsed.value) > MAX_INPUT_MAGNITUDE) {
    return { message: t`${value} is too large to train on; an input must be from -1000000 to 1000000.` };
  }
  return { value: parsed.value };
}

/**
 * Reads every cell. Returns the dataset when the whole table is valid (null otherwise) and every problem found,
 * each naming its cell and the rule it breaks.
 */
export function readTable(rows: readonly RowDraft[]): { dataset: Dataset | null; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  if (rows.length === 0) problems.push({ row: 0, column: null, message: t`The table has no rows: add at least one row.` });
  if (rows.length > MAX_ROWS) {
    const count = rows.length;
    problems.push({ row: MAX_ROWS, column: null, message: t`The table has ${count} rows: at most ${MAX_ROWS} are allowed.` });
  }
  const inputs: number[][] = [];
  const targets: number[] = [];
  rows.forEach((row, r) => {
    const values: number[] = [];
    row.cells.forEach((text, c) => {
      const column = c as CellColumn;
      const checked = checkCell(text, column);
      if ('message' in checked) {
        const name = cellName(r, column);
        const problem = checked.message;
        problems.push({ row: r, column, message: t`${name}: ${problem}` });
      }
      else values.push(checked.value);
    });
    inputs.push(values.slice(0, INPUT_COUNT));
    targets.push(values[INPUT_COUNT] ?? 0);
  });
  return { dataset: problems.length === 0 ? { inputs, targets } : null, problems };
}

/** Text for a number in a cell: the shortest text that reads back as the same number. */
export function formatCell(value: number): string {
  return String(value);
}

export function rowsFromDataset(dataset: Dataset, firstId: number): RowDraft[] {
  return dataset.inputs.map((inputs, r) => ({
    id: firstId + r,
    cells: [formatCell(inputs[0]!), formatCell(inputs[1]!), formatCell(inputs[2]!), formatCell(dataset.targets[r]!)],
  }));
}
