import { describe, expect, it } from 'vitest';
import type { HistorySeries } from '../../worker/protocol';
import { axisRange, LOWEST_HALF, LOWEST_HALF_AROUND, lowestMark, markerInside, ringsPath, visiblePoints, weightPath } from './landscapeModel';

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

describe('visiblePoints(points, finest)', () => {
  it('keeps the first and the last point and drops those within half a pixel of the last kept', () => {
    const points: [number, number][] = [[0, 0], [0.3, 0], [0.6, 0], [0.7, 0.1], [3, 4], [3.1, 4], [3.2, 4]];
    // 0.3 from (0, 0): dropped; 0.6: kept; (0.7, 0.1) is 0.14 from it: dropped; (3, 4) kept; (3.1, 4) dropped; the last kept.
    expect(visiblePoints(points)).toEqual([[0, 0], [0.6, 0], [3, 4], [3.2, 4]]);
  });
  it('keeps a path of one point', () => {
    expect(visiblePoints([[5, 5]])).toEqual([[5, 5]]);
  });
});

describe('ringsPath(coordinates)', () => {
  it('writes each ring as M, L..., Z', () => {
    expect(ringsPath([[[[0, 0], [1, 0], [1, 1.006], [0, 0]]]])).toBe('M0 0L1 0L1 1.01L0 0Z');
  });
});

describe('markerInside(px, py, reach, plot)', () => {
  const plot = { left: 52, top: 10, width: 400, height: 300 };
  it('leaves a marker well inside the plot where it is', () => {
    expect(markerInside(200, 150, 10.25, plot)).toEqual([200, 150]);
  });
  it('presses a marker on an edge or a corner inside, so its whole box lies in the plot', () => {
    // The lowest cell of the tutorial at 10,000: the top left corner, half a cell in.
    const [x, y] = markerInside(52 + 1.5, 10 + 1.2, 10.25, plot);
    expect([x - 10.25, y - 10.25]).toEqual([52, 10]);
    const [x2, y2] = markerInside(452, 310, 10.25, plot);
    expect([x2 + 10.25, y2 + 10.25]).toEqual([452, 310]);
    // Beyond the plot (a grid a little behind the axes during a run) it is still drawn inside.
    expect(markerInside(-40, 900, 10.25, plot)).toEqual([62.25, 299.75]);
  });
  it('centres it in a plot too small to hold it', () => {
    expect(markerInside(0, 0, 10, { left: 0, top: 0, width: 12, height: 30 })).toEqual([6, 10]);
  });
});

describe('lowestMark(cell, cellHalf, now, nowReach)', () => {
  const nowReach = 8 + 3 / 2;
  const half: [number, number] = [6, 5];
  it('keeps the 9 px diamond at its cell when the point shown is elsewhere, or when there is none', () => {
    expect(lowestMark([100, 100], half, [140, 100], nowReach)).toEqual({ at: [100, 100], half: 9 });
    expect(lowestMark([100, 100], half, [100 + 9 + nowReach, 100], nowReach)).toEqual({ at: [100, 100], half: 9 });
    expect(lowestMark([100, 100], half, null, nowReach)).toEqual({ at: [100, 100], half: 9 });
  });
  it('stands round the point shown when it lies in the lowest cell (XOR ends at the bottom of its bowl)', () => {
    expect(lowestMark([100, 100], half, [104.6, 95.4], nowReach)).toEqual({ at: [104.6, 95.4], half: 16 });
  });
  it('grows at its cell where the circle overlaps it from a cell nearby', () => {
    expect(lowestMark([100, 100], half, [110, 105], nowReach)).toEqual({ at: [100, 100], half: 16 });
  });
  it('a grown diamond, centred on the circle, shows all round it: its sides (less half their stroke) clear the circle', () => {
    // The sides of a diamond of half-diagonal h lie h / sqrt(2) from its centre.
    expect(LOWEST_HALF / Math.SQRT2 - 2.5 / 2).toBeLessThan(nowReach);
    expect(LOWEST_HALF_AROUND / Math.SQRT2 - 2.5 / 2).toBeGreaterThan(nowReach);
  });
});
