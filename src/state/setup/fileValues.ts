import { INPUT_COUNT, MAX_ITERATION, MAX_ROWS } from '../limits';
import { TARGET_COLUMN, checkCell, type CellColumn, type Dataset } from '../table';
import { checkLearningRate, type Checked } from '../settingsValidation';
import { unknownPanelWarning } from '../../text/fileProblemText';
import { fileProblem, jsonValue, type FileWhere } from './fileProblem';
import { MAX_SEGMENTS, type RunSegment } from '../../core/runPlan';
import type { FileProblem, Json, JsonObject } from './setup';

/* Reading the values of a state file (JSON): each reader names the field at fault and the rule it breaks. */

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number checked by one of the store's field checks (they take text, as typed). */
export function checkNumber(value: Json | undefined, where: FileWhere, check: (text: string) => Checked, problems: FileProblem[]): number | undefined {
  if (typeof value !== 'number') {
    problems.push(fileProblem(where, { code: 'notNumber', value: jsonValue(value) }));
    return undefined;
  }
  const checked = check(String(value));
  if (!checked.ok) {
    problems.push(fileProblem(null, { code: 'rule', words: checked.message }));
    return undefined;
  }
  return checked.value;
}

/** An on/off view option: true or false. */
export function readSwitch(value: Json, where: string, problems: FileProblem[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  problems.push(fileProblem({ path: where }, { code: 'notOnOff', value: jsonValue(value) }));
  return undefined;
}

export function readFileTable(table: Json | undefined, problems: FileProblem[]): Dataset | undefined {
  if (!isObject(table)) {
    problems.push(fileProblem({ path: 'table' }, { code: 'tableNotObject', value: jsonValue(table), shape: '{ "inputs": [[...], ...], "targets": [...] }' }));
    return undefined;
  }
  const { inputs, targets } = table;
  const before = problems.length;
  if (!Array.isArray(inputs) || !Array.isArray(targets)) {
    problems.push(fileProblem({ path: 'table' }, { code: 'tableNotLists' }));
    return undefined;
  }
  if (inputs.length === 0) problems.push(fileProblem({ path: 'table' }, { code: 'tableNoRows', most: MAX_ROWS }));
  if (inputs.length > MAX_ROWS) problems.push(fileProblem({ path: 'table' }, { code: 'tableTooManyRows', rows: inputs.length, most: MAX_ROWS }));
  if (targets.length !== inputs.length) {
    problems.push(fileProblem({ path: 'table' }, { code: 'tableCounts', inputs: inputs.length, targets: targets.length }));
  }
  if (problems.length > before) return undefined;

  const rows: number[][] = [];
  const values: number[] = [];
  const cell = (value: Json | undefined, r: number, column: CellColumn): number | undefined => {
    const where: FileWhere = { cell: { row: r, column } };
    if (typeof value !== 'number') {
      problems.push(fileProblem(where, { code: 'notNumber', value: jsonValue(value) }));
      return undefined;
    }
    const checked = checkCell(String(value), column);
    if ('message' in checked) {
      problems.push(fileProblem(where, { code: 'rule', words: checked.message }));
      return undefined;
    }
    return checked.value;
  };
  inputs.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== INPUT_COUNT) {
      problems.push(fileProblem({ row: r + 1 }, { code: 'rowShape', value: jsonValue(row), length: Array.isArray(row) ? row.length : null, needed: INPUT_COUNT }));
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
    problems.push(fileProblem({ path: 'later' }, { code: 'laterNotList', value: jsonValue(value) }));
    return undefined;
  }
  if (value.length + 1 > MAX_SEGMENTS) {
    problems.push(fileProblem({ path: 'later' }, { code: 'laterTooMany', tables: value.length + 1, most: MAX_SEGMENTS }));
    return undefined;
  }
  const before = problems.length;
  const segments: RunSegment[] = [];
  let previous = 0;
  value.forEach((item, i) => {
    const where = `later[${i + 1}]`;
    if (!isObject(item)) {
      problems.push(fileProblem({ path: where }, { code: 'laterItem', value: jsonValue(item) }));
      return;
    }
    const from = item.from;
    if (typeof from !== 'number' || !Number.isInteger(from) || from <= previous || from > MAX_ITERATION) {
      problems.push(fileProblem({ path: `${where}.from` }, { code: 'laterFrom', value: jsonValue(from), previous, most: MAX_ITERATION }));
      return;
    }
    previous = from;
    const tableProblems: FileProblem[] = [];
    const table = readFileTable(item.table, tableProblems);
    problems.push(...tableProblems.map((problem) => ({ where: `${where}.${problem.where ?? 'table'}`, message: problem.message })));
    const rateProblems: FileProblem[] = [];
    const learningRate = checkNumber(item.learningRate, { path: `${where}.learningRate` }, checkLearningRate, rateProblems);
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
    problems.push(fileProblem({ path: where }, { code: 'panelsNotList', value: jsonValue(value) }));
    return undefined;
  }
  const panels: P[] = [];
  for (const panel of value) {
    const id = known.find((candidate) => candidate === panel);
    if (!id) warnings.push(unknownPanelWarning(jsonValue(panel)));
    else if (!panels.includes(id)) panels.push(id);
  }
  return inOrder ? known.filter((id) => panels.includes(id)) : panels;
}
