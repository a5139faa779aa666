import type { Frame, HistorySeries } from '../../worker/protocol';
import { BAND_OPACITY, INK, MUTED_INK } from '../../ui/palette';
import { fontSizeOf } from '../../ui/textMetrics';
import { iterationAxis, type AxisKind } from './iterationAxis';
import { linearMap, niceDomain } from '../../ui/plainScales';
import { traceArea, traceLine } from '../../ui/tracePath';
import { layersExtent, nearestSample, pixelGroups, sampleCount, spreadLabels, type LineNames, type TimeLayer } from './timeLayers';

/** What a time chart draws of a frame. */
export type ChartFrame = Pick<Frame, 'iteration' | 'trainedTo' | 'series'>;

/** Another run's lines on the same chart (run B while comparing): its own samples and the layers read from them. */
export interface ChartRun {
  series: HistorySeries;
  layers: readonly TimeLayer[];
}

/** The last iteration a series holds (its run's trainedTo), or 0 when empty. */
export const seriesEnd = (series: HistorySeries): number => series.iterations[series.iterations.length - 1] ?? 0;

/** The axes' domain: the last iteration on the x axis and the y axis's range. */
export interface Domain {
  xEnd: number;
  y0: number;
  y1: number;
}

/**
 * The domain the axes need for `layers` of `frame` and the other runs' lines (one joint domain): every value and
 * band in view, with round ends.
 */
export function domainOf(frame: ChartFrame, layers: readonly TimeLayer[], axis: AxisKind, others: readonly ChartRun[] = []): Domain {
  let [low, high] = layersExtent(layers, sampleCount(frame.series));
  let end = frame.trainedTo;
  for (const run of others) {
    const [l, h] = layersExtent(run.layers, sampleCount(run.series));
    low = Math.min(low, l);
    high = Math.max(high, h);
    end = Math.max(end, seriesEnd(run.series));
  }
  const [y0, y1] = niceDomain(low, high === low ? low + 1 : high, 4);
  return { xEnd: iterationAxis(axis, end, [0, 1]).end, y0, y1 };
}

export const sameDomain = (a: Domain | null, b: Domain) => a !== null && a.xEnd === b.xEnd && a.y0 === b.y0 && a.y1 === b.y1;

/** Where a time chart draws: its size, the plot's box inside it, its axes' domain and the end labels' font. */
export interface TimeChartGeometry extends Domain {
  width: number;
  height: number;
  /** The plot's left edge and top, as the axes have them. */
  left: number;
  top: number;
  plotWidth: number;
  plotHeight: number;
  axis: AxisKind;
  labelFont: string;
  /** The lines' names in the screen's language. */
  names: LineNames;
}

/** A line's name drawn at its end, for anyone checking its size and that none hides another (a canvas holds no text). */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  /** The value the line ends on (at its run's last iteration), for anyone checking the drawing's numbers. */
  value: number;
}

/** The 2D drawing calls a time chart makes: a canvas's, an OffscreenCanvas's in a worker, or an SVG recorder's. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Draws the layers of `frame` into `ctx` (in CSS pixels: the caller sets the transform and clears): the bands,
 * the lines, the iteration shown when it is not the last trained, the cursor's line and dots, and each line's name
 * at its end. `others` (run B while comparing) draw over them on the same axes, each run from its own samples.
 * The same code draws on screen (in the page or in the charts' worker) and into an export.
 * Returns the end labels' boxes, rounded to whole pixels.
 */
export function drawTimeChart(
  ctx: Context2D,
  frame: ChartFrame,
  all: readonly TimeLayer[],
  g: TimeChartGeometry,
  cursorAt: number | null,
  others: readonly ChartRun[] = [],
): LabelBox[] {
  // Plain arithmetic, the same doubles as d3-scale and d3-shape: the worker that draws with this carries no d3.
  const x = iterationAxis(g.axis, g.xEnd, [g.left, g.left + g.plotWidth]).x;
  const y = linearMap(g.y0, g.y1, g.top + g.plotHeight, g.top);
  const runs: ChartRun[] = [{ series: frame.series, layers: all }, ...others];

  ctx.save();
  ctx.beginPath();
  ctx.rect(g.left, g.top - 2, g.plotWidth, g.plotHeight + 4);
  ctx.clip();
  for (const run of runs) drawRunLines(ctx, run, x, y);
  ctx.setLineDash([]);
  // The iteration shown, when it is not the last one trained (after seeking back).
  if (frame.iteration !== frame.trainedTo) {
    ctx.beginPath();
    ctx.moveTo(x(frame.iteration), g.top);
    ctx.lineTo(x(frame.iteration), g.top + g.plotHeight);
    ctx.strokeStyle = MUTED_INK;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  if (cursorAt !== null && sampleCount(frame.series) > 0) {
    const cx = x(frame.series.iterations[nearestSample(frame.series, cursorAt)]!);
    ctx.beginPath();
    ctx.moveTo(cx, g.top);
    ctx.lineTo(cx, g.top + g.plotHeight);
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.setLineDash([]);
    for (const run of runs) {
      if (sampleCount(run.series) === 0) continue;
      const s = nearestSample(run.series, cursorAt);
      for (const layer of run.layers) {
        ctx.beginPath();
        ctx.arc(x(run.series.iterations[s]!), y(layer.value(s)), 5, 0, 2 * Math.PI);
        ctx.fillStyle = '#fff';
        ctx.fill();
        ctx.lineWidth = 2.5;
        ctx.strokeStyle = layer.color;
        ctx.stroke();
      }
    }
  }
  ctx.restore();

  // Each line's name at its end, pushed apart so that none hides another: each run's names in a column of their
  // own (run B's to the right of run A's), so that two runs' six names need no more height than one run's three.
  const size = fontSizeOf(g.labelFont);
  ctx.font = g.labelFont;
  ctx.textBaseline = 'middle';
  const boxes: LabelBox[] = [];
  let x0 = g.left + g.plotWidth + 6;
  for (const run of runs) {
    const end = sampleCount(run.series) - 1;
    const labelled = end < 0 ? [] : run.layers.filter((l) => l.endLabel).map((layer) => ({ layer, value: layer.value(end) }));
    if (labelled.length === 0) continue;
    const ys = spreadLabels(
      labelled.map((l) => y(l.value)),
      Math.ceil(size * 1.15),
      g.top + size / 2,
      // Within the plot's height, so the lowest name stays clear of the x ticks under it.
      g.top + g.plotHeight - size / 2,
    );
    let widest = 0;
    labelled.forEach(({ layer, value }, k) => {
      ctx.fillStyle = layer.color;
      ctx.fillText(layer.label, x0, ys[k]!);
      const width = ctx.measureText(layer.label).width;
      widest = Math.max(widest, width);
      const box = { x: x0, y: ys[k]! - size * 0.55, width, height: size * 1.1 };
      boxes.push({ text: layer.label, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height), fontSize: size, value });
    });
    x0 += widest + LABEL_COLUMN_GAP;
  }
  return boxes;
}

/** Between one run's column of end labels and the next run's. */
export const LABEL_COLUMN_GAP = 8;

/** One run's bands, then its lines, over the pixel columns of its own samples. */
function drawRunLines(ctx: Context2D, run: ChartRun, x: (iteration: number) => number, y: (value: number) => number): void {
  const its = run.series.iterations;
  const groups = pixelGroups(its, x);
  const columns = groups.length / 2;
  const last = (k: number) => groups[k * 2 + 1]!;
  for (const layer of run.layers) {
    if (!layer.band) continue;
    const band = layer.band;
    // Over each pixel column, the band spans the lowest low and the highest high of its samples.
    const extreme = (k: number, pick: (s: number) => number, better: (a: number, b: number) => boolean) => {
      let value = pick(groups[k * 2]!);
      for (let s = groups[k * 2]! + 1; s <= last(k); s++) if (better(pick(s), value)) value = pick(s);
      return value;
    };
    ctx.beginPath();
    traceArea(
      ctx,
      columns,
      (k) => x(its[last(k)]!),
      (k) => y(extreme(k, band.low, (a, b) => a < b)),
      (k) => y(extreme(k, band.high, (a, b) => a > b)),
    );
    ctx.globalAlpha = BAND_OPACITY;
    ctx.fillStyle = layer.color;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  for (const layer of run.layers) {
    ctx.beginPath();
    traceLine(
      ctx,
      columns,
      (k) => x(its[last(k)]!),
      (k) => y(layer.value(last(k))),
      (k) => Number.isFinite(layer.value(last(k))),
    );
    ctx.setLineDash(layer.dash as number[]);
    ctx.lineWidth = layer.lineWidth;
    ctx.strokeStyle = layer.color;
    ctx.lineJoin = 'round';
    ctx.lineCap = layer.cap ?? 'butt';
    ctx.stroke();
    if (its.length === 1) {
      ctx.beginPath();
      ctx.arc(x(its[0]!), y(layer.value(0)), layer.lineWidth + 1.5, 0, 2 * Math.PI);
      ctx.fillStyle = layer.color;
      ctx.fill();
    }
  }
  ctx.lineCap = 'butt';
}

/** Sizes the canvas for the device's pixels (when it changed), then clears it, in CSS pixels from here on. */
export function prepareCanvas(canvas: HTMLCanvasElement | OffscreenCanvas, ctx: Context2D, width: number, height: number, ratio: number): void {
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
}
