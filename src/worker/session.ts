import { TrainingDivergedError } from '../core/trainer';
import { CoreRangeError, valueText } from '../core/coreProblem';
import { createHistory, type TrainingHistory } from '../core/history';
import { createPlanTrainer, type PlanTrainer } from '../core/planTrainer';
import type { SeriesRequest } from '../core/historySampling';
import { assertNever, MAX_ITERATION, MAX_SPEED, planOfSetup, type ExactState, type FromWorker, type Speed, type ToWorker, type TrainingSetup } from './protocol';
import { readCommand } from './readCommand';
import { FaultError, type WorkerFault } from './faults';
import { buildFrame } from './buildFrame';
import { stepStartOf } from './stepStart';
import { RateMeter } from './rateMeter';
import { DutyCycle } from './dutyCycle';

/** What the session needs from its surroundings: a worker gives it the real ones, tests give fakes. */
export interface SessionHost {
  /** Milliseconds, as performance.now(). */
  now(): number;
  post(message: FromWorker, transfer: Transferable[]): void;
  /** Calls `tick` after about `delayMs`; 0 means as soon as the messages already queued are handled. */
  schedule(tick: () => void, delayMs: number): void;
}

/** Longest stretch of training between two looks at the message queue. */
export const SLICE_MS = 8;
/** At a set speed, ticks come about once per frame, not more often. */
export const MIN_TICK_MS = 8;
/** Iterations trained between two looks at the clock start here and adapt to about a millisecond's worth. */
const FIRST_CHUNK = 1024;
const MAX_CHUNK = 1 << 20;

/**
 * How many iterations the session trains between two looks at the clock: from `first`, adapting up to `max`.
 * Tests on a fake clock pass small ones, so a simulated second of training costs little real work.
 */
export interface ChunkSizes {
  first: number;
  max: number;
}

/** One loaded setup: its history (the tip trains there), a trainer standing at the iteration shown, the test input. */
interface LoadedRun {
  key: string;
  history: TrainingHistory;
  view: PlanTrainer;
  testInput: Float64Array;
}

function setupKey(setup: TrainingSetup): string {
  return JSON.stringify([setup.inputs, setup.targets, setup.seed, setup.learningRate, setup.later ?? []]);
}

function readTestInput(values: number[], inputCount: number): Float64Array {
  if (values.length !== inputCount) {
    throw new CoreRangeError({ code: 'testInputValues', count: values.length, needed: inputCount });
  }
  values.forEach((value, j) => {
    if (!Number.isFinite(value)) throw new CoreRangeError({ code: 'inputNotNumber', input: j + 1, value: valueText(value) });
  });
  return Float64Array.from(values);
}

/**
 * What the session is doing, one of three, never two at once: standing at the cursor; training on its own
 * (pausing by itself at `until`, "Stop at", or never when null); or training the tip up to `target` at full
 * speed before anything else (a link's or an edit's iteration beyond what is trained), after which it either
 * stands there (`then: null`) or runs (`then.until` as for running).
 */
export type SessionMode =
  | { readonly kind: 'paused' }
  | { readonly kind: 'running'; readonly until: number | null }
  | { readonly kind: 'catchingUp'; readonly target: number; readonly then: { readonly until: number | null } | null };

const PAUSED: SessionMode = { kind: 'paused' };

const reachedTheEnd: WorkerFault = { code: 'reachedEnd', most: MAX_ITERATION };

/**
 * All the worker's command handling, free of any worker API so it runs in Node tests with a fake clock.
 * The page's iteration is the cursor: it can stand anywhere from 0 to trainedTo (after a seek back); running
 * replays the history from there exactly (the run is deterministic) and records new iterations at the tip.
 */
export class TrainingSession {
  private run: LoadedRun | null = null;
  private cursor = 0;
  private currentMode: SessionMode = PAUSED;
  private speed: Speed = MAX_SPEED;
  /** Iterations due at the current speed and not trained yet (fractional). */
  private owed = 0;
  private lastTickAt = 0;
  /** Why the run cannot go past trainedTo (the weights stopped being finite), or null. */
  private stuck: WorkerFault | null = null;
  private awaitingAck = false;
  private dirty = false;
  private handled = 0;
  private series: SeriesRequest = { scale: 'linear', points: 1000 };
  private chunk: number;
  private readonly meter = new RateMeter();
  private tickScheduled = false;
  private tickDueAt = 0;
  private tickGeneration = 0;
  private readonly scratch: Float64Array[] = [];
  /** At full speed, the share of time spent training: lowered while the page acknowledges frames late. */
  private readonly duty = new DutyCycle();
  private framePostedAt = 0;
  private lastSliceMs = 0;
  /**
   * The latest Step: where it started and where it ends, and whether a frame at its end went to the page. Null
   * after anything that is not a step (run, seek, reset, a new table), so a change is only ever shown for a step.
   */
  private stepSpan: { from: number; to: number; shown: boolean } | null = null;

  constructor(
    private readonly host: SessionHost,
    private readonly chunks: ChunkSizes = { first: FIRST_CHUNK, max: MAX_CHUNK },
  ) {
    this.chunk = chunks.first;
  }

  /** What the session is doing now. */
  get mode(): SessionMode {
    return this.currentMode;
  }

  /** The iteration a recomputation is training towards, or null when there is none. */
  private get catchUpTo(): number | null {
    return this.currentMode.kind === 'catchingUp' ? this.currentMode.target : null;
  }

  /** Running, or recomputing and then running: what the page's Run/Pause shows. */
  private get running(): boolean {
    const mode = this.currentMode;
    return mode.kind === 'running' || (mode.kind === 'catchingUp' && mode.then !== null);
  }

  /** Where a run (now or after the recomputation) pauses on its own, or null for no limit. */
  private get runUntil(): number | null {
    const mode = this.currentMode;
    if (mode.kind === 'running') return mode.until;
    if (mode.kind === 'catchingUp' && mode.then !== null) return mode.then.until;
    return null;
  }

  /** One message from the page. */
  handle(data: unknown): void {
    const read = readCommand(data);
    if (read.ok && read.command.type === 'ping') {
      this.host.post({ type: 'pong', id: read.command.id }, []);
      return;
    }
    if (read.ok && read.command.type === 'frameDrawn') {
      if (this.awaitingAck) this.duty.acknowledged(this.host.now() - this.framePostedAt);
      this.awaitingAck = false;
      this.flush();
      return;
    }
    this.handled++;
    this.dirty = true;
    if (!read.ok) {
      this.reject(read.command, read.message);
    } else {
      try {
        this.apply(read.command);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        this.reject(read.command.type, error.message, error instanceof FaultError ? error.fault : undefined);
      }
    }
    // A command that sends the run beyond what is trained shows its first frame after the first slice of training:
    // a frame of where training starts would flash an earlier iteration on a page that already shows the target.
    if (this.catchUpTo === null) this.flush();
    this.ensureTick();
  }

  private apply(command: ToWorker): void {
    switch (command.type) {
      case 'load':
        this.load(command.setup, command.iteration, command.running, command.speed, command.from);
        return;
      case 'step': {
        const run = this.requireRun();
        // Steps add up: a step that arrives while an earlier one is still being trained counts from its target.
        // A negative count steps back (the Left key), counting from the iteration already asked for just the same.
        const from = this.catchUpTo ?? this.cursor;
        if (from + command.count > MAX_ITERATION) {
          // "Reached the end" only at the end: on the way there, say where the run is going.
          throw new FaultError(this.cursor >= MAX_ITERATION ? reachedTheEnd : { code: 'stepPastEnd', from, count: command.count, most: MAX_ITERATION });
        }
        // A step pressed before the page saw where the last one ended counts on from where that one started.
        const start = this.stepSpan && !this.stepSpan.shown ? this.stepSpan.from : from;
        const to = Math.max(0, from + command.count);
        this.currentMode = PAUSED;
        this.goTo(run, to);
        // A step back (the Left key) shows no change: from < to is asked for where the frame is built.
        this.stepSpan = { from: start, to, shown: false };
        return;
      }
      case 'run':
        this.requireRun();
        this.stepSpan = null;
        this.speed = command.speed;
        this.startRunning(command.until ?? null);
        return;
      case 'pause':
        this.stopTraining();
        return;
      case 'setSpeed':
        this.speed = command.speed;
        this.owed = 0;
        this.lastTickAt = this.host.now();
        return;
      case 'reset': {
        const run = this.requireRun();
        this.stopTraining();
        run.history.reset();
        run.view.reset();
        this.cursor = 0;
        this.stuck = null;
        this.stepSpan = null;
        return;
      }
      case 'seek': {
        const run = this.requireRun();
        this.currentMode = PAUSED;
        this.stepSpan = null;
        this.goTo(run, command.iteration);
        return;
      }
      case 'setSeries':
        this.series = command.request;
        return;
      case 'frameDrawn':
      case 'ping':
        return; // answered in handle(), before anything is counted
      default:
        assertNever(command);
    }
  }

  private load(setup: TrainingSetup, asked: number | null, keepOrRun: boolean | null, speed: Speed, from?: ExactState): void {
    const iteration = asked ?? this.catchUpTo ?? this.cursor;
    const running = keepOrRun ?? this.running;
    // An edit during a run keeps the run's stop.
    const until = this.runUntil;
    const key = setupKey(setup);
    if (this.run && this.run.key === key) {
      // Only the test input changed (or nothing): the run and its history stand.
      this.run.testInput = readTestInput(setup.testInput, this.run.history.inputCount);
    } else {
      // A changed plan is replayed from iteration 0: every segment before the edit exactly as it trained before.
      const plan = planOfSetup(setup);
      // The test input and the plan are checked before the new history takes over the old one's buffers: a
      // refused load leaves the old run whole.
      if (setup.inputs[0]) readTestInput(setup.testInput, setup.inputs[0].length);
      const view = createPlanTrainer(plan);
      // A restarted worker's exact state from the page, checked before the old history gives up its buffers.
      if (from && from.iteration > 0 && from.iteration <= iteration) view.restore(from.iteration, from.weights);
      const history = createHistory(plan, undefined, this.run?.history);
      const testInput = readTestInput(setup.testInput, history.inputCount);
      this.run = { key, history, view, testInput };
      this.cursor = 0;
      if (from && from.iteration > 0 && from.iteration <= iteration) {
        // Takes the run up where the page last saw it, rather than training it again from 0.
        history.startAt(from.iteration, from.weights);
        this.cursor = from.iteration;
      }
      this.stuck = null;
      this.stepSpan = null;
    }
    this.stopTraining();
    this.speed = speed;
    this.goTo(this.run, iteration);
    if (running) this.startRunning(until);
  }

  private requireRun(): LoadedRun {
    if (!this.run) throw new RangeError('No table is loaded yet: the page sends one before anything else.');
    return this.run;
  }

  /** Shows iteration k, paused: at once within the history, else after training up to it. */
  private goTo(run: LoadedRun, k: number): void {
    const { history } = run;
    this.currentMode = PAUSED;
    if (k < history.knownFrom) {
      // Before the state a restarted worker took the run up from: nothing is known there, so the run is
      // recomputed from 0 (exactly: it is deterministic).
      history.reset();
      run.view.reset();
      this.cursor = 0;
      this.stuck = null;
      this.stepSpan = null;
    }
    if (k <= history.trainedTo) {
      this.cursor = k;
    } else if (this.stuck !== null) {
      this.cursor = history.trainedTo;
      this.pauseBecause(this.stuck);
    } else {
      this.currentMode = { kind: 'catchingUp', target: k, then: null };
      this.cursor = history.trainedTo;
      this.meter.stop();
      this.meter.add(0, this.host.now());
    }
  }

  /** Runs until `until` (null: no limit); during a recomputation, once it is done. */
  private startRunning(until: number | null): void {
    const mode = this.currentMode;
    if (mode.kind === 'catchingUp') {
      this.currentMode = { kind: 'catchingUp', target: mode.target, then: { until } };
      return;
    }
    if (this.stuck !== null && this.cursor === this.run?.history.trainedTo) {
      this.pauseBecause(this.stuck);
      return;
    }
    if (this.cursor >= MAX_ITERATION) {
      this.pauseBecause(reachedTheEnd);
      return;
    }
    if (until !== null && this.cursor >= until) {
      this.reachStop();
      return;
    }
    this.currentMode = { kind: 'running', until };
    // At a set speed the first iteration comes at once, so a run at 1 per second does not seem to hang.
    this.owed = 1;
    this.lastTickAt = this.host.now();
    this.meter.stop();
    this.meter.add(0, this.lastTickAt);
  }

  private stopTraining(): void {
    this.currentMode = PAUSED;
    this.meter.stop();
  }

  private pauseBecause(fault: WorkerFault): void {
    this.stopTraining();
    this.dirty = true;
    this.host.post({ type: 'paused', fault, handled: this.handled }, []);
  }

  /** The run is at its stop: paused there, and the page is told so (it says so to the class). */
  private reachStop(): void {
    const iteration = this.cursor;
    this.stopTraining();
    this.dirty = true;
    this.host.post({ type: 'reachedStop', iteration, handled: this.handled }, []);
  }

  /** A command refused: the page says so with `fault`; `detail` (the rule it broke, in English) is for developers. */
  private reject(command: string, detail: string, fault: WorkerFault = { code: 'refused', command }): void {
    this.host.post({ type: 'rejected', command, fault, detail, handled: this.handled }, []);
  }

  private tick(generation: number): void {
    if (generation !== this.tickGeneration) return;
    this.tickScheduled = false;
    const run = this.run;
    if (!run) return;
    const start = this.host.now();
    const deadline = start + SLICE_MS;
    let trained = 0;
    try {
      if (this.catchUpTo !== null) {
        trained = this.catchUp(run, this.catchUpTo, deadline);
      } else if (this.currentMode.kind === 'running') {
        trained = this.advance(run, this.iterationsDue(start), deadline);
      }
    } catch (error) {
      if (!(error instanceof TrainingDivergedError)) throw error;
      this.cursor = run.history.trainedTo;
      this.stuck = { code: 'diverged', iteration: error.iteration };
      this.pauseBecause(this.stuck);
    }
    const end = this.host.now();
    this.lastSliceMs = end - start;
    if (trained > 0) {
      this.dirty = true;
      this.meter.add(trained, end);
    }
    this.flush();
    this.ensureTick();
  }

  /** Trains the tip towards `target` until the deadline; the cursor follows the tip. */
  private catchUp(run: LoadedRun, target: number, deadline: number): number {
    const { history } = run;
    const before = history.trainedTo;
    try {
      while (history.trainedTo < target) {
        this.timedChunk(() => history.advance(Math.min(this.chunk, target - history.trainedTo)));
        if (this.host.now() >= deadline) break;
      }
    } finally {
      this.cursor = history.trainedTo;
    }
    const mode = this.currentMode;
    if (history.trainedTo >= target && mode.kind === 'catchingUp') {
      this.currentMode = PAUSED;
      if (mode.then !== null) this.startRunning(mode.then.until);
      else this.meter.stop();
    }
    return history.trainedTo - before;
  }

  /** How many iterations are due now at the set speed (Infinity at full speed: the deadline decides). */
  private iterationsDue(now: number): number {
    if (this.speed === MAX_SPEED) return Infinity;
    this.owed += ((now - this.lastTickAt) * this.speed) / 1000;
    this.lastTickAt = now;
    // After a long pause of the worker (a busy machine) catch up at most a quarter of a second's worth.
    this.owed = Math.min(this.owed, Math.max(1, this.speed / 4));
    return Math.floor(this.owed);
  }

  /**
   * Moves the cursor `wanted` iterations on while time is left: replaying the history where it is ahead of the
   * cursor, training and recording at the tip beyond.
   */
  private advance(run: LoadedRun, wanted: number, deadline: number): number {
    const { history, view } = run;
    let done = 0;
    while (done < wanted) {
      if (this.cursor >= MAX_ITERATION) {
        this.pauseBecause(reachedTheEnd);
        break;
      }
      if (this.runUntil !== null && this.cursor >= this.runUntil) {
        this.reachStop();
        break;
      }
      const limit = this.runUntil ?? MAX_ITERATION;
      const count = Math.min(wanted - done, this.chunk, limit - this.cursor);
      if (this.cursor < history.trainedTo) {
        const replay = Math.min(count, history.trainedTo - this.cursor);
        this.placeView(run);
        this.timedChunk(() => view.step(replay));
        this.cursor += replay;
        done += replay;
      } else {
        try {
          this.timedChunk(() => history.advance(count));
        } finally {
          done += history.trainedTo - this.cursor;
          this.cursor = history.trainedTo;
        }
      }
      if (this.runUntil !== null && this.cursor >= this.runUntil) {
        this.reachStop();
        break;
      }
      if (this.host.now() >= deadline) break;
    }
    if (this.speed !== MAX_SPEED) this.owed -= done;
    return done;
  }

  /** Runs one chunk and sizes the next to about a millisecond of work. */
  private timedChunk(work: () => void): void {
    const start = this.host.now();
    work();
    const elapsed = this.host.now() - start;
    if (elapsed < 0.5 && this.chunk < this.chunks.max) this.chunk *= 2;
    else if (elapsed > 2 && this.chunk > 1) this.chunk = Math.max(1, Math.floor(this.chunk / 2));
  }

  /** Puts the view trainer at the cursor, by the cheapest exact way. */
  private placeView(run: LoadedRun): void {
    const { history, view } = run;
    const k = this.cursor;
    if (view.iteration === k) return;
    if (k === history.trainedTo) {
      view.restore(k, history.tipWeights);
    } else if (view.iteration < k && k - view.iteration <= history.replayCost(k)) {
      view.step(k - view.iteration);
    } else {
      view.restore(k, history.weightsAt(k, this.weightsScratch(history.inputCount)));
    }
  }

  private weightsScratch(size: number): Float64Array {
    let buffer = this.scratch[size];
    if (!buffer) this.scratch[size] = buffer = new Float64Array(size);
    return buffer;
  }

  /** Sends a frame if something changed and the page drew the last one. */
  private flush(): void {
    const run = this.run;
    if (!this.dirty || this.awaitingAck || !run) return;
    this.placeView(run);
    const training = this.running || this.catchUpTo !== null;
    const span = this.stepSpan;
    const atStepEnd = !training && span !== null && this.cursor === span.to && span.from < span.to;
    if (atStepEnd) span.shown = true;
    const { frame, transfer } = buildFrame({
      history: run.history,
      view: run.view,
      testInput: run.testInput,
      running: this.running,
      iterationsPerSecond: training ? this.meter.iterationsPerSecond : 0,
      series: this.series,
      stepFrom: atStepEnd ? stepStartOf(run.history.tableAt(span.from), span.from, run.history.weightsAt(span.from), run.testInput) : null,
      // Paused only: the history keeps these exactly (stored, or retrained from a checkpoint at most
      // checkpointInterval iterations back), which a run at full speed should not pay for in every frame.
      previousWeights: !training && this.cursor > run.history.knownFrom ? run.history.weightsAt(this.cursor - 1) : null,
    });
    this.dirty = false;
    this.awaitingAck = true;
    this.host.post({ type: 'frame', frame, handled: this.handled, catchUpTo: this.catchUpTo }, transfer);
    this.framePostedAt = this.host.now();
  }

  /** Keeps one tick scheduled while there is training to do, as soon as it is due. */
  private ensureTick(): void {
    if (!this.run || (this.catchUpTo === null && !this.running)) return;
    let delay: number;
    if (this.catchUpTo === null && this.speed !== MAX_SPEED) {
      delay = Math.max(MIN_TICK_MS, Math.ceil(((1 - this.owed) * 1000) / this.speed));
    } else {
      // As fast as it can: at once, or after a rest while the page is falling behind.
      delay = Math.ceil(this.duty.restAfter(this.lastSliceMs));
    }
    const dueAt = this.host.now() + delay;
    if (this.tickScheduled && this.tickDueAt <= dueAt) return;
    const generation = ++this.tickGeneration;
    this.tickScheduled = true;
    this.tickDueAt = dueAt;
    this.host.schedule(() => this.tick(generation), delay);
  }
}
