/**
 * Timers that fire on a shared grid of moments (multiples of their interval since the epoch), all that are due at
 * one moment in one task. The screen's text follows each run at 8 Hz and its summaries at 1 Hz: on timers of their
 * own, run A's and run B's texts (and the summaries) changed in different frames, each paying the page's layout and
 * paint; on one grid they change together, in one frame.
 */
const waiting = new Map<number, { timer: ReturnType<typeof setTimeout>; calls: Set<() => void> }>();

/** The first moment of the `intervalMs` grid at or after `time`. */
export function gridPoint(time: number, intervalMs: number): number {
  return Math.ceil(time / intervalMs) * intervalMs;
}

/** Calls `run` at `moment` (a grid point), in one task with every other call due then. Returns the cancel function. */
export function atGridPoint(moment: number, run: () => void): () => void {
  let slot = waiting.get(moment);
  if (!slot) {
    const calls = new Set<() => void>();
    const timer = setTimeout(() => {
      waiting.delete(moment);
      for (const call of calls) call();
    }, Math.max(0, moment - Date.now()));
    slot = { timer, calls };
    waiting.set(moment, slot);
  }
  const { calls, timer } = slot;
  calls.add(run);
  return () => {
    calls.delete(run);
    if (calls.size === 0 && waiting.get(moment)?.calls === calls) {
      clearTimeout(timer);
      waiting.delete(moment);
    }
  };
}
