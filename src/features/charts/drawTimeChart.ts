import type { Frame } from '../../worker/protocol';
import { BAND_OPACITY, INK, MUTED_INK } from '../../ui/palette';
import { fontSizeOf } from '../../ui/textMetrics';
import { iterationAxis, type AxisKind } from './iterationAxis';
import { linearMap, niceDomain } from './plainScales';
import { traceArea, traceLine } from './tracePath';
import { layersExtent, nearestSample, pixelGroups, sampleCount, spreadLabels, type TimeLayer } from './timeLayers';

/** What a time chart draws of a frame. */
export type ChartFrame = Pick<Frame, 'iteration' | 'trainedTo' | 'series'>;

/** The axes' domain: the last iteration on the x axis and the y axis's range. */
export interface Domain {
  xEnd: number;
  y0: number;
  y1: number;
}

/** The domain the axes need for `layers` of `frame`: every value and band in view, with round ends. */
export function domainOf(frame: ChartFrame, layers: readonly TimeLayer[], axis: AxisKind): Domain {
  const [low, high] = layersExtent(layers, sampleCount(frame.series));
  const [y0, y1] = niceDomain(low, high === low ? low + 1 : high, 4);
  return { xEnd: iterationAxis(axis, frame.trainedTo, [0, 1]).end, y0, y1 };
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
}

/** A line's name drawn at its end, for anyone checking its size and that none hides another (a canvas holds no text). */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** The 2D drawing calls a time chart makes: a canvas's, an OffscreenCanvas's in a worker, or an SVG recorder's. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Draws the layers of `frame` into `ctx` (in CSS pixels: the caller sets the transform and clears): the bands,
 * the lines, the iteration shown when it is not the last trained, the cursor's line and dots, and each line's name
 * at its end. The same code draws on screen (in the page or in the charts' worker) and into an export.
 * Returns the end labels' boxes, rounded to whole pixels.
 */
export function drawTimeChart(ctx: Context2D, frame: ChartFrame, all: readonly TimeLayer[], g: TimeChartGeometry, cursorAt: number | null): LabelBox[] {
  // Plain arithmetic, the same doubles as d3-scale and d3-shape: the worker that draws with this carries no d3.
  const x = iterationAxis(g.axis, g.xEnd, [g.left, g.left + g.plotWidth]).x;
  const y = linearMap(g.y0, g.y1, g.top + g.plotHeight, g.top);
  const its = frame.series.iterations;
  const samples = sampleCount(frame.series);
  const groups = pixelGroups(its, x);
  const columns = groups.length / 2;
  const last = (k: number) => groups[k * 2 + 1]!;

  ctx.save();
  ctx.beginPath();
  ctx.rect(g.left, g.top - 2, g.plotWidth, g.plotHeight + 4);
  ctx.clip();
  for (const layer of all) {
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
  for (const layer of all) {
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
    ctx.stroke();
    if (samples === 1) {
      ctx.beginPath();
      ctx.arc(x(its[0]!), y(layer.value(0)), layer.lineWidth + 1.5, 0, 2 * Math.PI);
      ctx.fillStyle = layer.color;
      ctx.fill();
    }
  }
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
  if (cursorAt !== null && samples > 0) {
    const s = nearestSample(frame.series, cursorAt);
    const cx = x(its[s]!);
    ctx.beginPath();
    ctx.moveTo(cx, g.top);
    ctx.lineTo(cx, g.top + g.plotHeight);
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.setLineDash([]);
    for (const layer of all) {
      ctx.beginPath();
      ctx.arc(cx, y(layer.value(s)), 5, 0, 2 * Math.PI);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = layer.color;
      ctx.stroke();
    }
  }
  ctx.restore();

  // Each line's name at its end, pushed apart so that none hides another.
  if (samples === 0) return [];
  const labelled = all.filter((l) => l.endLabel);
  const end = samples - 1;
  const size = fontSizeOf(g.labelFont);
  const ys = spreadLabels(
    labelled.map((l) => y(l.value(end))),
    Math.ceil(size * 1.15),
    g.top + size / 2,
    // Within the plot's height, so the lowest name stays clear of the x ticks under it.
    g.top + g.plotHeight - size / 2,
  );
  ctx.font = g.labelFont;
  ctx.textBaseline = 'middle';
  return labelled.map((layer, k) => {
    ctx.fillStyle = layer.color;
    ctx.fillText(layer.label, g.left + g.plotWidth + 6, ys[k]!);
    const width = ctx.measureText(layer.label).width;
    const box = { x: g.left + g.plotWidth + 6, y: ys[k]! - size * 0.55, width, height: size * 1.1 };
    return { text: layer.label, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height), fontSize: size };
  });
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
