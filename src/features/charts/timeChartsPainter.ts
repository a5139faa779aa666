import type { HistorySeries } from '../../worker/protocol';
import type { ChartDraw, FromChartsWorker, OtherRun, ToChartsWorker } from './timeChartsProtocol';

/** What the painter needs of a worker: the real one in the page, a fake in tests. */
export interface ChartsWorkerLike {
  postMessage(message: ToChartsWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromChartsWorker>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** A chart's side of the painter: told what each drawing put on its canvas, and when its canvas was lost. */
export interface PaintedChart {
  drawn(answer: FromChartsWorker): void;
  /** The worker failed: the canvas it held is blank for good, so the chart draws on a new canvas of its own. */
  lost(): void;
}

interface Pending {
  series: HistorySeries | null;
  inputCount: number;
  runB: OtherRun | null;
  draw: ChartDraw;
  copies: SeriesCopies;
}

/** Copies of a drawing's series (A's, B's) that may be transferred to the worker: each frame's Frame.chartsSeries. */
export interface SeriesCopies {
  series?: HistorySeries | undefined;
  runB?: HistorySeries | undefined;
}

/** A copy still whole: not yet transferred (a transferred buffer is detached, of length 0). */
const usable = (copy: HistorySeries | undefined): copy is HistorySeries => !!copy && copy.iterations.buffer.byteLength > 0;

/**
 * The page's side of the time charts' worker. A chart hands its canvas over once (`attach`), then asks for a
 * drawing per frame; the drawings asked in one task (both charts answer the same store change) go in one message,
 * with the series once, and only the latest drawing of each chart is sent. Where the browser cannot hand a canvas
 * to a worker (no transferControlToOffscreen) or the worker cannot start, `attach` says no and the chart draws
 * in the page as before.
 */
export class TimeChartsPainter {
  private worker: ChartsWorkerLike | null = null;
  private broken = false;
  private nextId = 1;
  private readonly charts = new Map<number, PaintedChart>();
  private readonly pending = new Map<number, Pending>();
  private flushQueued = false;
  /** The series the worker holds as 'last' for run A and run B (the page's objects; the worker may hold their copies). */
  private lastA: HistorySeries | null = null;
  private lastB: HistorySeries | null = null;

  constructor(private readonly createWorker: () => ChartsWorkerLike) {}

  /** Hands `canvas` to the worker and returns the chart's id, or null when the chart must draw it itself. */
  attach(canvas: HTMLCanvasElement, chart: PaintedChart): number | null {
    if (this.broken || typeof canvas.transferControlToOffscreen !== 'function') return null;
    let worker: ChartsWorkerLike;
    try {
      worker = this.ensureWorker();
    } catch {
      this.broken = true;
      return null;
    }
    let offscreen: OffscreenCanvas;
    try {
      offscreen = canvas.transferControlToOffscreen();
    } catch {
      return null; // this canvas was drawn on already: it stays the page's
    }
    const id = this.nextId++;
    this.charts.set(id, chart);
    worker.postMessage({ type: 'attach', id, canvas: offscreen }, [offscreen]);
    return id;
  }

  detach(id: number): void {
    this.charts.delete(id);
    this.pending.delete(id);
    this.worker?.postMessage({ type: 'detach', id });
  }

  /**
   * Asks for a drawing of `series` (and run B's, while comparing) on chart `id`; sent at the end of this task with
   * the other charts' drawings. `copies`: copies of those series the worker may take (transferred, not copied).
   */
  draw(series: HistorySeries | null, inputCount: number, draw: ChartDraw, runB: OtherRun | null = null, copies: SeriesCopies = {}): void {
    if (!this.charts.has(draw.id)) return;
    this.pending.set(draw.id, { series, inputCount, runB, draw, copies });
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    const worker = this.worker;
    if (!worker) return;
    // Normally one frame (with run B's, while comparing) for all; a chart drawn from another frame (a catch-up after
    // being covered) goes apart.
    const groups: Pending[][] = [];
    for (const item of this.pending.values()) {
      const group = groups.find((g) => g[0]!.series === item.series && g[0]!.runB?.series === item.runB?.series);
      if (group) group.push(item);
      else groups.push([item]);
    }
    this.pending.clear();
    for (const items of groups) {
      const { series, inputCount, runB, copies } = items[0]!;
      // Each series crosses once: then 'last'; a copy of it that can be transferred goes instead of a copy made here.
      const transfer: ArrayBuffer[] = [];
      const send = (own: HistorySeries, last: HistorySeries | null, copy: HistorySeries | undefined) => {
        if (own === last) return 'last' as const;
        if (!usable(copy)) return own;
        transfer.push(copy.iterations.buffer as ArrayBuffer);
        return copy;
      };
      const sentA = series === null ? null : send(series, this.lastA, copies.series);
      const sentB = runB ? { series: send(runB.series, this.lastB, copies.runB), inputCount: runB.inputCount } : null;
      if (series !== null) this.lastA = series;
      if (runB) this.lastB = runB.series;
      worker.postMessage({ type: 'draw', series: sentA, inputCount, runB: sentB, draws: items.map((item) => item.draw) }, transfer);
    }
  }

  private ensureWorker(): ChartsWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.charts.get(event.data.id)?.drawn(event.data);
    worker.onerror = () => {
      this.broken = true;
      this.worker = null;
      this.pending.clear();
      const lost = [...this.charts.values()];
      this.charts.clear();
      for (const chart of lost) chart.lost();
    };
    this.worker = worker;
    return worker;
  }
}

let shared: TimeChartsPainter | null = null;

/** The page's one painter (one worker for all time charts). */
export function timeChartsPainter(): TimeChartsPainter {
  shared ??= new TimeChartsPainter(
    () => new Worker(new URL('./timeCharts.worker.ts', import.meta.url), { type: 'module' }) as unknown as ChartsWorkerLike,
  );
  return shared;
}
