import { createContext, useContext, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** True under a view that covers the lab ("Show the math", "Python"): the panels there cannot be seen. */
export const CoveredContext = createContext(false);

/** Whether a chart can be seen, read in its frame listener: `current`. */
export interface Seen {
  readonly current: boolean;
}

class SeenGate implements Seen {
  current: boolean;
  private inView = true;
  private covered: boolean;
  private onSeen: () => void = () => {};
  constructor(covered: boolean) {
    this.covered = covered;
    this.current = !covered;
  }
  whenSeen(onSeen: () => void) {
    this.onSeen = onSeen;
  }
  set(change: { inView?: boolean; covered?: boolean }) {
    this.inView = change.inView ?? this.inView;
    this.covered = change.covered ?? this.covered;
    const was = this.current;
    this.current = this.inView && !this.covered;
    if (this.current && !was) this.onSeen();
  }
}

/**
 * Whether a chart can be seen now: inside the viewport (an IntersectionObserver) and not under a view. A chart
 * skips the frames of a run while it cannot be seen (a covered or scrolled-out panel costs nothing), but still
 * draws a frame that ends a run or a step, so a still screen (and a chart saved as an image) is exact.
 * `onSeen` is called when it can be seen again, to draw the latest frame at once.
 */
export function useSeen(ref: RefObject<Element | null>, onSeen: () => void): Seen {
  const covered = useContext(CoveredContext);
  const [gate] = useState(() => new SeenGate(covered));
  useLayoutEffect(() => {
    gate.whenSeen(onSeen);
  });
  useLayoutEffect(() => gate.set({ covered }), [gate, covered]);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) gate.set({ inView: last.isIntersecting });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, gate]);
  return gate;
}
