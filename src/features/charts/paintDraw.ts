import type { HistorySeries } from '../../worker/protocol';
import { domainOf, drawTimeChart, prepareCanvas, sameDomain, type Context2D, type LabelBox } from './drawTimeChart';
import { TIME_LAYERS } from './timeLayers';
import type { ChartDraw, FromChartsWorker } from './timeChartsProtocol';

/**
 * One drawing in the charts' worker: the frame on the canvas with the axes the page showed, and what was drawn; or,
 * when the frame needs other axes, nothing drawn (the canvas keeps its drawing) and the domain it needs. The pass
 * over every sample for that domain happens here, off the page's main thread.
 */
export function paintDraw(canvas: OffscreenCanvas, ctx: Context2D, series: HistorySeries | null, inputCount: number, draw: ChartDraw): FromChartsWorker {
  const { geometry: g } = draw;
  let labels: LabelBox[] = [];
  if (series && draw.iteration !== null) {
    const frame = { iteration: draw.iteration, trainedTo: draw.trainedTo, series, inputCount };
    const layers = TIME_LAYERS[draw.kind](frame);
    const domain = domainOf(frame, layers, g.axis);
    if (!sameDomain(g, domain)) return { type: 'domain', id: draw.id, domain };
    prepareCanvas(canvas, ctx, g.width, g.height, draw.ratio);
    labels = drawTimeChart(ctx, frame, layers, g, draw.cursorAt);
  } else prepareCanvas(canvas, ctx, g.width, g.height, draw.ratio);
  return { type: 'drawn', id: draw.id, iteration: draw.iteration, trainedTo: draw.trainedTo, labels };
}
