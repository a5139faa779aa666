import { MAX_IMPORT_CHARS, failure, sizeText, type ImportResult } from './importProblem';
import type { FileSetup } from '../../state/setup';
import { parseStateJson } from './stateImport';
import { parseTableCsv } from './tableCsv';

export type ImportKind = 'state' | 'table';

/**
 * Reads a file the user chose: a Neuron Lab state (JSON, recognised by its opening brace) or a table (CSV).
 * Never throws; a bad file gives every problem found, each naming its line or field.
 */
export function importText(text: string): ImportResult<FileSetup & { kind: ImportKind }> {
  if (text.length > MAX_IMPORT_CHARS) {
    return failure([{ where: null, message: `The file is ${sizeText(text.length)}: a table or state file is a few kB, at most ${sizeText(MAX_IMPORT_CHARS)}. Is it the right file?` }]);
  }
  if (text.includes('\u0000')) {
    return failure([{ where: null, message: 'This is not a text file: choose a .csv table or a .json state saved by Neuron Lab.' }]);
  }
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) {
    const state = parseStateJson(text);
    return state.ok ? { ...state, value: { ...state.value, kind: 'state' } } : state;
  }
  const table = parseTableCsv(text);
  return table.ok ? { ok: true, value: { dataset: table.value, kind: 'table' }, warnings: table.warnings } : table;
}

/** Reads a File: refuses a huge one by its size before reading a byte of it. Never rejects. */
export async function importFile(file: Blob): Promise<ImportResult<FileSetup & { kind: ImportKind }>> {
  // A file has at least as many bytes as characters.
  if (file.size > MAX_IMPORT_CHARS) {
    return failure([{ where: null, message: `The file is ${sizeText(file.size)}: a table or state file is a few kB, at most ${sizeText(MAX_IMPORT_CHARS)}. Is it the right file?` }]);
  }
  try {
    return importText(await file.text());
  } catch (error) {
    return failure([{ where: null, message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` }]);
  }
}
