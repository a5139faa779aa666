import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear, scaleSymlog } from 'd3-scale';
import { iterationAxis, powerOfTenAbove } from './iterationAxis';

// How the time charts built their x axis with d3 before the worker dropped it: the positions must not move by a bit.
function d3Axis(kind: 'linear' | 'log', trainedTo: number, range: [number, number]) {
  if (kind === 'log') {
    const end = powerOfTenAbove(trainedTo);
    return { x: scaleSymlog().constant(1).domain([0, end]).range(range), end };
  }
  const scale = scaleLinear().domain([0, Math.max(10, trainedTo)]).range(range).nice(5);
  return { x: scale, end: scale.domain()[1]! };
}

describe('iterationAxis(kind, trainedTo, range)', () => {
  it('puts every iteration exactly where d3 did, with the same end, on both kinds of axis', () => {
    const iterations = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(0, 10, 100, 730, 10000, 1e6));
    const pixel = fc.double({ min: 0, max: 4000, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom('linear' as const, 'log' as const), iterations, pixel, pixel, iterations, (kind, trainedTo, left, width, at) => {
        const range: [number, number] = [left, left + width];
        const ours = iterationAxis(kind, trainedTo, range);
        const theirs = d3Axis(kind, trainedTo, range);
        expect(ours.end).toBe(theirs.end);
        expect(ours.x(at)).toBe(theirs.x(at));
      }),
      { numRuns: 5000 },
    );
    // Many cases: on a busy machine they take longer than vitest's default 5 s, which is no fault.
  }, 120_000);

  it('ends a linear axis at a round number (730 -> 800, nothing trained -> 10) and a log axis at a power of ten', () => {
    expect(iterationAxis('linear', 730, [0, 500]).end).toBe(800);
    expect(iterationAxis('linear', 730, [0, 500]).x(400)).toBe(250);
    expect(iterationAxis('linear', 0, [0, 100]).end).toBe(10);
    expect(iterationAxis('log', 10001, [0, 400]).end).toBe(100000);
  });
});
