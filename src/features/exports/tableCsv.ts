import { INPUT_COUNT, MAX_ROWS, TARGET_COLUMN, checkCell, parseNumber, type CellColumn, type Dataset } from '../../state';
import { dsvFormat } from 'd3-dsv';
import { quote } from '../../text/userText';
import { failure, type ImportProblem, type ImportResult } from './importProblem';

const COLUMN_NAMES = ['Input 1', 'Input 2', 'Input 3', 'Target'] as const;
const COLUMNS = INPUT_COUNT + 1;
const COLUMNS_RULE = `each row needs ${COLUMNS} values: ${COLUMN_NAMES.join(', ')}`;

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
function fieldsOf(record: string[], separator: string): string[] {
  const fields = record.map((field) => {
    const trimmed = field.trim();
    return separator === ';' && DECIMAL_COMMA.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  });
  while (fields.length > COLUMNS && fields[fields.length - 1] === '') fields.pop();
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

/** What to say about a header that is not a table's. */
function headerProblem(fields: string[]): ImportProblem | null {
  if (/^iteration$/i.test(fields[0] ?? '')) {
    return {
      where: 'Line 1',
      message: `this is a history export (its columns start with ${fields[0]}), not a table; a table file has the columns ${COLUMN_NAMES.join(', ')}.`,
    };
  }
  if (fields.length !== COLUMNS) {
    return { where: 'Line 1', message: `the header has ${fields.length} columns (${quote(fields.join(', '))}); ${COLUMNS_RULE}.` };
  }
  return null;
}

/**
 * Reads a training table from CSV text (RFC 4180, read by d3-dsv: quoted fields may hold separators, quotes
 * doubled, even line breaks): one row per record, Input 1, Input 2, Input 3, Target, with an optional header.
 * Commas, semicolons or tabs separate the values. Never throws: every problem names its line (counted from 1 as
 * an editor shows it) and its column, with the rule it breaks.
 */
export function parseTableCsv(text: string): ImportResult<Dataset> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  if (firstLine === undefined) return failure([{ where: null, message: 'The file is empty: a table file has one row per line.' }]);
  const separator = separatorOf(firstLine);
  const records = dsvFormat(separator).parseRows(body);

  const problems: ImportProblem[] = [];
  const inputs: number[][] = [];
  const targets: number[] = [];
  let headerSeen = false;
  let firstSeen = false;
  let rowCount = 0;
  let line = 1;
  records.forEach((record) => {
    const lineName = `Line ${line}`;
    line += 1 + breaksIn(record);
    if (record.every((field) => field.trim() === '')) return;
    const fields = fieldsOf(record, separator);
    if (!firstSeen) {
      firstSeen = true;
      if (isHeader(fields)) {
        headerSeen = true;
        const problem = headerProblem(fields);
        if (problem) problems.push({ ...problem, where: lineName });
        return;
      }
    }
    rowCount++;
    if (fields.length !== COLUMNS) {
      problems.push({ where: lineName, message: `has ${fields.length} value${fields.length === 1 ? '' : 's'}; ${COLUMNS_RULE}.` });
      return;
    }
    const values: number[] = [];
    fields.forEach((field, c) => {
      const checked = checkCell(field, c as CellColumn, MACHINE);
      if ('message' in checked) problems.push({ where: `${lineName}, ${COLUMN_NAMES[c]}`, message: checked.message });
      else values.push(checked.value);
    });
    if (values.length === COLUMNS) {
      inputs.push(values.slice(0, INPUT_COUNT));
      targets.push(values[TARGET_COLUMN]!);
    }
  });

  if (rowCount === 0 && headerSeen) problems.push({ where: null, message: 'The file has a header but no rows: add at least one row of numbers.' });
  if (rowCount > MAX_ROWS) problems.unshift({ where: null, message: `The file has ${rowCount} rows: a table may have at most ${MAX_ROWS}.` });
  if (problems.length > 0) return failure(problems);
  return { ok: true, value: { inputs, targets }, warnings: [] };
}
