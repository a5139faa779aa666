// Not the state's index: the charts' worker draws with this and carries none of the page's modules.
import { runBLabel } from '../../state/runName';
import type { HistorySeries } from '../../worker/protocol';
import type { ChartRun } from './drawTimeChart';
import { TIME_LAYERS, type LayerSource, type LineNames, type TimeLayer, type TimeLayerKind } from './timeLayers';

/**
 * Run B's lines are dotted: round dots a line's width across, a pattern no line of run A has (theirs are solid or
 * dashed with square ends), so B reads apart from A without its colour, which is that of A's line of the same name.
 */
export const RUN_B_DASH: readonly number[] = [0.1, 6];
export const RUN_B_CAP = 'round' as const;

/** Which of a chart's lines run B overlays: every weight; of the errors only the MSE (B's row errors would double the thin lines). */
const OVERLAID: Record<TimeLayerKind, (layer: TimeLayer) => boolean> = {
  weights: () => true,
  error: (layer) => layer.key === 'mse',
};

/**
 * Run B's lines on a time chart while comparing: run A's layers of the same kind, read from B's frame, dotted and
 * named with " B", without the min/max bands (two bands of one colour would hide each other).
 */
export function runBLayers(kind: TimeLayerKind, frame: LayerSource, names?: LineNames): TimeLayer[] {
  return TIME_LAYERS[kind](frame, names)
    .filter(OVERLAID[kind])
    .map((layer) => ({
      ...layer,
      key: `${layer.key}-b`,
      label: runBLabel(layer.label),
      dash: RUN_B_DASH,
      cap: RUN_B_CAP,
      lineWidth: Math.max(3, layer.lineWidth),
      band: undefined,
      endLabel: true,
    }));
}

/**
 * Run B's history up to `iteration` (run A's last trained: one clock), as views of its arrays, not copies. B may
 * hold more: after run A was reset or edited, B's history still runs to where it had been, and would end elsewhere.
 */
export function seriesUpTo(series: HistorySeries, inputCount: number, iteration: number): HistorySeries {
  const its = series.iterations;
  let n = its.length;
  if (n === 0 || its[n - 1]! <= iteration) return series;
  let lo = 0;
  while (lo < n) {
    const mid = (lo + n) >> 1;
    if (its[mid]! <= iteration) lo = mid + 1;
    else n = mid;
  }
  const rows = series.rowCount;
  return {
    ...series,
    iterations: its.subarray(0, n),
    weights: series.weights.subarray(0, n * inputCount),
    weightsMin: series.weightsMin.subarray(0, n * inputCount),
    weightsMax: series.weightsMax.subarray(0, n * inputCount),
    mse: series.mse.subarray(0, n),
    mseMin: series.mseMin.subarray(0, n),
    mseMax: series.mseMax.subarray(0, n),
    rowErrors: series.rowErrors.subarray(0, n * rows),
  };
}

/** Run B's lines on a chart of `kind` whose clock (run A) has trained to `trainedTo`. */
export function runBChart(kind: TimeLayerKind, runB: LayerSource, trainedTo: number, names?: LineNames): ChartRun {
  const series = seriesUpTo(runB.series, runB.inputCount, trainedTo);
  return { series, layers: runBLayers(kind, { series, inputCount: runB.inputCount }, names) };
}
