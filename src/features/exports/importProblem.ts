import type { FileProblem } from '../../state/setup';

/** One thing wrong with an imported file: where ("Line 3, Input 2", "seed"; null for the file as a whole), and what. */
export type ImportProblem = FileProblem;

export type ImportResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: ImportProblem[] };

/** More problems than this are summed up in one last line: a wrong file would otherwise list thousands. */
export const MAX_LISTED_PROBLEMS = 5;

/** A file larger than this is refused before it is read: a table or state file is a few kilobytes. */
export const MAX_IMPORT_CHARS = 1_000_000;

export function problemText(problem: ImportProblem): string {
  return problem.where === null ? problem.message : `${problem.where}: ${problem.message}`;
}

/** Keeps the first MAX_LISTED_PROBLEMS problems and says how many more there were. */
export function capProblems(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), { where: null, message: `... and ${more} more problem${more === 1 ? '' : 's'}.` }];
}

export function failure<T>(problems: ImportProblem[]): ImportResult<T> {
  return { ok: false, errors: capProblems(problems) };
}

/** "1.2 MB", "340 kB": a file size for a message. */
export function sizeText(chars: number): string {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.ceil(chars / 1e3)} kB`;
}
