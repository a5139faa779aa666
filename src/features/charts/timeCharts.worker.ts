/// <reference lib="webworker" />
/**
 * The time charts' worker: draws the weights and error charts on canvases the page handed over
 * (transferControlToOffscreen), so a run's 60 drawings a second cost the page's main thread nothing but one message
 * per frame, and the browser shows each drawing without a paint of the page. Vite bundles it from
 * `new Worker(new URL('./timeCharts.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { answerToSend, paintDraw } from './paintDraw';
import type { HistorySeries } from '../../worker/protocol';
import type { FromChartsWorker, OtherRun, ToChartsWorker } from './timeChartsProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (answer: FromChartsWorker) => scope.postMessage(answer);
const canvases = new Map<number, { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D }>();
/** The series last sent for run A and for run B: a message may say 'last' instead of sending it again. */
let lastA: HistorySeries | null = null;
let lastB: HistorySeries | null = null;

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
    case 'draw': {
      if (message.series !== null && message.series !== 'last') lastA = message.series;
      if (message.runB && message.runB.series !== 'last') lastB = message.runB.series;
      const series = message.series === null ? null : lastA;
      const runB: OtherRun | null = message.runB && lastB ? { series: lastB, inputCount: message.runB.inputCount } : null;
      for (const draw of message.draws) {
        const target = canvases.get(draw.id);
        if (!target) continue;
        const answer = answerToSend(paintDraw(target.canvas, target.ctx, series, message.inputCount, draw, runB), draw);
        if (answer) reply(answer);
      }
      return;
    }
    default: {
      const never: never = message;
      throw new Error(`Unknown message ${JSON.stringify(never)}`);
    }
  }
};
