import { t } from '@lingui/core/macro';
import { useRunName } from '../state';

/**
 * The names and ids of a run's controls while comparing: run B's say so ("Row 1, Input 2, run B") and have ids
 * of their own, so that run A's and run B's tables can sit on one page. With one run (or in run A) they are as
 * they always were.
 */
export function useRunNames(): { name(name: string): string; id(id: string): string } {
  const run = useRunName();
  if (run !== 'B') return SAME;
  return { name: (name) => t`${name}, run B`, id: (id) => `${id}-run-b` };
}

const SAME = { name: (name: string) => name, id: (id: string) => id };
