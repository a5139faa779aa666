import { t } from '@lingui/core/macro';
import { formatDecimalText } from '../format/number';
import { cellName } from '../state/table';
import type { FileSaid, FileWhere, JsonValue } from '../state/setup/fileProblem';
import { csvWhereText, importSaidText } from './importProblemText';
import { orList, presenterProblemText } from './linkProblemText';
import { quote } from './userText';

/*
 * A state file's problems (state/setup/fileProblem.ts) in the screen's language: the one place they are worded.
 * JSON names ("table", "inputs", "format", null, true) stay as the file writes them.
 */

const num = (value: number) => formatDecimalText(String(value));

/** A later segment as the file writes it (JSON, the same in every language). */
const SEGMENT_SHAPE = '{ "from", "table", "learningRate" }';

/** "nothing", "a list", "the text '1'", "2.5". */
export function jsonValueText(value: JsonValue): string {
  switch (value.kind) {
    case 'nothing':
      return t`nothing`;
    case 'null':
      return 'null';
    case 'list':
      return t`a list`;
    case 'object':
      return t`an object`;
    case 'text': {
      const typed = quote(value.text);
      return t`the text ${typed}`;
    }
    case 'plain':
      return value.text;
  }
}

/** "view.digits", "Row 2, Input 3", "Line 3, column 14", "runB.seed". */
export function fileWhereText(where: FileWhere): string {
  if ('path' in where) return where.path;
  if ('cell' in where) return cellName(where.cell.row, where.cell.column);
  if ('row' in where) {
    const row = where.row;
    return t`Row ${row}`;
  }
  if ('testInput' in where) {
    const input = where.testInput;
    return t`Test input ${input}`;
  }
  if ('line' in where) {
    const { line, column } = where;
    return t`Line ${line}, column ${column}`;
  }
  if ('csvLine' in where) return csvWhereText(where.csvLine, where.field);
  return where.inRunB === null ? 'runB' : `runB.${fileWhereText(where.inRunB)}`;
}

/** A panel named in a file that this app does not have: kept as a warning, the file still opens. */
export function unknownPanelWarning(panel: JsonValue): string {
  const name = panel.kind === 'text' ? quote(panel.text) : jsonValueText(panel);
  return t`The panel ${name} is not one this app has: it was left out.`;
}

export function fileProblemText(said: FileSaid): string {
  switch (said.code) {
    case 'rule':
      return said.words;
    case 'notJson': {
      const reason = said.reason;
      return t`The file is not valid JSON (${reason}).`;
    }
    case 'jsonBreaks': {
      const reason = said.reason;
      return t`the file stops being valid JSON here (${reason}).`;
    }
    case 'tableNotLists':
      return t`the table needs two lists, "inputs" (one row of 3 numbers per example) and "targets" (one number per row).`;
    case 'tableNoRows': {
      const most = num(said.most);
      return t`the table has no rows: it needs from 1 to ${most}.`;
    }
    case 'tableTooManyRows': {
      const rows = num(said.rows);
      const most = num(said.most);
      return t`the table has ${rows} rows: it may have at most ${most}.`;
    }
    case 'tableCounts': {
      const inputs = num(said.inputs);
      const targets = num(said.targets);
      return t`${inputs} rows of inputs but ${targets} targets: each row needs exactly one target.`;
    }
    case 'laterTooMany': {
      const tables = num(said.tables);
      const most = num(said.most);
      return t`the run has ${tables} tables: it may have at most ${most}.`;
    }
    case 'newerVersion': {
      const version = num(said.version);
      const reads = num(said.reads);
      return t`the file was made by a newer Neuron Lab (format version ${version}); this one reads version ${reads}. Open it in the newer app.`;
    }
    case 'fileTooLarge':
    case 'notText':
    case 'fileUnreadable':
    case 'moreProblems':
    case 'csvEmpty':
    case 'csvHistoryExport':
    case 'csvHeaderColumns':
    case 'csvNotRun':
    case 'csvRowValues':
    case 'csvHeaderOnly':
    case 'csvOnlyRunB':
    case 'csvTooManyRows':
      return importSaidText(said);
    default:
      return valueSaidText(said);
  }
}

/** The problems that name the value found first. */
function valueSaidText(said: Extract<FileSaid, { value: JsonValue }>): string {
  const value = jsonValueText(said.value);
  switch (said.code) {
    case 'notNumber':
      return t`${value} is not allowed; it must be a number.`;
    case 'notOnOff':
      return t`${value} is not allowed; it must be true or false.`;
    case 'tableNotObject': {
      const shape = said.shape;
      return t`${value} was found; the file needs a table: ${shape}.`;
    }
    case 'rowShape': {
      const needed = num(said.needed);
      if (said.length === null) return t`${value} was found; each row needs ${needed} inputs.`;
      const length = num(said.length);
      return t`${value} of ${length} was found; each row needs ${needed} inputs.`;
    }
    case 'laterNotList':
      return t`${value} was found; the later segments are a list of ${SEGMENT_SHAPE}.`;
    case 'laterItem':
      return t`${value} was found; each later segment is ${SEGMENT_SHAPE}.`;
    case 'laterFrom': {
      const most = num(said.most);
      if (said.previous === 0) return t`${value} is not allowed; it must be a whole number after 0 and at most ${most}.`;
      const previous = num(said.previous);
      return t`${value} is not allowed; it must be a whole number after the segment before's ${previous} and at most ${most}.`;
    }
    case 'panelsNotList':
      return t`${value} was found; it must be a list of panel names.`;
    case 'testInputShape': {
      const needed = num(said.needed);
      return t`${value} was found; the test input is a list of ${needed} numbers.`;
    }
    case 'iteration': {
      const most = num(said.most);
      return t`${value} is not allowed; the iteration must be a whole number from 0 to ${most}.`;
    }
    case 'stopAt': {
      const most = num(said.most);
      return t`${value} is not allowed; Stop at must be a whole number from 1 to ${most}, or null for no limit.`;
    }
    case 'digits': {
      const choices = orList(said.choices);
      return t`${value} is not allowed; the significant digits shown are ${choices}.`;
    }
    case 'presenterPanels': {
      if (said.problem === null) return t`${value} is not allowed: it must be a list of panel names.`;
      const why = presenterProblemText(said.problem);
      return t`${value} is not allowed: ${why}.`;
    }
    case 'viewNotObject':
      return t`${value} was found; the view options are an object.`;
    case 'runBNotObject':
      return t`${value} was found; run B is an object with its own "table" and settings.`;
    case 'notState': {
      const format = said.format;
      return t`The file holds ${value}, not a Neuron Lab state: that is a JSON object with "format": "${format}".`;
    }
    case 'notFormat': {
      const format = said.format;
      return t`${value} was found: this is not a Neuron Lab state file (it would say "format": "${format}").`;
    }
    case 'badVersion': {
      const reads = num(said.reads);
      return t`${value} is not a version this app reads; it reads version ${reads}.`;
    }
  }
}
