import { INPUT_COUNT, MAX_ROWS, TARGET_COLUMN, checkCell, parseNumber, type CellColumn, type Dataset } from '../../state';
import { fileProblem } from '../../state/setup/fileProblem';
import { csvFormatRows, dsvFormat } from 'd3-dsv';
import { failure, type ImportProblem, type ImportResult } from './importProblem';

/** The file's header, the same in every language (a file made in Berlin opens in London). */
const COLUMN_NAMES = ['Input 1', 'Input 2', 'Input 3', 'Target'] as const;
const COLUMNS = INPUT_COUNT + 1;
/** A file of both runs' tables (Compare) starts each row with its run: A or B. */
const RUN_COLUMN = 'Run';
const RUN_COLUMN_NAMES = [RUN_COLUMN, ...COLUMN_NAMES] as const;
const isRunColumn = (field: string | undefined) => /^run$/i.test(field ?? '');

/** The tables a table file holds: run A's, and run B's when it has a Run column with rows of B. */
export interface TableFile {
  dataset: Dataset;
  runB?: Dataset;
}

/**
 * A table as CSV (written by d3-dsv, RFC 4180): a header, then one row per line, Input 1, Input 2, Input 3,
 * Target; with run B (Compare) a first column "Run" says A or B, run A's rows first. Numbers are the shortest text
 * that reads back as the same double, so parseTableCsv gives back the exact tables.
 */
export function tableCsv(dataset: Dataset, runB?: Dataset): string {
  const rowsOf = (table: Dataset) => table.inputs.map((row, r) => [...row, table.targets[r]!].map(String));
  if (!runB) return csvFormatRows([[...COLUMN_NAMES], ...rowsOf(dataset)]) + '\n';
  const runRows = (run: string, table: Dataset) => rowsOf(table).map((row) => [run, ...row]);
  return csvFormatRows([[RUN_COLUMN, ...COLUMN_NAMES], ...runRows('A', dataset), ...runRows('B', runB)]) + '\n';
}

export const TABLE_FILE_NAME = 'neuron_lab_table.csv';

/**
 * The separator of a table file: a tab or a semicolon when the first line has one (spreadsheets in countries that
 * write 0,5 save with semicolons), a comma otherwise.
 */
function separatorOf(line: string): string {
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  return ',';
}

/** A file reads the same in every language: a comma is a decimal only in a file separated by semicolons (below). */
const MACHINE = { decimalComma: false } as const;

/** A decimal comma, as a spreadsheet writing semicolon-separated files writes 0,5: one comma between digits. */
const DECIMAL_COMMA = /^[+-]?\d*,\d+(e[+-]?\d+)?$/i;

/**
 * The fields of one record, trimmed; empty fields at the end (a spreadsheet's habit) dropped. In a file separated
 * by semicolons the comma can only be the decimal separator: "0,5" is read as 0.5 there. Anywhere else a comma
 * in a number is refused by the cells' own rule (it could group thousands or mark a decimal).
 */
function fieldsOf(record: string[], separator: string, columns = COLUMNS): string[] {
  const fields = record.map((field) => {
    const trimmed = field.trim();
    return separator === ';' && DECIMAL_COMMA.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  });
  while (fields.length > columns && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** Line breaks inside a record's quoted fields: RFC 4180 allows them, and the lines after it count them. */
function breaksIn(record: string[]): number {
  let breaks = 0;
  for (const field of record) breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks;
}

/** A header names its columns: no field is a number. (A data line with one bad cell is data, and gets an error.) */
function isHeader(fields: string[]): boolean {
  return fields.every((field) => !parseNumber(field, MACHINE).ok);
}

/** What to say about a header that is not a table's (a Run column is a table of both runs' when the rest is a table's). */
function headerProblem(fields: string[], line: number): ImportProblem | null {
  const where = { csvLine: line, field: null };
  if (/^iteration$/i.test(fields[0] ?? '') || (isRunColumn(fields[0]) && /^iteration$/i.test(fields[1] ?? ''))) {
    return fileProblem(where, { code: 'csvHistoryExport', first: fields[0] ?? '', columns: COLUMN_NAMES });
  }
  const columns = isRunColumn(fields[0]) ? RUN_COLUMN_NAMES : COLUMN_NAMES;
  if (fields.length !== columns.length) return fileProblem(where, { code: 'csvHeaderColumns', count: fields.length, header: fields.join(', '), columns });
  return null;
}

/**
 * Reads a training table from CSV text (RFC 4180, read by d3-dsv: quoted fields may hold separators, quotes
 * doubled, even line breaks): one row per record, Input 1, Input 2, Input 3, Target, with an optional header.
 * Commas, semicolons or tabs separate the values. A header whose first column is "Run" makes a file of both
 * runs' tables (Compare, see tableCsv): each row's run is A or B. Never throws: every problem names its line
 * (counted from 1 as an editor shows it) and its column, with the rule it breaks.
 */
export function parseTableCsv(text: string): ImportResult<TableFile> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  if (firstLine === undefined) return failure([fileProblem(null, { code: 'csvEmpty' })]);
  const separator = separatorOf(firstLine);
  const records = dsvFormat(separator).parseRows(body);

  const problems: ImportProblem[] = [];
  const tables = { A: { inputs: [] as number[][], targets: [] as number[] }, B: { inputs: [] as number[][], targets: [] as number[] } };
  const rowCounts = { A: 0, B: 0 };
  let headerSeen = false;
  let runColumn = false;
  let firstSeen = false;
  let line = 1;
  records.forEach((record) => {
    const lineNumber = line;
    line += 1 + breaksIn(record);
    if (record.every((field) => field.trim() === '')) return;
    let fields = fieldsOf(record, separator, runColumn ? COLUMNS + 1 : COLUMNS);
    if (!firstSeen) {
      firstSeen = true;
      if (isHeader(fields)) {
        headerSeen = true;
        const problem = headerProblem(fields, lineNumber);
        if (problem) problems.push(problem);
        else runColumn = isRunColumn(fields[0]);
        return;
      }
    }
    let run: 'A' | 'B' = 'A';
    if (runColumn) {
      const name = (fields[0] ?? '').toUpperCase();
      if (name !== 'A' && name !== 'B') {
        rowCounts.A++;
        problems.push(fileProblem({ csvLine: lineNumber, field: 'run' }, { code: 'csvNotRun', text: fields[0] ?? '' }));
        return;
      }
      run = name;
      fields = fields.slice(1);
    }
    rowCounts[run]++;
    if (fields.length !== COLUMNS) {
      const count = fields.length + (runColumn ? 1 : 0);
      problems.push(fileProblem({ csvLine: lineNumber, field: null }, { code: 'csvRowValues', count, columns: runColumn ? RUN_COLUMN_NAMES : COLUMN_NAMES }));
      return;
    }
    const values: number[] = [];
    fields.forEach((field, c) => {
      const checked = checkCell(field, c as CellColumn, MACHINE);
      if ('message' in checked) problems.push(fileProblem({ csvLine: lineNumber, field: c as CellColumn }, { code: 'rule', words: checked.message }));
      else values.push(checked.value);
    });
    if (values.length === COLUMNS) {
      tables[run].inputs.push(values.slice(0, INPUT_COUNT));
      tables[run].targets.push(values[TARGET_COLUMN]!);
    }
  });

  const rowCount = rowCounts.A + rowCounts.B;
  if (rowCount === 0 && headerSeen) problems.push(fileProblem(null, { code: 'csvHeaderOnly' }));
  else if (rowCounts.A === 0 && rowCounts.B > 0) problems.push(fileProblem(null, { code: 'csvOnlyRunB' }));
  for (const run of ['B', 'A'] as const) {
    if (rowCounts[run] <= MAX_ROWS) continue;
    problems.unshift(fileProblem(null, { code: 'csvTooManyRows', rows: rowCounts[run], most: MAX_ROWS, run: runColumn ? run : null }));
  }
  if (problems.length > 0) return failure(problems);
  return { ok: true, value: { dataset: tables.A, ...(rowCounts.B > 0 ? { runB: tables.B } : {}) }, warnings: [] };
}
