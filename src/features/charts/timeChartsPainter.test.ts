import { describe, expect, it } from 'vitest';
import type { HistorySeries } from '../../worker/protocol';
import { TimeChartsPainter, type ChartsWorkerLike, type PaintedChart } from './timeChartsPainter';
import type { ChartDraw, FromChartsWorker, ToChartsWorker } from './timeChartsProtocol';
import { ENGLISH_LINE_NAMES } from './timeLayers';

class FakeWorker implements ChartsWorkerLike {
  sent: ToChartsWorker[] = [];
  transfers: Transferable[][] = [];
  onmessage: ((event: MessageEvent<FromChartsWorker>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  postMessage(message: ToChartsWorker, transfer: Transferable[] = []) {
    this.sent.push(message);
    this.transfers.push(transfer);
  }
}

/** A canvas that can be handed over (`transferable`) or not, as a browser without transferControlToOffscreen. */
function canvas(transferable = true): HTMLCanvasElement {
  return (transferable ? { transferControlToOffscreen: () => ({}) as OffscreenCanvas } : {}) as unknown as HTMLCanvasElement;
}

const chart = (log: string[] = []): PaintedChart => ({ drawn: (answer) => log.push(answer.type === 'drawn' ? `drawn ${answer.id} ${answer.iteration}` : `domain ${answer.id}`), lost: () => log.push('lost') });
const series = (): HistorySeries => ({ iterations: new Float64Array([0, 10]) }) as unknown as HistorySeries;
const drawOf = (id: number, iteration: number): ChartDraw => ({
  id,
  kind: 'weights',
  iteration,
  trainedTo: iteration,
  geometry: { width: 300, height: 200, left: 40, top: 12, plotWidth: 220, plotHeight: 150, axis: 'linear', xEnd: 10, y0: -1, y1: 1, labelFont: '600 15px sans-serif', names: ENGLISH_LINE_NAMES },
  ratio: 1,
  cursorAt: null,
  report: true,
});
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('TimeChartsPainter', () => {
  it('sends the drawings asked in one task in one message, with the series once and the latest drawing of each chart', async () => {
    const worker = new FakeWorker();
    const painter = new TimeChartsPainter(() => worker);
    const a = painter.attach(canvas(), chart())!;
    const b = painter.attach(canvas(), chart())!;
    expect(worker.sent.map((m) => m.type)).toEqual(['attach', 'attach']);
    const s = series();
    painter.draw(s, 3, drawOf(a, 5));
    painter.draw(s, 3, drawOf(b, 5));
    painter.draw(s, 3, drawOf(a, 6));
    expect(worker.sent).toHaveLength(2); // nothing before the task ends
    await settle();
    expect(worker.sent).toHaveLength(3);
    const message = worker.sent[2]!;
    expect(message.type).toBe('draw');
    if (message.type !== 'draw') return;
    expect(message.series).toBe(s);
    expect(message.inputCount).toBe(3);
    expect(message.draws.map((d) => [d.id, d.iteration])).toEqual([
      [a, 6],
      [b, 5],
    ]);
  });

  it('sends drawings of different frames apart', async () => {
    const worker = new FakeWorker();
    const painter = new TimeChartsPainter(() => worker);
    const a = painter.attach(canvas(), chart())!;
    const b = painter.attach(canvas(), chart())!;
    const first = series();
    const second = series();
    painter.draw(first, 3, drawOf(a, 5));
    painter.draw(second, 3, drawOf(b, 9));
    await settle();
    const draws = worker.sent.filter((m) => m.type === 'draw');
    expect(draws.map((m) => (m.type === 'draw' ? [m.series === first, m.draws.map((d) => d.id)] : null))).toEqual([
      [true, [a]],
      [false, [b]],
    ]);
  });

  it("sends run B's history in the same message as run A's frame, for every chart that draws both (one message per frame)", async () => {
    const worker = new FakeWorker();
    const painter = new TimeChartsPainter(() => worker);
    const a = painter.attach(canvas(), chart())!;
    const b = painter.attach(canvas(), chart())!;
    const s = series();
    const runB = { series: series(), inputCount: 3 };
    painter.draw(s, 3, drawOf(a, 5), runB);
    painter.draw(s, 3, drawOf(b, 5), runB);
    await settle();
    const draws = worker.sent.filter((m) => m.type === 'draw');
    expect(draws).toHaveLength(1);
    const [message] = draws;
    if (message?.type !== 'draw') return;
    expect(message.series).toBe(s);
    expect(message.runB).toEqual(runB);
    expect(message.draws.map((d) => d.id)).toEqual([a, b]);
  });

  it("sends each run's series once: a drawing of the same frame again (a cursor, run B's next frame) says 'last'", async () => {
    const worker = new FakeWorker();
    const painter = new TimeChartsPainter(() => worker);
    const a = painter.attach(canvas(), chart())!;
    const s = series();
    const b1 = series();
    const b2 = series();
    painter.draw(s, 3, drawOf(a, 5), { series: b1, inputCount: 3 });
    await settle();
    painter.draw(s, 3, drawOf(a, 5), { series: b2, inputCount: 3 });
    await settle();
    painter.draw(s, 3, drawOf(a, 5), { series: b2, inputCount: 3 });
    await settle();
    const next = series();
    painter.draw(next, 3, drawOf(a, 6), null);
    await settle();
    const sent = worker.sent.filter((m) => m.type === 'draw').map((m) => (m.type === 'draw' ? [m.series, m.runB?.series ?? null] : null));
    expect(sent).toEqual([
      [s, b1],
      ['last', b2],
      ['last', 'last'],
      [next, null],
    ]);
  });

  it("transfers a frame's copy of its series (Frame.chartsSeries) instead of copying it, and only once", async () => {
    const worker = new FakeWorker();
    const painter = new TimeChartsPainter(() => worker);
    const a = painter.attach(canvas(), chart())!;
    const s = series();
    const copyA = { iterations: new Float64Array([0, 10]) } as unknown as HistorySeries;
    const copyB = { iterations: new Float64Array([0, 10]) } as unknown as HistorySeries;
    const b = series();
    painter.draw(s, 3, drawOf(a, 5), { series: b, inputCount: 3 }, { series: copyA, runB: copyB });
    await settle();
    const message = worker.sent.at(-1)!;
    if (message.type !== 'draw') throw new Error('no drawing sent');
    expect(message.series).toBe(copyA);
    expect(message.runB?.series).toBe(copyB);
    expect(worker.transfers.at(-1)).toEqual([copyA.iterations.buffer, copyB.iterations.buffer]);
    // A copy already transferred (its buffer detached) is not sent again: the page's own series is (copied).
    const detached = { iterations: new Float64Array(new ArrayBuffer(0)) } as unknown as HistorySeries;
    const t = series();
    painter.draw(t, 3, drawOf(a, 6), null, { series: detached });
    await settle();
    const second = worker.sent.at(-1)!;
    if (second.type !== 'draw') throw new Error('no drawing sent');
    expect(second.series).toBe(t);
    expect(worker.transfers.at(-1)).toEqual([]);
  });

  it('says no where the browser cannot hand a canvas to a worker, or the worker cannot start, so the chart draws itself', () => {
    const worker = new FakeWorker();
    expect(new TimeChartsPainter(() => worker).attach(canvas(false), chart())).toBeNull();
    const failing = new TimeChartsPainter(() => {
      throw new Error('no workers here');
    });
    expect(failing.attach(canvas(), chart())).toBeNull();
    expect(failing.attach(canvas(), chart())).toBeNull();
  });

  it('passes each answer to its chart, and tells every chart its canvas is lost when the worker fails', () => {
    const worker = new FakeWorker();
    const painter = new TimeChartsPainter(() => worker);
    const logA: string[] = [];
    const logB: string[] = [];
    const a = painter.attach(canvas(), chart(logA))!;
    painter.attach(canvas(), chart(logB));
    worker.onmessage!({ data: { type: 'drawn', id: a, iteration: 10, trainedTo: 10, trainedToB: null, labels: [] } } as unknown as MessageEvent<FromChartsWorker>);
    expect(logA).toEqual([`drawn ${a} 10`]);
    expect(logB).toEqual([]);
    worker.onerror!(new Event('error'));
    expect(logA).toEqual([`drawn ${a} 10`, 'lost']);
    expect(logB).toEqual(['lost']);
    // From then on the charts draw in the page.
    expect(painter.attach(canvas(), chart())).toBeNull();
  });

  it('forgets a detached chart: no drawing is sent for it', async () => {
    const worker = new FakeWorker();
    const painter = new TimeChartsPainter(() => worker);
    const a = painter.attach(canvas(), chart())!;
    painter.draw(series(), 3, drawOf(a, 5));
    painter.detach(a);
    painter.draw(series(), 3, drawOf(a, 6));
    await settle();
    expect(worker.sent.map((m) => m.type)).toEqual(['attach', 'detach']);
  });
});
