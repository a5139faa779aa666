import type { HistorySeries } from '../../worker/protocol';
import { domainOf, drawTimeChart, prepareCanvas, sameDomain, seriesEnd, type ChartRun, type Context2D, type LabelBox } from './drawTimeChart';
import { runBChart } from './runBLayers';
import { domainToDraw } from './runningDomain';
import { TIME_LAYERS } from './timeLayers';
import type { ChartDraw, FromChartsWorker, OtherRun } from './timeChartsProtocol';

/**
 * One drawing in the charts' worker: the frame on the canvas with the axes the page showed, and what was drawn; or,
 * when the frame needs other axes, nothing drawn (the canvas keeps its drawing) and the domain it needs. The pass
 * over every sample for that domain happens here, off the page's main thread. Run B's lines (while comparing) are
 * drawn over run A's on the same axes, whose domain holds both. A running frame's x axis has room ahead
 * (runningDomain), so that its axes change rarely; a still frame's domain is exact.
 */
export function paintDraw(
  canvas: OffscreenCanvas,
  ctx: Context2D,
  series: HistorySeries | null,
  inputCount: number,
  draw: ChartDraw,
  runB: OtherRun | null = null,
): FromChartsWorker {
  const { geometry: g } = draw;
  let labels: LabelBox[] = [];
  const others: ChartRun[] = runB ? [runBChart(draw.kind, runB, draw.trainedTo, draw.geometry.names)] : [];
  if (series && draw.iteration !== null) {
    const frame = { iteration: draw.iteration, trainedTo: draw.trainedTo, series, inputCount };
    const layers = TIME_LAYERS[draw.kind](frame, g.names);
    const needed = domainOf(frame, layers, g.axis, others);
    const domain = domainToDraw(!draw.report, g, needed, g.axis);
    if (!sameDomain(g, domain)) return { type: 'domain', id: draw.id, domain };
    prepareCanvas(canvas, ctx, g.width, g.height, draw.ratio);
    labels = drawTimeChart(ctx, frame, layers, g, draw.cursorAt, others);
  } else prepareCanvas(canvas, ctx, g.width, g.height, draw.ratio);
  const trainedToB = others[0] && series && draw.iteration !== null ? seriesEnd(others[0].series) : null;
  return { type: 'drawn', id: draw.id, iteration: draw.iteration, trainedTo: draw.trainedTo, trainedToB, labels };
}

/**
 * The worker's answer to send for `draw`, or null: a 'domain' always goes (the page must draw new axes), a
 * 'drawn' only when the page asked for it (a still frame), so a run costs the page no message per chart per frame.
 */
export const answerToSend = (answer: FromChartsWorker, draw: ChartDraw): FromChartsWorker | null =>
  answer.type === 'domain' || draw.report ? answer : null;
