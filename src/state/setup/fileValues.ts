import { INPUT_COUNT, MAX_ITERATION, MAX_ROWS } from '../limits';
import { TARGET_COLUMN, cellName, checkCell, type CellColumn, type Dataset } from '../table';
import { checkLearningRate, type Checked } from '../settingsValidation';
import { quote } from '../../text/userText';
import { MAX_SEGMENTS, type RunSegment } from '../../core/runPlan';
import type { FileProblem, Json, JsonObject } from './setup';

/* Reading the values of a state file (JSON): each reader names the field at fault and the rule it breaks. */

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value as a message names it: "nothing", "a list", "the text '1'", "2.5". */
export function describe(value: Json | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return String(value);
}

/** A number checked by one of the store's field checks (they take text, as typed). */
export function checkNumber(value: Json | undefined, where: string, check: (text: string) => Checked, problems: FileProblem[]): number | undefined {
  if (typeof value !== 'number') {
    problems.push({ where, message: `${describe(value)} is not allowed; it must be a number.` });
    return undefined;
  }
  const checked = check(String(value));
  if (!checked.ok) {
    problems.push({ where: null, message: checked.message });
    return undefined;
  }
  return checked.value;
}

/** An on/off view option: true or false. */
export function readSwitch(value: Json, where: string, problems: FileProblem[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  problems.push({ where, message: `${describe(value)} is not allowed; it must be true or false.` });
  return undefined;
}

export function readFileTable(table: Json | undefined, problems: FileProblem[]): Dataset | undefined {
  if (!isObject(table)) {
    problems.push({ where: 'table', message: `${describe(table)} was found; the file needs a table: { "inputs": [[...], ...], "targets": [...] }.` });
    return undefined;
  }
  const { inputs, targets } = table;
  const before = problems.length;
  if (!Array.isArray(inputs) || !Array.isArray(targets)) {
    problems.push({ where: 'table', message: 'the table needs two lists, "inputs" (one row of 3 numbers per example) and "targets" (one number per row).' });
    return undefined;
  }
  if (inputs.length === 0) problems.push({ where: 'table', message: 'the table has no rows: it needs from 1 to 64.' });
  if (inputs.length > MAX_ROWS) problems.push({ where: 'table', message: `the table has ${inputs.length} rows: it may have at most ${MAX_ROWS}.` });
  if (targets.length !== inputs.length) {
    problems.push({ where: 'table', message: `${inputs.length} rows of inputs but ${targets.length} targets: each row needs exactly one target.` });
  }
  if (problems.length > before) return undefined;

  const rows: number[][] = [];
  const values: number[] = [];
  const cell = (value: Json | undefined, r: number, column: CellColumn): number | undefined => {
    const where = cellName(r, column);
    if (typeof value !== 'number') {
      problems.push({ where, message: `${describe(value)} is not allowed; it must be a number.` });
      return undefined;
    }
    const checked = checkCell(String(value), column);
    if ('message' in checked) {
      problems.push({ where, message: checked.message });
      return undefined;
    }
    return checked.value;
  };
  inputs.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== INPUT_COUNT) {
      problems.push({ where: `Row ${r + 1}`, message: `${describe(row)}${Array.isArray(row) ? ` of ${row.length}` : ''} was found; each row needs ${INPUT_COUNT} inputs.` });
      return;
    }
    rows.push(row.map((value, c) => cell(value, r, c as CellColumn) ?? NaN));
  });
  targets.forEach((target, r) => values.push(cell(target, r, TARGET_COLUMN) ?? NaN));
  return problems.length > before ? undefined : { inputs: rows, targets: values };
}

/**
 * The run's later segments: [{ "from": 10000, "table": {...}, "learningRate": 1 }, ...], iterations ascending.
 * Each is checked as the table and the learning rate are; every problem is named (where: later[2].table, ...).
 */
export function readFileLater(value: Json, problems: FileProblem[]): RunSegment[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ where: 'later', message: `${describe(value)} was found; the later segments are a list of { "from", "table", "learningRate" }.` });
    return undefined;
  }
  if (value.length + 1 > MAX_SEGMENTS) {
    problems.push({ where: 'later', message: `the run has ${value.length + 1} tables: it may have at most ${MAX_SEGMENTS}.` });
    return undefined;
  }
  const before = problems.length;
  const segments: RunSegment[] = [];
  let previous = 0;
  value.forEach((item, i) => {
    const where = `later[${i + 1}]`;
    if (!isObject(item)) {
      problems.push({ where, message: `${describe(item)} was found; each later segment is { "from", "table", "learningRate" }.` });
      return;
    }
    const from = item.from;
    if (typeof from !== 'number' || !Number.isInteger(from) || from <= previous || from > MAX_ITERATION) {
      problems.push({
        where: `${where}.from`,
        message: `${describe(from)} is not allowed; it must be a whole number after ${previous === 0 ? '0' : `the segment before's ${previous}`} and at most ${MAX_ITERATION}.`,
      });
      return;
    }
    previous = from;
    const tableProblems: FileProblem[] = [];
    const table = readFileTable(item.table, tableProblems);
    problems.push(...tableProblems.map((problem) => ({ where: `${where}.${problem.where ?? 'table'}`, message: problem.message })));
    const rateProblems: FileProblem[] = [];
    const learningRate = checkNumber(item.learningRate, `${where}.learningRate`, checkLearningRate, rateProblems);
    problems.push(...rateProblems.map((problem) => ({ where: `${where}.learningRate`, message: problem.message })));
    if (table && learningRate !== undefined) segments.push({ from, inputs: table.inputs, targets: table.targets, learningRate });
  });
  return problems.length > before ? undefined : segments;
}

/**
 * A list of panel names: the known ones kept in order without repeats (in `order`'s order when given), an unknown
 * one left out with a warning, as a file made by a newer app may name a panel this one does not have.
 */
export function readFilePanels<P extends string>(
  value: Json,
  where: string,
  known: readonly P[],
  problems: FileProblem[],
  warnings: string[],
  inOrder = false,
): P[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ where, message: `${describe(value)} was found; it must be a list of panel names.` });
    return undefined;
  }
  const panels: P[] = [];
  for (const panel of value) {
    const id = known.find((candidate) => candidate === panel);
    if (!id) warnings.push(`The panel ${typeof panel === 'string' ? quote(panel) : describe(panel)} is not one this app has: it was left out.`);
    else if (!panels.includes(id)) panels.push(id);
  }
  return inOrder ? known.filter((id) => panels.includes(id)) : panels;
}
