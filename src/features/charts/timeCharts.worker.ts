/// <reference lib="webworker" />
/**
 * The time charts' worker: draws the weights and error charts on canvases the page handed over
 * (transferControlToOffscreen), so a run's 60 drawings a second cost the page's main thread nothing but one message
 * per frame, and the browser shows each drawing without a paint of the page. Vite bundles it from
 * `new Worker(new URL('./timeCharts.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { drawTimeChart, prepareCanvas } from './drawTimeChart';
import { TIME_LAYERS } from './timeLayers';
import type { FromChartsWorker, ToChartsWorker } from './timeChartsProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const canvases = new Map<number, { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D }>();

scope.onmessage = (event: MessageEvent<ToChartsWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'attach': {
      const ctx = message.canvas.getContext('2d');
      if (ctx) canvases.set(message.id, { canvas: message.canvas, ctx });
      return;
    }
    case 'detach':
      canvases.delete(message.id);
      return;
    case 'draw':
      for (const draw of message.draws) {
        const target = canvases.get(draw.id);
        if (!target) continue;
        const { geometry: g } = draw;
        prepareCanvas(target.canvas, target.ctx, g.width, g.height, draw.ratio);
        let labels: FromChartsWorker['labels'] = [];
        if (message.series && draw.iteration !== null) {
          const frame = { iteration: draw.iteration, trainedTo: draw.trainedTo, series: message.series, inputCount: message.inputCount };
          labels = drawTimeChart(target.ctx, frame, TIME_LAYERS[draw.kind](frame), g, draw.cursorAt);
        }
        const answer: FromChartsWorker = { type: 'drawn', id: draw.id, iteration: draw.iteration, trainedTo: draw.trainedTo, labels };
        scope.postMessage(answer);
      }
      return;
    default: {
      const never: never = message;
      throw new Error(`Unknown message ${JSON.stringify(never)}`);
    }
  }
};
