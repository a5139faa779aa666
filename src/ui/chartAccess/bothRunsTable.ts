import { runBLabel } from '../../state';
import type { DataTableContent } from '../DataTableView';

/**
 * Run A's and run B's data tables as one: A's columns, then B's named with " B" ("w1 B", "MSE B"), one row per
 * iteration either run has a sample at, in order (both runs stand at one iteration, so they are sampled alike; a
 * run without a sample there has empty cells). Rows keyed by a name, not an iteration (the neuron's "Input 1",
 * "z"), keep A's order, then B's own. `caption` names both runs.
 */
export function bothRunsTable(a: DataTableContent, b: DataTableContent, caption: string): DataTableContent {
  const widthA = a.columns.length - 1;
  const widthB = b.columns.length - 1;
  const rows = new Map<string, { key: string; header: string; values: (number | null)[]; order: number }>();
  const rowOf = (key: string, header: string, order: number) => {
    let row = rows.get(key);
    if (!row) {
      row = { key, header, values: new Array<number | null>(widthA + widthB).fill(null), order };
      rows.set(key, row);
    }
    return row;
  };
  const byIteration = [...a.rows, ...b.rows].every((row) => Number.isFinite(Number(row.key)));
  const orderOf = (key: string) => (byIteration ? Number(key) : rows.size);
  for (const row of a.rows) rowOf(row.key, row.header, orderOf(row.key)).values.splice(0, widthA, ...row.values);
  for (const row of b.rows) rowOf(row.key, row.header, orderOf(row.key)).values.splice(widthA, widthB, ...row.values);
  return {
    caption,
    columns: [...a.columns, ...b.columns.slice(1).map(runBLabel)],
    rows: [...rows.values()].sort((x, y) => x.order - y.order).map(({ key, header, values }) => ({ key, header, values })),
  };
}
