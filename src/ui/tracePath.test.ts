import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { area, line } from 'd3-shape';
import { linePathText, traceArea, traceLine, type PathTarget } from './tracePath';

/** A path target that writes down every call with its arguments. */
function recorder(): PathTarget & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    moveTo: (x, y) => void calls.push(`M ${x} ${y}`),
    lineTo: (x, y) => void calls.push(`L ${x} ${y}`),
    closePath: () => void calls.push('Z'),
  };
}
const asD3Context = (target: PathTarget) => target as unknown as CanvasRenderingContext2D;

// Series as the charts have them: finite values with gaps (NaN, infinities) now and then.
const sample = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity));
const series = fc.array(fc.tuple(sample, sample, sample), { maxLength: 40 });

// Property tests run many cases; on a busy machine they take longer than vitest's default 5 s, which is no fault.
const MANY = 120_000;

describe('traceLine(ctx, count, x, y, defined)', () => {
  it('makes the calls d3 line().defined(...) makes on a context, gaps and lone points included', () => {
    fc.assert(
      fc.property(series, (points) => {
        const ours = recorder();
        const d3 = recorder();
        const defined = (i: number) => Number.isFinite(points[i]![1]);
        traceLine(ours, points.length, (i) => points[i]![0], (i) => points[i]![1], defined);
        line<number>().x((i) => points[i]![0]).y((i) => points[i]![1]).defined(defined).context(asD3Context(d3))(points.map((_, i) => i));
        expect(ours.calls).toEqual(d3.calls);
      }),
      { numRuns: 3000 },
    );
  }, MANY);

  it('breaks at an undefined point and closes a lone one', () => {
    const ys = [1, 2, NaN, 3, NaN, 4, 5];
    const ctx = recorder();
    traceLine(ctx, ys.length, (i) => i * 10, (i) => ys[i]!, (i) => Number.isFinite(ys[i]));
    expect(ctx.calls).toEqual(['M 0 1', 'L 10 2', 'M 30 3', 'Z', 'M 50 4', 'L 60 5']);
  });
});

describe('traceArea(ctx, count, x, y0, y1)', () => {
  it('makes the calls d3 area() makes on a context', () => {
    fc.assert(
      fc.property(series, (points) => {
        const ours = recorder();
        const d3 = recorder();
        traceArea(ours, points.length, (i) => points[i]![0], (i) => points[i]![1], (i) => points[i]![2]);
        area<number>().x((i) => points[i]![0]).y0((i) => points[i]![1]).y1((i) => points[i]![2]).context(asD3Context(d3))(points.map((_, i) => i));
        expect(ours.calls).toEqual(d3.calls);
      }),
      { numRuns: 3000 },
    );
  }, MANY);

  it('goes along the top, back along the bottom and closes; nothing for no points', () => {
    const ctx = recorder();
    traceArea(ctx, 2, (i) => i * 10, (i) => 100 + i, (i) => 50 + i);
    expect(ctx.calls).toEqual(['M 0 50', 'L 10 51', 'L 10 101', 'L 0 100', 'Z']);
    const none = recorder();
    traceArea(none, 0, () => 0, () => 0, () => 0);
    expect(none.calls).toEqual([]);
  });
});

describe('linePathText(count, x, y, defined)', () => {
  it("writes the SVG path text d3 line() writes without a context ('' for its null)", () => {
    fc.assert(
      fc.property(series, (points) => {
        const defined = (i: number) => Number.isFinite(points[i]![1]);
        const d3 = line<number>().x((i) => points[i]![0]).y((i) => points[i]![1]).defined(defined)(points.map((_, i) => i));
        expect(linePathText(points.length, (i) => points[i]![0], (i) => points[i]![1], defined)).toBe(d3 ?? '');
      }),
      { numRuns: 3000 },
    );
  }, MANY);

  it('rounds to 3 decimals: M0,1.235L10,2', () => {
    const ys = [1.23456, 2];
    expect(linePathText(2, (i) => i * 10, (i) => ys[i]!)).toBe('M0,1.235L10,2');
  });
});
