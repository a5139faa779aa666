import { useLayoutEffect, useRef, type RefObject } from 'react';
import { duringRun, useLabStore, type LabState, type LabStore } from '../state';
import { followClocks, textClock } from './textClock';
import { useSeen, type Seen } from './useSeen';

/**
 * Calls `write(state)` with the state the screen's text shows, outside React's render: on every tick of the text
 * clock (8 times a second during a run, at once when paused, stepped or sought), after every render of the calling
 * component, and when `ref`'s element can be seen again. For a drawing whose numbers and marks follow the run
 * (the neuron's weights, the sigmoid's marks): React renders its structure, and `write` sets what moves through
 * refs, so a tick costs no React render. During a run a drawing nobody can see (under a view, scrolled out of
 * the viewport) is not written; the tick that ends a run always is, so a still screen is exact.
 * `alsoFollow` is a second run's store (run B while comparing): its ticks call `write` too, for a drawing of both
 * (once for both clocks' ticks of one task).
 * Returns whether the element can be seen now (read it outside render, in a selector or a listener).
 */
export function useTextWriter(ref: RefObject<Element | null>, write: (state: LabState) => void, alsoFollow: LabStore | null = null): Seen {
  const clock = textClock(useLabStore());
  const latest = useRef(write);
  const seen = useSeen(ref, () => latest.current(clock.current()));
  useLayoutEffect(() => {
    latest.current = write;
    write(clock.current());
  });
  useLayoutEffect(() => {
    const other = alsoFollow ? textClock(alsoFollow) : null;
    const tick = () => {
      const state = clock.current();
      if (seen.current || !duringRun(state) || (other !== null && !duringRun(other.current()))) latest.current(state);
    };
    return followClocks(clock, other, tick);
  }, [alsoFollow, clock, seen]);
  return seen;
}
