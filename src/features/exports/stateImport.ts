import {
  INPUT_COUNT,
  MAX_ITERATION,
  MAX_ROWS,
  TARGET_COLUMN,
  cellName,
  checkCell,
  checkLearningRate,
  checkSeed,
  checkTestInput,
  type CellColumn,
  type Checked,
  type PanelId,
} from '../../state';
import { quote } from '../../text/userText';
import { MAX_SEGMENTS, type RunSegment } from '../../core';
import { failure, type ImportProblem, type ImportResult } from './importProblem';
import { KNOWN_PANELS, type ImportedState, type ViewOptions } from './labSnapshot';
import { STATE_FORMAT, STATE_VERSION } from './stateJson';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: Json | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return String(value);
}

/** "Line 3, column 14" for a JSON.parse error that gives a character position. */
function syntaxProblem(text: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (!position) return { where: null, message: `The file is not valid JSON (${reason}).` };
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { where: `Line ${line}, column ${column}`, message: `the file stops being valid JSON here (${reason}).` };
}

/** A number checked by one of the store's field checks (they take text, as typed). */
function checkNumber(value: Json | undefined, where: string, check: (text: string) => Checked, problems: ImportProblem[]): number | undefined {
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

function readTable(table: Json | undefined, problems: ImportProblem[]): ImportedState['table'] | undefined {
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

function readTestInput(value: Json, problems: ImportProblem[]): [number, number, number] | undefined {
  if (!Array.isArray(value) || value.length !== INPUT_COUNT) {
    problems.push({ where: 'testInput', message: `${describe(value)} was found; the test input is a list of ${INPUT_COUNT} numbers.` });
    return undefined;
  }
  const before = problems.length;
  const numbers = value.map((v, i) => checkNumber(v, `Test input ${i + 1}`, (text) => checkTestInput(text, i as 0 | 1 | 2), problems) ?? NaN);
  return problems.length > before ? undefined : (numbers as [number, number, number]);
}

function readView(value: Json, problems: ImportProblem[], warnings: string[]): Partial<ViewOptions> | undefined {
  if (!isObject(value)) {
    problems.push({ where: 'view', message: `${describe(value)} was found; the view options are an object.` });
    return undefined;
  }
  const view: Partial<ViewOptions> = {};
  for (const key of ['logAxis', 'presenter'] as const) {
    const option = value[key];
    if (option === undefined) continue;
    if (typeof option === 'boolean') view[key] = option;
    else problems.push({ where: `view.${key}`, message: `${describe(option)} is not allowed; it must be true or false.` });
  }
  const hidden = value.hiddenPanels;
  if (hidden !== undefined) {
    if (!Array.isArray(hidden)) {
      problems.push({ where: 'view.hiddenPanels', message: `${describe(hidden)} was found; it must be a list of panel names.` });
    } else {
      const panels: PanelId[] = [];
      for (const panel of hidden) {
        const known = KNOWN_PANELS.find((id) => id === panel);
        if (!known) warnings.push(`The panel ${typeof panel === 'string' ? quote(panel) : describe(panel)} is not one this app has: it was left out.`);
        else if (!panels.includes(known)) panels.push(known);
      }
      view.hiddenPanels = panels;
    }
  }
  return view;
}

/**
 * The run's later segments: [{ "from": 10000, "table": {...}, "learningRate": 1 }, ...], iterations ascending.
 * Each is checked as the table and the learning rate are; every problem is named (where: later[2].table, ...).
 */
function readLater(value: Json, problems: ImportProblem[]): RunSegment[] | undefined {
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
    const tableProblems: ImportProblem[] = [];
    const table = readTable(item.table, tableProblems);
    problems.push(...tableProblems.map((problem) => ({ where: `${where}.${problem.where ?? 'table'}`, message: problem.message })));
    const rateProblems: ImportProblem[] = [];
    const learningRate = checkNumber(item.learningRate, `${where}.learningRate`, checkLearningRate, rateProblems);
    problems.push(...rateProblems.map((problem) => ({ where: `${where}.learningRate`, message: problem.message })));
    if (table && learningRate !== undefined) segments.push({ from, inputs: table.inputs, targets: table.targets, learningRate });
  });
  return problems.length > before ? undefined : segments;
}

/**
 * Reads a state file written by `stateJson`. Never throws: every problem names the field (or the line and column
 * where the JSON breaks) and the rule. The table is required; each other part is restored only if present.
 */
export function parseStateJson(text: string): ImportResult<ImportedState> {
  let document: Json;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch (error) {
    return failure([syntaxProblem(text.replace(/^\uFEFF/, ''), error)]);
  }
  if (!isObject(document)) {
    return failure([{ where: null, message: `The file holds ${describe(document)}, not a Neuron Lab state: that is a JSON object with "format": "${STATE_FORMAT}".` }]);
  }
  if (document.format !== STATE_FORMAT) {
    return failure([{ where: 'format', message: `${describe(document.format)} was found: this is not a Neuron Lab state file (it would say "format": "${STATE_FORMAT}").` }]);
  }
  const version = document.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > STATE_VERSION) {
    return failure([{ where: 'version', message: `the file was made by a newer Neuron Lab (format version ${version}); this one reads version ${STATE_VERSION}. Open it in the newer app.` }]);
  }
  if (version !== STATE_VERSION) {
    return failure([{ where: 'version', message: `${describe(version)} is not a version this app reads; it reads version ${STATE_VERSION}.` }]);
  }

  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  const table = readTable(document.table, problems);
  const value: Partial<ImportedState> = { table };
  if (document.testInput !== undefined) value.testInput = readTestInput(document.testInput, problems);
  if (document.seed !== undefined) value.seed = checkNumber(document.seed, 'seed', checkSeed, problems);
  if (document.learningRate !== undefined) value.learningRate = checkNumber(document.learningRate, 'learningRate', checkLearningRate, problems);
  if (document.iteration !== undefined) {
    const iteration = document.iteration;
    if (typeof iteration === 'number' && Number.isInteger(iteration) && iteration >= 0 && iteration <= MAX_ITERATION) value.iteration = iteration;
    else problems.push({ where: 'iteration', message: `${describe(iteration)} is not allowed; the iteration must be a whole number from 0 to ${MAX_ITERATION}.` });
  }
  if (document.later !== undefined) {
    const later = readLater(document.later, problems);
    if (later && later.length > 0) value.later = later;
  }
  if (document.view !== undefined) value.view = readView(document.view, problems, warnings);
  if (problems.length > 0 || !table) return failure(problems);
  return { ok: true, value: { ...value, table }, warnings };
}
