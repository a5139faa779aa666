import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../state';
import { followStore } from '../ui/followStore';
import { followClock } from './followClock';

describe('followClock(a, b)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("takes run B to run A's iteration, and B's text follows at a run's pace while A runs, at once when A stops", () => {
    const a = createLabStore();
    const b = createLabStore();
    const goTo = vi.fn((iteration: number) => b.setState({ iteration }));
    b.setState({ goTo });
    followClock(a, b);
    // B's readers: every iteration they are told of (at most every 125 ms during a run, as the text clock).
    const seen: number[] = [];
    followStore(b, (s) => s.iteration, Object.is, (s) => seen.push(s.iteration), 125);

    a.setState({ running: true });
    expect(b.getState().clockRunning).toBe(true);
    // Sixty frames of A's run in one second; B catches up with each (its own frames never say "running").
    for (let k = 1; k <= 60; k++) {
      a.setState({ iteration: k * 1000 });
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(goTo).toHaveBeenCalledTimes(60);
    expect(b.getState().iteration).toBe(60_000);
    // About 8 reports in that second, not 60.
    expect(seen.length).toBeLessThanOrEqual(10);
    a.setState({ running: false });
    expect(b.getState().clockRunning).toBe(false);
    expect(seen.at(-1)).toBe(60_000);
  });
});
