import type { LabState } from '..';

/**
 * Whether the table was replaced as a whole (a preset chosen, a file imported) rather than edited: no row of
 * the new table is a row of the old one. Such a change is worth a Back button step.
 */
export function tableReplaced(next: LabState, previous: LabState): boolean {
  if (next.rows === previous.rows) return false;
  const before = new Set(previous.rows.map((row) => row.id));
  return !next.rows.some((row) => before.has(row.id));
}
