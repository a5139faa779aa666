import { MAX_SERIES_POINTS, type FromWorker, type ToWorker } from '../worker/protocol';

/** The parts of a Worker the engine uses, so tests can give it a fake one. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** What the engine needs from the page: a browser gives the real ones, tests give fakes. */
export interface EngineHost {
  createWorker(): WorkerLike;
  /** Calls `draw` in the next animation frame. */
  requestFrame(draw: () => void): void;
  /** Milliseconds, as performance.now(). */
  now(): number;
  /** Calls `check` every `ms` until the returned function is called. */
  every(ms: number, check: () => void): () => void;
  /** How many samples the time charts can use: about the width of the screen in pixels. */
  seriesPoints(): number;
}

/** The browser's: a module worker that Vite bundles, requestAnimationFrame, performance.now, setInterval. */
export function browserEngineHost(): EngineHost {
  return {
    createWorker: () => new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike,
    requestFrame: (draw) => {
      requestAnimationFrame(() => draw());
    },
    now: () => performance.now(),
    every(ms, check) {
      const id = setInterval(check, ms);
      return () => clearInterval(id);
    },
    // A chart never spans more than the screen; a sample per pixel is all a line can show.
    seriesPoints: () => Math.min(MAX_SERIES_POINTS, Math.max(256, Math.round(window.screen.width || 1280))),
  };
}
