import type { CellColumn } from '../table';
import type { PresenterProblem } from '../url/linkProblem';
import { fileProblemText, fileWhereText } from '../../text/fileProblemText';
import type { FileProblem, Json } from './setup';

/*
 * What is wrong with a state file, as data: where (a code) and what (a code with its parts), never a sentence.
 * The readers (fileValues.ts, file.ts, stateFile.ts, fields.ts) speak in these; the page words them in the screen's
 * language (text/fileProblemText.ts) when it reads `where` and `message`.
 */

/** A JSON value as a message names it: nothing, null, a list, an object, the text '1', or the number or boolean. */
export type JsonValue =
  | { kind: 'nothing' }
  | { kind: 'null' }
  | { kind: 'list' }
  | { kind: 'object' }
  | { kind: 'text'; text: string }
  | { kind: 'plain'; text: string };

export function jsonValue(value: Json | undefined): JsonValue {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'object' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  return { kind: 'plain', text: String(value) };
}

/** Where in the file: a JSON path ("view.digits", "later[2].from"), a cell or row of the table, a line and column, run B's part. */
export type FileWhere =
  | { path: string }
  | { cell: { row: number; column: CellColumn } }
  | { row: number }
  | { testInput: number }
  | { line: number; column: number }
  /** A line of a CSV table file, and one of its columns (an input, the target, the Run column) or the line as a whole. */
  | { csvLine: number; field: CellColumn | 'run' | null }
  | { inRunB: FileWhere | null };

/**
 * What is wrong with a chosen file before or besides its contents, and with a CSV table file (features/exports).
 * `columns` are the file's own header names (Input 1, ..., Target; with Run first for both runs' tables): a file
 * is written the same in every language.
 */
export type ImportSaid =
  | { code: 'fileTooLarge'; size: number; most: number }
  | { code: 'notText' }
  | { code: 'fileUnreadable'; reason: string }
  | { code: 'moreProblems'; more: number }
  | { code: 'csvEmpty' }
  | { code: 'csvHistoryExport'; first: string; columns: readonly string[] }
  | { code: 'csvHeaderColumns'; count: number; header: string; columns: readonly string[] }
  | { code: 'csvNotRun'; text: string }
  | { code: 'csvRowValues'; count: number; columns: readonly string[] }
  | { code: 'csvHeaderOnly' }
  | { code: 'csvOnlyRunB' }
  | { code: 'csvTooManyRows'; rows: number; most: number; run: 'A' | 'B' | null };

export type FileSaid =
  | { code: 'notNumber'; value: JsonValue }
  | { code: 'notOnOff'; value: JsonValue }
  /** A value a field's own check refused: its words, from that check (settingsValidation, table). */
  | { code: 'rule'; words: string }
  | { code: 'tableNotObject'; value: JsonValue; shape: string }
  | { code: 'tableNotLists' }
  | { code: 'tableNoRows'; most: number }
  | { code: 'tableTooManyRows'; rows: number; most: number }
  | { code: 'tableCounts'; inputs: number; targets: number }
  | { code: 'rowShape'; value: JsonValue; length: number | null; needed: number }
  | { code: 'laterNotList'; value: JsonValue }
  | { code: 'laterTooMany'; tables: number; most: number }
  | { code: 'laterItem'; value: JsonValue }
  | { code: 'laterFrom'; value: JsonValue; previous: number; most: number }
  | { code: 'panelsNotList'; value: JsonValue }
  | { code: 'testInputShape'; value: JsonValue; needed: number }
  | { code: 'iteration'; value: JsonValue; most: number }
  | { code: 'stopAt'; value: JsonValue; most: number }
  | { code: 'digits'; value: JsonValue; choices: readonly number[] }
  | { code: 'presenterPanels'; value: JsonValue; problem: PresenterProblem | null }
  | { code: 'viewNotObject'; value: JsonValue }
  | { code: 'runBNotObject'; value: JsonValue }
  | { code: 'notJson'; reason: string }
  | { code: 'jsonBreaks'; reason: string }
  | { code: 'notState'; value: JsonValue; format: string }
  | { code: 'notFormat'; value: JsonValue; format: string }
  | { code: 'newerVersion'; version: number; reads: number }
  | { code: 'badVersion'; value: JsonValue; reads: number }
  | ImportSaid;

/** A problem as the page shows it: `where` and `message` worded when read, the codes kept beside them (not enumerable). */
export function fileProblem(where: FileWhere | null, said: FileSaid): FileProblem & { readonly at: FileWhere | null; readonly said: FileSaid } {
  const problem = {
    get where() {
      return where === null ? null : fileWhereText(where);
    },
    get message() {
      return fileProblemText(said);
    },
  };
  Object.defineProperty(problem, 'at', { value: where, enumerable: false });
  Object.defineProperty(problem, 'said', { value: said, enumerable: false });
  return problem as FileProblem & { readonly at: FileWhere | null; readonly said: FileSaid };
}

/** The same problem, inside run B's part of the file ("runB.seed"). */
export function inRunB(problem: FileProblem): FileProblem {
  const coded = problem as Partial<ReturnType<typeof fileProblem>>;
  if (coded.said === undefined) return { where: problem.where === null ? 'runB' : `runB.${problem.where}`, message: problem.message };
  return fileProblem({ inRunB: coded.at ?? null }, coded.said);
}
