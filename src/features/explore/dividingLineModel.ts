import { thirdIndex, type Box } from '../../core/boundary';
import type { Dataset } from '../../state';

/** A row of the table placed in the plane of two inputs. */
export interface PlanePoint {
  /** The row's number in the table, from 1. */
  row: number;
  x: number;
  y: number;
  target: number;
  /** The row's third input equals the value the plane is cut at: it lies in this plane. */
  onSlice: boolean;
}

/** For 0/1 inputs the unit square with a margin; otherwise the rows' extent (with 0 and 1), a margin around it. */
export function planeBox(dataset: Dataset, axes: readonly [number, number]): Box {
  const xs = [0, 1, ...dataset.inputs.map((row) => row[axes[0]]!)];
  const ys = [0, 1, ...dataset.inputs.map((row) => row[axes[1]]!)];
  const span = (values: number[]): [number, number] => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const margin = Math.max(0.25, (hi - lo) * 0.15);
    return [lo - margin, hi + margin];
  };
  const [xMin, xMax] = span(xs);
  const [yMin, yMax] = span(ys);
  return { xMin, xMax, yMin, yMax };
}

/** Every row of the table in the plane of inputs `axes`, the third input cut at `fixed`. */
export function planePoints(dataset: Dataset, axes: readonly [number, number], fixed: number): PlanePoint[] {
  const third = thirdIndex(axes);
  return dataset.inputs.map((row, r) => ({
    row: r + 1,
    x: row[axes[0]]!,
    y: row[axes[1]]!,
    target: dataset.targets[r]!,
    onSlice: row[third] === fixed,
  }));
}

/**
 * How many of the rows in the plane sit on the wrong side of the 0.5 line: the neuron's output there is on the
 * other side of 0.5 from the row's target (a target of exactly 0.5 is on no side, so never wrong).
 */
export function rowsOnWrongSide(points: readonly PlanePoint[], weights: ArrayLike<number>, axes: readonly [number, number], fixed: number): number {
  const third = thirdIndex(axes);
  let wrong = 0;
  for (const p of points) {
    if (!p.onSlice || p.target === 0.5) continue;
    const z = weights[axes[0]]! * p.x + weights[axes[1]]! * p.y + weights[third]! * fixed;
    if (z > 0 !== p.target > 0.5 || z === 0) wrong++;
  }
  return wrong;
}
