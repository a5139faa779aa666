import { describe, expect, it } from 'vitest';
import { boundaryInPlane, lineInBox, thirdIndex, type Box } from './boundary';

const UNIT: Box = { xMin: -0.25, xMax: 1.25, yMin: -0.25, yMax: 1.25 };
const onEdge = (x: number, y: number, box: Box) =>
  [x - box.xMin, box.xMax - x, y - box.yMin, box.yMax - y].some((d) => Math.abs(d) < 1e-12) &&
  x >= box.xMin - 1e-12 && x <= box.xMax + 1e-12 && y >= box.yMin - 1e-12 && y <= box.yMax + 1e-12;

describe('boundaryInPlane(weights, axes, fixed, box)', () => {
  // Weights of every sign, the tutorial's at 10,000 among them, on each pair of axes and third inputs 0, 1, 0.5.
  const weightSets = [
    [9.672993882, -0.2078663, -4.62963669],
    [-0.16595599, 0.44064899, -0.99977125],
    [2, 3, -2.5],
    [0.7, -0.4, 0.1],
    [1, 1, -1.5],
  ];
  const axesPairs: [number, number][] = [[0, 1], [0, 2], [1, 2], [2, 0]];
  for (const w of weightSets) {
    for (const axes of axesPairs) {
      for (const fixed of [0, 1, 0.5]) {
        it(`ends on w . x = 0 and on the box's edges for w = ${w.join(', ')}, axes ${axes.join('/')}, third = ${fixed}`, () => {
          const segment = boundaryInPlane(w, axes, fixed, UNIT);
          const third = thirdIndex(axes);
          // The line crosses the box exactly when w . x changes sign between the box's corners.
          const dotAt = (x: number, y: number) => {
            const input = [0, 0, 0];
            input[axes[0]] = x;
            input[axes[1]] = y;
            input[third] = fixed;
            return input[0]! * w[0]! + input[1]! * w[1]! + input[2]! * w[2]!;
          };
          const signs = [dotAt(UNIT.xMin, UNIT.yMin), dotAt(UNIT.xMax, UNIT.yMin), dotAt(UNIT.xMin, UNIT.yMax), dotAt(UNIT.xMax, UNIT.yMax)].map(Math.sign);
          expect(segment !== null).toBe(Math.min(...signs) < 0 && Math.max(...signs) > 0);
          if (!segment) return;
          for (const [x, y] of [[segment.x1, segment.y1], [segment.x2, segment.y2]] as const) {
            const input = [0, 0, 0];
            input[axes[0]] = x;
            input[axes[1]] = y;
            input[third] = fixed;
            const dot = input[0]! * w[0]! + input[1]! * w[1]! + input[2]! * w[2]!;
            expect(Math.abs(dot)).toBeLessThan(1e-12);
            expect(onEdge(x, y, UNIT)).toBe(true);
          }
          expect(Math.hypot(segment.x2 - segment.x1, segment.y2 - segment.y1)).toBeGreaterThan(0);
        });
      }
    }
  }

  it('draws AND\'s boundary x1 + x2 = 1.5 from (0.25, 1.25) to (1.25, 0.25)', () => {
    const segment = boundaryInPlane([1, 1, -1.5], [0, 1], 1, UNIT)!;
    const ends = [[segment.x1, segment.y1], [segment.x2, segment.y2]].sort((a, b) => a[0]! - b[0]!);
    expect(ends[0]![0]).toBeCloseTo(0.25, 12);
    expect(ends[0]![1]).toBeCloseTo(1.25, 12);
    expect(ends[1]![0]).toBeCloseTo(1.25, 12);
    expect(ends[1]![1]).toBeCloseTo(0.25, 12);
  });

  it('is null when the line misses the box, or when both axis weights are 0 (the output is flat)', () => {
    expect(boundaryInPlane([1, 1, -10], [0, 1], 1, UNIT)).toBeNull();
    expect(boundaryInPlane([0, 0, 3], [0, 1], 1, UNIT)).toBeNull();
  });

  it('takes a vertical line through a corner of the box', () => {
    const segment = lineInBox(1, 0, 0.25, UNIT)!;
    expect(segment.x1).toBe(-0.25);
    expect(segment.x2).toBe(-0.25);
    expect(Math.abs(segment.y2 - segment.y1)).toBe(1.5);
  });
});

describe('thirdIndex(axes)', () => {
  it('names the input on neither axis, and refuses equal or unknown axes', () => {
    expect(thirdIndex([0, 1])).toBe(2);
    expect(thirdIndex([2, 0])).toBe(1);
    expect(() => thirdIndex([1, 1])).toThrow(RangeError);
    expect(() => thirdIndex([0, 3])).toThrow(RangeError);
  });
});
