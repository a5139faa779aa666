import type { CellProblem } from '../../state';

/** The one list every row without a problem gets: the same reference on every render, so a memoised row stays put. */
const NONE: readonly CellProblem[] = Object.freeze([]);

/**
 * The table's problems, one list per row (by index, `rowCount` of them). A row with none gets the one shared empty
 * list, so typing in one cell re-renders that row only: a new empty array per row per render made all 64 rows of
 * a full table render and rewrite their inputs on every key.
 */
export function problemsByRow(problems: readonly CellProblem[], rowCount: number): (readonly CellProblem[])[] {
  const lists: (readonly CellProblem[])[] = new Array<readonly CellProblem[]>(rowCount).fill(NONE);
  for (const problem of problems) {
    if (problem.row < 0 || problem.row >= rowCount) continue;
    const list = lists[problem.row]!;
    lists[problem.row] = list === NONE ? [problem] : [...list, problem];
  }
  return lists;
}
