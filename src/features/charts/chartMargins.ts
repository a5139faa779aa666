import { fontSizeOf } from '../../ui/textMetrics';

/** The room around a chart's plot, from the sizes its axis texts are drawn at (presenter mode draws them larger). */
export interface ChartMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** How far under the plot the x ticks' baseline sits. */
  tickBaseline: number;
  /** Where the rotated y-axis label's baseline sits, from the left edge. */
  yLabelX: number;
}

const TICK_GAP = 8;

/**
 * Margins that keep the tick labels, the axis labels and the plot apart at any type size: under the plot, the
 * x ticks, then the x-axis label; at the left, the rotated y-axis label, then the widest y tick.
 */
export function chartMargins(tickFont: string, axisFont: string, yTickWidths: readonly number[], top: number, right: number): ChartMargins {
  const tick = fontSizeOf(tickFont);
  const axis = fontSizeOf(axisFont);
  // Low enough that the first x tick clears the y tick at the plot's corner (0 there, half a line below the axis).
  const tickBaseline = Math.ceil(tick * 1.55 + 2);
  const yLabelX = Math.ceil(axis + 2);
  return {
    top,
    right,
    tickBaseline,
    // The axis label's line (its descent under the baseline included) below the ticks' line.
    bottom: Math.ceil(tickBaseline + tick * 0.3 + 4 + axis * 1.2),
    yLabelX,
    left: Math.ceil(yLabelX + axis * 0.3 + 6 + Math.max(0, ...yTickWidths) + TICK_GAP),
  };
}

/**
 * Of ticks at these x pixels with these label widths, the every-k-th (k as small as it can be) whose labels keep
 * `gap` px apart; the first tick (0) always stays.
 */
export function legibleTicks<T>(ticks: readonly T[], xs: readonly number[], widths: readonly number[], gap = 10): T[] {
  for (let stride = 1; stride <= ticks.length; stride++) {
    const kept = ticks.map((_, i) => i).filter((i) => i % stride === 0);
    const clear = kept.every((i, k) => k === 0 || xs[i]! - widths[i]! / 2 - (xs[kept[k - 1]!]! + widths[kept[k - 1]!]! / 2) >= gap);
    if (clear) return kept.map((i) => ticks[i]!);
  }
  return ticks.slice(0, 1);
}
