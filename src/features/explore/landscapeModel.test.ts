import { describe, expect, it } from 'vitest';
import type { HistorySeries } from '../../worker/protocol';
import { axisRange, ringsPath, weightPath } from './landscapeModel';

/** A series of three samples of two weights: iterations 0, 5, 10. */
const series = {
  scale: 'linear',
  iterations: Float64Array.from([0, 5, 10]),
  weights: Float64Array.from([0, 1, 2, 3, 4, 5]),
  weightsMin: Float64Array.from([0, 1, -3, 3, 4, 5]),
  weightsMax: Float64Array.from([0, 1, 2, 3, 4, 9]),
} as unknown as HistorySeries;

describe('axisRange(series, inputCount, weight, now)', () => {
  it("covers the run's whole envelope and the weight now, with a margin, on round numbers", () => {
    const [lo, hi] = axisRange(series, 2, 0, 0);
    expect(lo).toBeLessThanOrEqual(-3 - 1.5);
    expect(hi).toBeGreaterThanOrEqual(4 + 1.5);
    expect(Number.isInteger(lo * 2) && Number.isInteger(hi * 2)).toBe(true);
    const [lo1, hi1] = axisRange(series, 2, 1, 20);
    expect(lo1).toBeLessThanOrEqual(1 - 1.5);
    expect(hi1).toBeGreaterThanOrEqual(20 + 1.5);
  });
});

describe('weightPath(series, inputCount, axes, iteration, now)', () => {
  it('takes the samples before the iteration shown, then the exact weights shown', () => {
    expect(weightPath(series, 2, [0, 1], 7, [2.5, 3.5])).toEqual([[0, 1], [2, 3], [2.5, 3.5]]);
    expect(weightPath(series, 2, [1, 0], 0, [0, 1])).toEqual([[1, 0]]);
  });
});

describe('ringsPath(coordinates)', () => {
  it('writes each ring as M, L..., Z', () => {
    expect(ringsPath([[[[0, 0], [1, 0], [1, 1.006], [0, 0]]]])).toBe('M0 0L1 0L1 1.01L0 0Z');
  });
});
