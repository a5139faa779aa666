import { describe, expect, it } from 'vitest';
import { iterationScale, powerOfTenAbove } from './iterationScale';

describe('powerOfTenAbove(value)', () => {
  it('rounds up to a power of ten, at least 10', () => {
    expect(powerOfTenAbove(0)).toBe(10);
    expect(powerOfTenAbove(10)).toBe(10);
    expect(powerOfTenAbove(11)).toBe(100);
    expect(powerOfTenAbove(10000)).toBe(10000);
    expect(powerOfTenAbove(10001)).toBe(100000);
  });
});

describe('iterationScale(kind, trainedTo, range)', () => {
  it('linear: spans 0 to a round end with evenly spaced ticks', () => {
    const axis = iterationScale('linear', 730, [0, 500]);
    expect(axis.end).toBe(800);
    expect(axis.x(0)).toBe(0);
    expect(axis.x(400)).toBe(250);
    expect(axis.ticks).toEqual([0, 200, 400, 600, 800]);
    expect(axis.invert(250)).toBeCloseTo(400, 9);
  });

  it('linear: shows 0 to 10 before any training', () => {
    expect(iterationScale('linear', 0, [0, 100]).ticks).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('log: a tick per power of ten, 10, 100, 1000 and 10,000 evenly apart', () => {
    const axis = iterationScale('log', 10000, [0, 400]);
    expect(axis.ticks).toEqual([0, 1, 10, 100, 1000, 10000]);
    expect(axis.x(0)).toBe(0);
    expect(axis.x(10000)).toBeCloseTo(400, 9);
    // symlog(x) = log1p(x): the gaps between decades approach equal steps of log(10).
    const step = (a: number, b: number) => axis.x(b) - axis.x(a);
    expect(step(1000, 10000)).toBeCloseTo((400 * (Math.log1p(10000) - Math.log1p(1000))) / Math.log1p(10000), 9);
    expect(step(100, 1000) / step(1000, 10000)).toBeCloseTo(1, 1);
  });

  it('log: thins the ticks of a very long run to at most 7', () => {
    const axis = iterationScale('log', 1e9, [0, 400]);
    expect(axis.ticks.length).toBeLessThanOrEqual(7);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.end).toBe(1e9);
  });
});
