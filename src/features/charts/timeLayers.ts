import type { Frame, HistorySeries } from '../../worker/protocol';
import { rowStyle, weightStyle, INK } from '../../ui/palette';

/** One series of a time chart: a line over the samples, with an optional min/max band around it. */
export interface TimeLayer {
  key: string;
  /** The name in the legend, the readout and at the line's end. */
  label: string;
  color: string;
  dash: readonly number[];
  /** How the dashes end: square (the default), or round for run B's dots. */
  cap?: 'butt' | 'round';
  lineWidth: number;
  /** Value at sample s. */
  value: (s: number) => number;
  /** The range each sample stands for, drawn as a faint band (a long run is sampled, not drawn point by point). */
  band?: { low: (s: number) => number; high: (s: number) => number };
  /** Written at the line's end (false for long tables whose labels would pile up). */
  endLabel: boolean;
}

/**
 * The words a time chart writes at its lines' ends and in its readout, in the screen's language: the page gives them
 * (the charts' worker, which draws the lines, has no catalogs). `row` has '#' where the row's number goes.
 */
export interface LineNames {
  row: string;
  mse: string;
}

export const ENGLISH_LINE_NAMES: LineNames = { row: 'row #', mse: 'MSE' };

/** What the layers read of a frame. */
export type LayerSource = Pick<Frame, 'series' | 'inputCount'>;

export function sampleCount(series: HistorySeries): number {
  return series.iterations.length;
}

/** One line per weight, with the band of values each sample covers. */
export function weightLayers(frame: LayerSource, _names?: LineNames): TimeLayer[] {
  const { series, inputCount: n } = frame;
  return Array.from({ length: n }, (_, j) => {
    const style = weightStyle(j);
    return {
      key: `w${j + 1}`,
      label: `w${j + 1}`,
      color: style.color,
      dash: style.dash,
      lineWidth: 3,
      value: (s: number) => series.weights[s * n + j]!,
      band: { low: (s: number) => series.weightsMin[s * n + j]!, high: (s: number) => series.weightsMax[s * n + j]! },
      endLabel: true,
    };
  });
}

/** The most rows whose lines get an end label; beyond it the lines stay unlabelled (the readout names them). */
export const LABELLED_ROWS = 6;

/** Each row's error (target - output) as a thin line, then the mean squared error as a thick one on top. */
export function errorLayers(frame: LayerSource, names: LineNames = ENGLISH_LINE_NAMES): TimeLayer[] {
  const { series } = frame;
  const rows = series.rowCount;
  const layers: TimeLayer[] = Array.from({ length: rows }, (_, r) => {
    const style = rowStyle(r);
    return {
      key: `row${r + 1}`,
      label: names.row.replace('#', String(r + 1)),
      color: style.color,
      dash: style.dash,
      lineWidth: 1.5,
      value: (s: number) => series.rowErrors[s * rows + r]!,
      endLabel: rows <= LABELLED_ROWS,
    };
  });
  layers.push({
    key: 'mse',
    label: names.mse,
    color: INK,
    dash: [],
    lineWidth: 3.5,
    value: (s: number) => series.mse[s]!,
    band: { low: (s: number) => series.mseMin[s]!, high: (s: number) => series.mseMax[s]! },
    endLabel: true,
  });
  return layers;
}

/** The time charts' layer sets by name: a name can cross to the charts' worker, a function cannot. */
export const TIME_LAYERS = { weights: weightLayers, error: errorLayers } as const;
export type TimeLayerKind = keyof typeof TIME_LAYERS;

/** The smallest and largest value the layers reach, bands included, and always 0 (so the sign reads at once). */
export function layersExtent(layers: readonly TimeLayer[], samples: number): [number, number] {
  // Runs every frame over every sample: no array per sample.
  let low = 0;
  let high = 0;
  const take = (v: number) => {
    if (!Number.isFinite(v)) return;
    if (v < low) low = v;
    if (v > high) high = v;
  };
  for (const layer of layers) {
    const band = layer.band;
    for (let s = 0; s < samples; s++) {
      take(layer.value(s));
      if (band) {
        take(band.low(s));
        take(band.high(s));
      }
    }
  }
  return [low, high];
}

/** The sample nearest to `iteration` (series.iterations is ascending). -1 when there are no samples. */
export function nearestSample(series: HistorySeries, iteration: number): number {
  const its = series.iterations;
  if (its.length === 0) return -1;
  let lo = 0;
  let hi = its.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (its[mid]! < iteration) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(its[lo - 1]! - iteration) <= Math.abs(its[lo]! - iteration)) return lo - 1;
  return lo;
}

/** End labels placed at their lines' last values, pushed apart so that none overlaps another. */
export function spreadLabels(ys: readonly number[], minGap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  // Each first into the range, so that a name beyond one end does not push the others past the other end.
  const placed = order.map((o) => Math.max(top, Math.min(bottom, o.y)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + minGap);
  const overflow = (placed[placed.length - 1] ?? bottom) - bottom;
  if (overflow > 0) for (let k = 0; k < placed.length; k++) placed[k] = placed[k]! - overflow;
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - minGap);
  if ((placed[0] ?? top) < top) {
    const shift = top - placed[0]!;
    for (let k = 0; k < placed.length; k++) placed[k] = placed[k]! + shift;
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = placed[k]!));
  return result;
}

/**
 * Groups of consecutive samples that fall in the same pixel column, as [first, last] sample pairs (flat).
 * A long run has several samples per pixel: drawing one point per column (and the band's extremes over the
 * column) looks the same and costs a fraction, which keeps each frame short on a school laptop.
 */
export function pixelGroups(iterations: Float64Array, x: (iteration: number) => number): Int32Array {
  const groups = new Int32Array(iterations.length * 2);
  let count = 0;
  let column = Number.NaN;
  for (let s = 0; s < iterations.length; s++) {
    const c = Math.round(x(iterations[s]!));
    if (c !== column) {
      groups[count * 2] = s;
      count++;
      column = c;
    }
    groups[count * 2 - 1] = s;
  }
  return groups.slice(0, count * 2);
}
