import { sigmoid, sigmoidSlope } from '../../core/neuronMath';
import type { LinearScale } from '../../ui/plainScales';
import { strokeHitsBox, type Box, type Point } from '../../ui/geometry';

/*
 * The sigmoid chart's two curves as the points they are drawn through, for the drawing and for placing the curves'
 * names where no curve crosses them: both ask for the same points, so what is avoided is what is drawn.
 */

export const CURVE_POINTS = 161;
export const SIGMOID_STROKE = 3;
export const SLOPE_STROKE = 2.5;

export interface Curve {
  name: 'sigmoid' | 'slope';
  points: Point[];
  strokeWidth: number;
}

/** sigmoid(z) and its slope out(1 - out) from -zLimit to zLimit, in pixels. */
export function sigmoidCurves(x: LinearScale, y: LinearScale, zLimit: number): Curve[] {
  const zs = Array.from({ length: CURVE_POINTS }, (_, i) => -zLimit + (2 * zLimit * i) / (CURVE_POINTS - 1));
  return [
    { name: 'sigmoid', points: zs.map((z) => ({ x: x(z), y: y(sigmoid(z)) })), strokeWidth: SIGMOID_STROKE },
    { name: 'slope', points: zs.map((z) => ({ x: x(z), y: y(sigmoidSlope(sigmoid(z))) })), strokeWidth: SLOPE_STROKE },
  ];
}

/**
 * How many of the curves cross the box. `pad` is added to each stroke's half width: a label's white halo is drawn
 * round its letters, and a curve just touching the halo still reads as crossing the word.
 */
export function curveCrossings(curves: readonly Curve[], box: Box, pad = 0): number {
  let count = 0;
  for (const curve of curves) {
    const reach = curve.strokeWidth / 2 + pad;
    const points = curve.points;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      // The curves run left to right: only the segments over the box's columns can meet it.
      if (Math.max(a.x, b.x) < box.x - reach || Math.min(a.x, b.x) > box.x + box.width + reach) continue;
      if (strokeHitsBox(a, b, 2 * reach, box)) {
        count++;
        break;
      }
    }
  }
  return count;
}
