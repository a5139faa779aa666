/**
 * The neuron's 0.5 boundary in a plane of two inputs: sigmoid(w . x) = 0.5 exactly where w . x = 0, so with no
 * bias the boundary in the plane (x_a, x_b) with the third input fixed at c is the straight line
 *   w_a * x_a + w_b * x_b + w_c * c = 0.
 */

export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface LineSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The part of the line a * x + b * y + c = 0 inside `box`, as its two ends on the box's edges; null when the
 * line misses the box or is not a line (a = b = 0: the output is the same everywhere in the plane).
 */
export function lineInBox(a: number, b: number, c: number, box: Box): LineSegment | null {
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c))) return null;
  if (a === 0 && b === 0) return null;
  const points: [number, number][] = [];
  const add = (x: number, y: number) => {
    if (x < box.xMin || x > box.xMax || y < box.yMin || y > box.yMax) return;
    if (!points.some(([px, py]) => Math.abs(px - x) < 1e-12 && Math.abs(py - y) < 1e-12)) points.push([x, y]);
  };
  // Where the line crosses each edge: the vertical edges solve for y, the horizontal ones for x.
  if (b !== 0) {
    add(box.xMin, -(a * box.xMin + c) / b);
    add(box.xMax, -(a * box.xMax + c) / b);
  }
  if (a !== 0) {
    add(-(b * box.yMin + c) / a, box.yMin);
    add(-(b * box.yMax + c) / a, box.yMax);
  }
  if (points.length < 2) return null;
  // Of the crossings (two, or more when the line passes through a corner), the two furthest apart.
  let best: LineSegment | null = null;
  let longest = -1;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [x1, y1] = points[i]!;
      const [x2, y2] = points[j]!;
      const length = (x2 - x1) ** 2 + (y2 - y1) ** 2;
      if (length > longest) {
        longest = length;
        best = { x1, y1, x2, y2 };
      }
    }
  }
  return longest > 0 ? best : null;
}

/**
 * The 0.5 boundary of the neuron with `weights` in the plane of inputs `axes[0]` (x) and `axes[1]` (y), the
 * remaining input fixed at `fixed`: the segment of w_a x + w_b y + w_c fixed = 0 inside `box`, or null.
 */
export function boundaryInPlane(weights: ArrayLike<number>, axes: readonly [number, number], fixed: number, box: Box): LineSegment | null {
  const third = thirdIndex(axes);
  return lineInBox(weights[axes[0]]!, weights[axes[1]]!, weights[third]! * fixed, box);
}

/** The index (0, 1 or 2) of the one of three inputs or weights that is not on either axis. */
export function thirdIndex(axes: readonly [number, number]): number {
  if (axes[0] === axes[1] || ![0, 1, 2].includes(axes[0]) || ![0, 1, 2].includes(axes[1])) {
    throw new RangeError(`Axes ${axes.join(' and ')} are not allowed: they must be two different ones of 0, 1 and 2.`);
  }
  return 3 - axes[0] - axes[1];
}
