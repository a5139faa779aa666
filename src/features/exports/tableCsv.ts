import { INPUT_COUNT, MAX_ROWS, TARGET_COLUMN, checkCell, parseNumber, type CellColumn, type Dataset } from '../../state';
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

/** The fields of one line, trimmed, quotes removed; empty fields at the end (a spreadsheet's habit) dropped. */
function fieldsOf(line: string, separator: string): string[] {
  const fields = line.split(separator).map((field) => {
    const trimmed = field.trim();
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).trim() : trimmed;
  });
  while (fields.length > COLUMNS && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** A header names its columns: no field is a number. (A data line with one bad cell is data, and gets an error.) */
function isHeader(fields: string[]): boolean {
  return fields.every((field) => !parseNumber(field).ok);
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
    return { where: 'Line 1', message: `the header has ${fields.length} columns (${fields.join(', ')}); ${COLUMNS_RULE}.` };
  }
  return null;
}

/**
 * Reads a training table from CSV text: one row per line, Input 1, Input 2, Input 3, Target, with an optional
 * header line. Commas, semicolons or tabs separate the values. Never throws: every problem names its line
 * (counted from 1 as an editor shows it) and its column, with the rule it breaks.
 */
export function parseTableCsv(text: string): ImportResult<Dataset> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex < 0) return failure([{ where: null, message: 'The file is empty: a table file has one row per line.' }]);
  const separator = separatorOf(lines[firstIndex]!);

  const problems: ImportProblem[] = [];
  const inputs: number[][] = [];
  const targets: number[] = [];
  let headerSeen = false;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineName = `Line ${index + 1}`;
    const fields = fieldsOf(line, separator);
    if (index === firstIndex && isHeader(fields)) {
      headerSeen = true;
      const problem = headerProblem(fields);
      if (problem) problems.push({ ...problem, where: lineName });
      return;
    }
    if (fields.length !== COLUMNS) {
      problems.push({ where: lineName, message: `has ${fields.length} value${fields.length === 1 ? '' : 's'}; ${COLUMNS_RULE}.` });
      return;
    }
    const values: number[] = [];
    fields.forEach((field, c) => {
      const checked = checkCell(field, c as CellColumn);
      if ('message' in checked) problems.push({ where: `${lineName}, ${COLUMN_NAMES[c]}`, message: checked.message });
      else values.push(checked.value);
    });
    if (values.length === COLUMNS) {
      inputs.push(values.slice(0, INPUT_COUNT));
      targets.push(values[TARGET_COLUMN]!);
    }
  });

  const rowCount = lines.filter((line, index) => line.trim() !== '' && !(headerSeen && index === firstIndex)).length;
  if (rowCount === 0) problems.push({ where: null, message: 'The file has a header but no rows: add at least one row of numbers.' });
  if (rowCount > MAX_ROWS) problems.unshift({ where: null, message: `The file has ${rowCount} rows: a table may have at most ${MAX_ROWS}.` });
  if (problems.length > 0) return failure(problems);
  return { ok: true, value: { inputs, targets }, warnings: [] };
}
