import { readStateFile, type FileSetup } from '../../state/setup';
import { failure, type ImportResult } from './importProblem';

/** Reads a state file (src/state/setup/stateFile.ts) as an import: at most a few problems listed, never a throw. */
export function parseStateJson(text: string): ImportResult<FileSetup> {
  const { setup, problems, warnings } = readStateFile(text);
  return setup ? { ok: true, value: setup, warnings } : failure(problems);
}
