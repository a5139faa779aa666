import type { FromLandscapeWorker, LandscapeAnswer, LandscapeFailure, LandscapeRequest } from '../../worker/landscapeProtocol';

/** What the client needs of a worker: the real one in the page, a fake in tests. */
export interface LandscapeWorkerLike {
  postMessage(message: LandscapeRequest): void;
  onmessage: ((event: MessageEvent<FromLandscapeWorker>) => void) | null;
  terminate(): void;
}

export type LandscapeAsk = Omit<LandscapeRequest, 'type' | 'id'>;

/** During a run the grid is recomputed at most this often: the slice moves with the third weight, twice a second, not per frame. */
export const RUN_INTERVAL_MS = 500;

export interface LandscapeClientOptions {
  createWorker(): LandscapeWorkerLike;
  onAnswer(answer: LandscapeAnswer): void;
  onFailure(failure: LandscapeFailure): void;
  now(): number;
  schedule(callback: () => void, delayMs: number): () => void;
}

/**
 * The page's side of the landscape worker. One request in flight at a time; a newer request replaces any still
 * waiting, so a run that moves the slice every frame costs the worker one grid per answer, never a queue. With
 * `running`, requests are spaced RUN_INTERVAL_MS apart; otherwise the next goes as soon as the worker is free.
 */
export class LandscapeClient {
  private worker: LandscapeWorkerLike | null = null;
  private nextId = 1;
  private inFlight: number | null = null;
  private waiting: { ask: LandscapeAsk; running: boolean } | null = null;
  private lastSent = -Infinity;
  private cancelTimer: (() => void) | null = null;

  constructor(private readonly options: LandscapeClientOptions) {}

  request(ask: LandscapeAsk, running: boolean): void {
    this.waiting = { ask, running };
    this.pump();
  }

  dispose(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.worker?.terminate();
    this.worker = null;
    this.waiting = null;
    this.inFlight = null;
  }

  private pump(): void {
    if (this.inFlight !== null || this.waiting === null || this.cancelTimer !== null) return;
    const wait = this.waiting.running ? this.lastSent + RUN_INTERVAL_MS - this.options.now() : 0;
    if (wait > 0) {
      this.cancelTimer = this.options.schedule(() => {
        this.cancelTimer = null;
        this.pump();
      }, wait);
      return;
    }
    const { ask } = this.waiting;
    this.waiting = null;
    const id = this.nextId++;
    this.inFlight = id;
    this.lastSent = this.options.now();
    this.ensureWorker().postMessage({ type: 'landscape', id, ...ask });
  }

  private ensureWorker(): LandscapeWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.options.createWorker();
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.id !== this.inFlight) return;
      this.inFlight = null;
      if (message.type === 'landscape') this.options.onAnswer(message);
      else this.options.onFailure(message.failure);
      this.pump();
    };
    this.worker = worker;
    return worker;
  }
}
