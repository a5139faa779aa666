import { useRef } from 'react';
import { duringRun, type LabState } from '../state';
import { useLabText } from './textClock';
import type { Seen } from './useSeen';

/**
 * useLabText for a drawing's shape (what its render depends on), computed only while the drawing can be seen or
 * the run stands still: a covered or scrolled-out chart spends nothing on the ticks of a run, and its shape is
 * brought up to date by the first tick after it is seen again, or by the one that ends the run.
 */
export function useSeenText(seen: Seen, select: (state: LabState) => string): string {
  const last = useRef('');
  return useLabText((state) => {
    if (seen.current || !duringRun(state)) last.current = select(state);
    return last.current;
  });
}
