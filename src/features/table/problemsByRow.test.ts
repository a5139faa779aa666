import { describe, expect, it } from 'vitest';
import type { CellProblem } from '../../state';
import { problemsByRow } from './problemsByRow';

const problem = (row: number, column: CellProblem['column']): CellProblem => ({ row, column, message: `row ${row} column ${column}` });

describe('problemsByRow(problems, rowCount)', () => {
  it('gives every row without a problem the same empty list, on every call (a memoised row is not rendered again)', () => {
    const first = problemsByRow([problem(2, 1)], 64);
    const second = problemsByRow([problem(2, 0)], 64);
    expect(first).toHaveLength(64);
    expect(first[0]).toEqual([]);
    for (const row of [0, 1, 3, 63]) {
      expect(first[row]).toBe(first[0]);
      expect(second[row]).toBe(first[0]);
    }
    expect(first[2]).not.toBe(first[0]);
  });

  it("puts each problem in its own row's list, in order, table-wide ones (no column) included", () => {
    const tableWide = problem(0, null);
    const lists = problemsByRow([tableWide, problem(1, 3), problem(1, 0), problem(0, 2)], 3);
    expect(lists[0]).toEqual([tableWide, problem(0, 2)]);
    expect(lists[1]).toEqual([problem(1, 3), problem(1, 0)]);
    expect(lists[2]).toEqual([]);
  });

  it('leaves out a problem of a row the table does not have', () => {
    expect(problemsByRow([problem(5, 1), problem(-1, 0)], 2)).toEqual([[], []]);
  });
});
