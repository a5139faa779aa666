import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../state';
import { followStore } from './followStore';
import { atGridPoint, gridPoint } from './gridTimer';

describe('gridPoint(time, interval)', () => {
  it('is the first multiple of the interval at or after the time', () => {
    expect(gridPoint(0, 125)).toBe(0);
    expect(gridPoint(1, 125)).toBe(125);
    expect(gridPoint(250, 125)).toBe(250);
    expect(gridPoint(1001, 1000)).toBe(2000);
  });
});

describe('atGridPoint(moment, run)', () => {
  beforeEach(() => vi.useFakeTimers({ now: 10_000 }));
  afterEach(() => vi.useRealTimers());

  it('runs every call due at one moment in one task, and not a cancelled one', () => {
    const order: string[] = [];
    atGridPoint(10_125, () => order.push('a'));
    const cancel = atGridPoint(10_125, () => order.push('cancelled'));
    atGridPoint(10_125, () => order.push('b'));
    cancel();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(124);
    expect(order).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['a', 'b']);
  });

  it('leaves no timer once every call at a moment is cancelled', () => {
    const cancel = atGridPoint(10_250, () => undefined);
    cancel();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('followStore during a run, two runs at once', () => {
  beforeEach(() => vi.useFakeTimers({ now: 20_003 }));
  afterEach(() => vi.useRealTimers());

  it("shows run A's and run B's changes at the same moments, however their frames fall, and 1 Hz ones with them", () => {
    const [a, b] = [createLabStore(), createLabStore()];
    const shown: Record<string, number[]> = { a: [], b: [], summary: [] };
    followStore(a, (s) => s.iteration, Object.is, () => shown.a!.push(Date.now()), 125);
    followStore(b, (s) => s.iteration, Object.is, () => shown.b!.push(Date.now()), 125);
    followStore(a, (s) => s.iteration, Object.is, () => shown.summary!.push(Date.now()), 1000);
    // Two seconds of frames: run A's every 16 ms, run B's 7 ms later (its own worker's message).
    for (let k = 1; k <= 125; k++) {
      a.setState({ running: true, iteration: k });
      vi.advanceTimersByTime(7);
      b.setState({ clockRunning: true, iteration: k });
      vi.advanceTimersByTime(9);
    }
    // After their first change (at once, each when its own frame came), every change is on the 125 ms grid...
    const onGrid = (times: number[]) => times.slice(2).every((t) => t % 125 === 0);
    expect(onGrid(shown.a!) && onGrid(shown.b!)).toBe(true);
    // ...so from then on A and B change at the same moments, and the 1 Hz follower at one of them.
    const later = (times: number[]) => times.filter((t) => t >= 20_500);
    expect(later(shown.a!)).toEqual(later(shown.b!));
    expect(later(shown.summary!).every((t) => shown.a!.includes(t))).toBe(true);
    expect(later(shown.a!).length).toBeGreaterThanOrEqual(12);
  });
});
