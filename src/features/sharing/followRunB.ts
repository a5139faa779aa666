import type { ComparisonStore, LabStore } from '../../state';
import { otherRunChanged } from '../../state/setup';

/**
 * Calls `changed` whenever what a link carries of run B changes: Compare started or stopped, or run B's setup
 * edited (its seed, rate, table, test input); never for run B's frames (the link writes B at run A's iteration).
 * Returns the function that stops following.
 */
export function followRunB(comparison: ComparisonStore, changed: () => void): () => void {
  let stopB = () => {};
  const follow = (runB: LabStore | null) => {
    stopB();
    stopB = runB
      ? runB.subscribe((next, previous) => {
          if (otherRunChanged(next, previous)) changed();
        })
      : () => {};
  };
  follow(comparison.getState().runB);
  const stop = comparison.subscribe((next, previous) => {
    if (next.runB === previous.runB) return;
    follow(next.runB);
    changed();
  });
  return () => {
    stop();
    stopB();
  };
}
