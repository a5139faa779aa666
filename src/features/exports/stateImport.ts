import { readStateFile, type FileSetup } from '../../state/setup';
import { failure, type ImportResult } from './importProblem';

/**
 * Reads a state file (src/state/setup/stateFile.ts) as an import: run A's setup, and run B's when the file was
 * saved while comparing. At most a few problems listed, never a throw.
 */
export function parseStateJson(text: string): ImportResult<FileSetup & { runB?: FileSetup }> {
  const { setup, runB, problems, warnings } = readStateFile(text);
  return setup ? { ok: true, value: runB ? { ...setup, runB } : setup, warnings } : failure(problems);
}
