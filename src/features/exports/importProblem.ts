import type { FileProblem } from '../../state/setup';
import { fileProblem } from '../../state/setup/fileProblem';
import { problemText as wordedProblem } from '../../text/importProblemText';

/** One thing wrong with an imported file: where ("Line 3, Input 2", "seed"; null for the file as a whole), and what. */
export type ImportProblem = FileProblem;

export type ImportResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: ImportProblem[] };

/** More problems than this are summed up in one last line: a wrong file would otherwise list thousands. */
export const MAX_LISTED_PROBLEMS = 5;

/** A file larger than this is refused before it is read: a table or state file is a few kilobytes. */
export const MAX_IMPORT_CHARS = 1_000_000;

export const problemText = (problem: ImportProblem): string => wordedProblem(problem.where, problem.message);

/** Keeps the first MAX_LISTED_PROBLEMS problems and says how many more there were. */
export function capProblems(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), fileProblem(null, { code: 'moreProblems', more })];
}

export function failure<T>(problems: ImportProblem[]): ImportResult<T> {
  return { ok: false, errors: capProblems(problems) };
}
