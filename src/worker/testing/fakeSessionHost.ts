import type { SessionHost } from '../session';
import type { Frame, FromWorker } from '../protocol';

/**
 * A deterministic stand-in for the worker's surroundings. The clock moves `msPerRead` every time it is read, as
 * if each look at the clock came after that much work; scheduled ticks run in time order when `advance` is called.
 */
export class FakeSessionHost implements SessionHost {
  time = 0;
  readonly posted: { message: FromWorker; transfer: Transferable[] }[] = [];
  private tasks: { at: number; order: number; run: () => void }[] = [];
  private order = 0;

  constructor(private readonly msPerRead = 1) {}

  now = (): number => {
    this.time += this.msPerRead;
    return this.time;
  };

  post = (message: FromWorker, transfer: Transferable[]): void => {
    this.posted.push({ message, transfer });
  };

  schedule = (run: () => void, delayMs: number): void => {
    this.tasks.push({ at: this.time + delayMs, order: this.order++, run });
  };

  /** Runs every task due within the next `ms`, in time order; `each` runs after every task (a page acking frames). */
  advance(ms: number, each?: () => void): void {
    const end = this.time + ms;
    for (;;) {
      this.tasks.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = this.tasks[0];
      if (!next || next.at > end) break;
      this.tasks.shift();
      this.time = Math.max(this.time, next.at);
      next.run();
      each?.();
    }
    this.time = Math.max(this.time, end);
  }

  get pendingTasks(): number {
    return this.tasks.length;
  }

  messages<T extends FromWorker['type']>(type: T): Extract<FromWorker, { type: T }>[] {
    return this.posted.map((p) => p.message).filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  }

  get frames(): Frame[] {
    return this.messages('frame').map((m) => m.frame);
  }

  get lastFrame(): Frame {
    const frame = this.frames.at(-1);
    if (!frame) throw new Error('No frame was posted.');
    return frame;
  }
}
