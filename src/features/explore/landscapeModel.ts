import { scaleLinear } from 'd3-scale';
import type { HistorySeries } from '../../worker/protocol';

/** Cells along each side of the landscape's grid (the issue asks for at least 100 x 100). */
export const LANDSCAPE_CELLS = 128;
/** Filled contour bands, evenly spaced in log(error). */
export const LANDSCAPE_LEVELS = 14;

/**
 * The weight range a landscape axis shows: the whole trained run's extent of that weight (every sample's envelope,
 * so no excursion is cut) and the weight now, with a margin of 15% (at least 1.5 either side), widened to round
 * ticks. It depends on the run, not on the iteration shown, so the surface holds still while the timeline moves.
 */
export function axisRange(series: HistorySeries, inputCount: number, weight: number, now: number): [number, number] {
  let lo = now;
  let hi = now;
  const samples = series.iterations.length;
  for (let s = 0; s < samples; s++) {
    const low = series.weightsMin[s * inputCount + weight]!;
    const high = series.weightsMax[s * inputCount + weight]!;
    if (low < lo) lo = low;
    if (high > hi) hi = high;
  }
  const margin = Math.max(1.5, (hi - lo) * 0.15);
  const [niceLo, niceHi] = scaleLinear().domain([lo - margin, hi + margin]).nice(6).domain() as [number, number];
  return [niceLo, niceHi];
}

/** The run's path over two weights up to the iteration shown: the sampled points, then the exact point shown. */
export function weightPath(series: HistorySeries, inputCount: number, axes: readonly [number, number], iteration: number, now: ArrayLike<number>): [number, number][] {
  const path: [number, number][] = [];
  const samples = series.iterations.length;
  for (let s = 0; s < samples && series.iterations[s]! < iteration; s++) {
    path.push([series.weights[s * inputCount + axes[0]]!, series.weights[s * inputCount + axes[1]]!]);
  }
  path.push([now[axes[0]]!, now[axes[1]]!]);
  return path;
}

/**
 * The path's points on screen, less those within `finest` pixels of the last one kept (the first and the last are
 * always kept): a walk of a thousand samples, most of them where the run has settled, drawn with the points that
 * show. Its string, and the SVG drawn from it, were rebuilt whole 8 times a second of a run.
 */
export function visiblePoints(points: readonly [number, number][], finest = 0.5): [number, number][] {
  const kept: [number, number][] = [];
  for (let k = 0; k < points.length; k++) {
    const point = points[k]!;
    const last = kept[kept.length - 1];
    if (!last || k === points.length - 1 || Math.hypot(point[0] - last[0], point[1] - last[1]) >= finest) kept.push(point);
  }
  return kept;
}

/** d3-contour's rings (in grid cells) as one SVG path, its points rounded to 1/100 of a cell. */
export function ringsPath(coordinates: number[][][][]): string {
  let d = '';
  for (const polygon of coordinates) {
    for (const ring of polygon) {
      ring.forEach(([x, y], k) => {
        d += `${k === 0 ? 'M' : 'L'}${Math.round(x! * 100) / 100} ${Math.round(y! * 100) / 100}`;
      });
      d += 'Z';
    }
  }
  return d;
}

/** A rectangle on screen, in pixels. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a marker of half-size `reach` (its stroke included) is drawn so that all of it lies in the plot: at its
 * point, or pressed against the edge it would cross. The lowest point in view is often a cell at the edge (the
 * tutorial's error keeps falling as its weights grow), and centred there the marker was cut in half by the plot.
 */
export function markerInside(px: number, py: number, reach: number, plot: PlotBox): [number, number] {
  const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));
  return [clamp(px, plot.left + reach, plot.left + plot.width - reach), clamp(py, plot.top + reach, plot.top + plot.height - reach)];
}

/** The lowest point's diamond, centre to tip: 9 px; 16 px when the point shown sits on it. */
export const LOWEST_HALF = 9;
export const LOWEST_HALF_AROUND = 16;

/**
 * Where and how large to draw the lowest point's diamond, given its cell's centre and half-size on screen and the
 * circle of the point shown (of half-size `nowReach`, its stroke included). Where the two overlap, a 9 px diamond
 * lies under the circle and the learner sees only "now" (at the bottom of XOR's bowl they are one point), so the
 * diamond grows to stand round the circle: a 16 px diamond's sides are 16/sqrt(2) = 11.3 px from its centre, clear
 * of a 9.5 px circle. When the point shown lies in the lowest cell itself, the diamond stands round it exactly: the
 * cell's centre is the lowest point only to within the cell.
 */
export function lowestMark(
  cell: readonly [number, number],
  cellHalf: readonly [number, number],
  now: readonly [number, number] | null,
  nowReach: number,
): { at: [number, number]; half: number } {
  if (!now) return { at: [cell[0], cell[1]], half: LOWEST_HALF };
  const [dx, dy] = [now[0] - cell[0], now[1] - cell[1]];
  if (Math.abs(dx) <= cellHalf[0] && Math.abs(dy) <= cellHalf[1]) return { at: [now[0], now[1]], half: LOWEST_HALF_AROUND };
  return { at: [cell[0], cell[1]], half: Math.hypot(dx, dy) < LOWEST_HALF + nowReach ? LOWEST_HALF_AROUND : LOWEST_HALF };
}
