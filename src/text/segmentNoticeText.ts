import { t } from '@lingui/core/macro';
import { formatCount } from '../format/number';

/**
 * The notice of an edit that could not keep what was learned (state/segmentsSlice.ts): the run already has `most`
 * tables, so the whole run is recomputed on the new table from 0 up to `at`.
 */
export function startedOverText(most: number, at: number): string {
  const upTo = formatCount(at);
  return t`This run already has ${most} tables, the most one run keeps, so this edit did not keep what was learned: the whole run is recomputed on the new table from iteration 0 up to ${upTo}.`;
}
