import { TrainingSession } from '../../worker/session';
import { FakeSessionHost } from '../../worker/testing/fakeSessionHost';
import type { FromWorker, ToWorker } from '../../worker/protocol';
import type { EngineHost, WorkerLike } from '../engineHost';

/** A worker whose messages wait in queues until the test delivers them, as a real one's wait for the event loop. */
export class QueuedWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  terminated = false;
  /** Every command the page posted, in order. */
  readonly received: ToWorker[] = [];
  protected inbox: ToWorker[] = [];
  protected outbox: FromWorker[] = [];

  postMessage(message: ToWorker): void {
    if (this.terminated) return;
    const copy = structuredClone(message);
    this.received.push(copy);
    this.inbox.push(copy);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The worker handles what the page posted and trains for `ms`. Answers nothing here: see SessionWorker. */
  work(ms: number): void {
    void ms;
    this.inbox = [];
  }

  /** Delivers the worker's messages to the page. */
  deliver(): number {
    const out = this.outbox;
    this.outbox = [];
    for (const data of out) if (!this.terminated) this.onmessage?.({ data } as MessageEvent<FromWorker>);
    return out.length;
  }

  /** The worker throws: the page gets an error event. */
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** A worker running the real session on a fake clock. */
export class SessionWorker extends QueuedWorker {
  readonly clock = new FakeSessionHost();
  private readonly session: TrainingSession;

  constructor() {
    super();
    this.session = new TrainingSession({
      now: this.clock.now,
      schedule: this.clock.schedule,
      post: (message) => this.outbox.push(structuredClone(message)),
    });
  }

  override work(ms: number): void {
    const inbox = this.inbox;
    this.inbox = [];
    if (this.terminated) return;
    for (const message of inbox) this.session.handle(message);
    this.clock.advance(ms);
  }
}

/**
 * A page for the engine: a manual clock, animation frames that run when the test says, the watchdog's check,
 * and a list of the workers created. `play(ms)` runs 16 ms frames: the worker works, its messages arrive, the
 * page draws.
 */
export class FakePage {
  time = 0;
  readonly workers: QueuedWorker[] = [];
  private frameCallbacks: (() => void)[] = [];
  private checks: (() => void)[] = [];
  readonly host: EngineHost;

  constructor(makeWorker: () => QueuedWorker = () => new SessionWorker()) {
    this.host = {
      createWorker: () => {
        const worker = makeWorker();
        this.workers.push(worker);
        return worker;
      },
      requestFrame: (draw) => {
        this.frameCallbacks.push(draw);
      },
      now: () => this.time,
      every: (_ms, check) => {
        this.checks.push(check);
        return () => {
          this.checks = this.checks.filter((c) => c !== check);
        };
      },
      seriesPoints: () => 200,
    };
  }

  get worker(): QueuedWorker {
    const last = this.workers.at(-1);
    if (!last) throw new Error('No worker was created.');
    return last;
  }

  /** Runs the animation frames requested so far; returns how many. */
  drawFrames(): number {
    const due = this.frameCallbacks;
    this.frameCallbacks = [];
    for (const draw of due) draw();
    return due.length;
  }

  /**
   * The page stands still for `ms` (a long task, a starved machine): the clock moves on, then the watchdog checks
   * once before anything the worker sent meanwhile is delivered.
   */
  standStill(ms: number): void {
    this.worker.work(16);
    this.time += ms;
    for (const check of this.checks) check();
  }

  /** Lets `ms` pass in frames of 16 ms, the watchdog checking every frame. */
  play(ms: number, options: { draw?: boolean } = {}): void {
    for (let t = 0; t < ms; t += 16) {
      this.worker.work(16);
      this.worker.deliver();
      if (options.draw !== false) this.drawFrames();
      this.time += 16;
      for (const check of this.checks) check();
    }
  }
}
