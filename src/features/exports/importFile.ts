import { MAX_IMPORT_CHARS, failure, type ImportResult } from './importProblem';
import { fileProblem } from '../../state/setup/fileProblem';
import type { FileSetup } from '../../state/setup';
import { parseStateJson } from './stateImport';
import { parseTableCsv } from './tableCsv';

export type ImportKind = 'state' | 'table';

/**
 * Reads a file the user chose: a Neuron Lab state (JSON, recognised by its opening brace) or a table (CSV).
 * Never throws; a bad file gives every problem found, each naming its line or field.
 */
/** What a file opens: run A's setup, run B's when the file carries one (a state saved while comparing). */
export type Imported = FileSetup & { kind: ImportKind; runB?: FileSetup };

export function importText(text: string): ImportResult<Imported> {
  if (text.length > MAX_IMPORT_CHARS) {
    return failure([fileProblem(null, { code: 'fileTooLarge', size: text.length, most: MAX_IMPORT_CHARS })]);
  }
  if (text.includes('\u0000')) {
    return failure([fileProblem(null, { code: 'notText' })]);
  }
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) {
    const state = parseStateJson(text);
    return state.ok ? { ...state, value: { ...state.value, kind: 'state' } } : state;
  }
  const table = parseTableCsv(text);
  if (!table.ok) return table;
  const { dataset, runB } = table.value;
  // A table file's run B is a table alone: run B keeps its other settings (a copy of run A's when Compare starts).
  return { ok: true, value: { dataset, kind: 'table', ...(runB ? { runB: { dataset: runB } } : {}) }, warnings: table.warnings };
}

/** Reads a File: refuses a huge one by its size before reading a byte of it. Never rejects. */
export async function importFile(file: Blob): Promise<ImportResult<Imported>> {
  // A file has at least as many bytes as characters.
  if (file.size > MAX_IMPORT_CHARS) {
    return failure([fileProblem(null, { code: 'fileTooLarge', size: file.size, most: MAX_IMPORT_CHARS })]);
  }
  try {
    return importText(await file.text());
  } catch (error) {
    return failure([fileProblem(null, { code: 'fileUnreadable', reason: error instanceof Error ? error.message : String(error) })]);
  }
}
