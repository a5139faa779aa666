/**
 * The one protocol between the page and the training worker. Both sides import these types; each side handles
 * the other's messages with an exhaustive `switch` that ends in `assertNever`.
 */
import { MAX_ITERATION } from '../core/iterationLimits';
import type { RunPlan } from '../core/runPlan';
import type { WorkerFault } from './faults';

export type { HistorySeries, SeriesRequest, SeriesScale } from '../core/historySampling';
export { MAX_SERIES_POINTS, MIN_SERIES_POINTS } from '../core/historySampling';
import type { HistorySeries, SeriesRequest } from '../core/historySampling';

/** A table and learning rate that train from iteration `from` on (after an edit at `from`). */
export interface SetupSegment {
  from: number;
  inputs: number[][];
  targets: number[];
  learningRate: number;
}

/**
 * Everything that defines a run. The run is deterministic: the same setup gives the same numbers, always.
 * `inputs`, `targets` and `learningRate` train from iteration 0; `later` (absent: none) lists the segments after
 * the first, in order of their iterations (see core/runPlan.ts).
 */
export interface TrainingSetup {
  inputs: number[][];
  targets: number[];
  seed: number;
  learningRate: number;
  testInput: number[];
  later?: SetupSegment[];
}

/** The run a setup defines, as the core's plan of segments. */
export function planOfSetup(setup: TrainingSetup): RunPlan {
  return {
    seed: setup.seed,
    segments: [{ from: 0, inputs: setup.inputs, targets: setup.targets, learningRate: setup.learningRate }, ...(setup.later ?? [])],
  };
}

/**
 * The run's exact weights at an iteration, as the page last saw them (a frame). The run is deterministic, so with
 * the setup they are all the state there is: a fresh worker can train on from them instead of from 0.
 */
export interface ExactState {
  iteration: number;
  weights: number[];
}

/** Speed of a run in iterations per second (above 0); `MAX_SPEED` means as fast as the worker can go. */
export type Speed = number;
export const MAX_SPEED = Number.POSITIVE_INFINITY;

/** The furthest iteration a run may reach (the core's, 4,294,967,295). */
export { MAX_ITERATION };

/** The page's commands. */
export type ToWorker =
  /**
   * Load a setup and put the run at `iteration`: recomputed from the start at full speed (frames show the
   * progress), then paused or running at `speed` as `running` says. `iteration: null` means the iteration the
   * worker shows (or is training towards), `running: null` keeps running if it was: that is what an edit sends,
   * since the worker knows those better than a page whose commands may still be on their way. A load that
   * changes only the test input keeps the run and its history. `from` (a restarted worker's): the run's exact
   * state at an iteration at or before `iteration`; the new history starts there, and knows nothing before it
   * until asked (a seek before it recomputes from 0).
   */
  | { type: 'load'; setup: TrainingSetup; iteration: number | null; running: boolean | null; speed: Speed; from?: ExactState }
  /**
   * Train `count` iterations on from the iteration shown (or the one already asked for), then pause; a negative
   * count goes back that many (never before 0), from the same place.
   */
  | { type: 'step'; count: number }
  /**
   * Train on its own at `speed` until paused; with `until`, pause exactly at that iteration (the lesson's "Stop
   * at") and say so with `reachedStop`. An `until` at or before the iteration shown stops at once.
   */
  | { type: 'run'; speed: Speed; until?: number }
  /** Stop running (and stop a recomputation under way where it is). */
  | { type: 'pause' }
  /** Change the speed of a run (or of the next run). */
  | { type: 'setSpeed'; speed: Speed }
  /** Back to iteration 0 with the seed's starting weights; the history is cleared. */
  | { type: 'reset' }
  /**
   * Show iteration k with its exact weights, paused. Within the history (k <= trainedTo) this answers in the next
   * frame; beyond, the worker trains up to k first (a shared link's iteration).
   */
  | { type: 'seek'; iteration: number }
  | { type: 'setSeries'; request: SeriesRequest }
  /** The page drew the last frame; the worker may send the next one. At most one frame per animation frame. */
  | { type: 'frameDrawn' }
  /** Are you there? The worker answers `pong` at once, whatever it is doing. */
  | { type: 'ping'; id: number };

/** The neuron where a Step started: what the page shows each change against. */
export interface StepStart {
  iteration: number;
  weights: Float64Array;
  /** sigmoid(X . W) per row at that iteration. */
  outputs: Float64Array;
  /** sigmoid(testInput . W) at that iteration. */
  prediction: number;
}

/** What the page draws: the state of the neuron at the iteration shown. */
export interface Frame {
  /** The iteration shown. */
  iteration: number;
  /** The furthest iteration trained; the timeline runs from 0 to here. */
  trainedTo: number;
  /**
   * The first iteration the worker's history holds: 0, or where a restarted worker took the run up from the
   * page's last frame. The charts show nothing before it; going there recomputes from 0.
   */
  knownFrom: number;
  running: boolean;
  inputCount: number;
  rowCount: number;
  weights: Float64Array;
  /** sigmoid(X . W) per row. */
  outputs: Float64Array;
  /** target - output per row. */
  errors: Float64Array;
  meanSquaredError: number;
  /** sigmoid(testInput . W). */
  prediction: number;
  /** Measured training speed over the last quarter second or so, iterations per second (0 when paused). */
  iterationsPerSecond: number;
  series: HistorySeries;
  /**
   * The same series in a buffer of its own, for the time charts' worker: the page transfers it there instead of
   * copying `series` on its main thread for every frame (which cost ~0.7 ms a frame), and keeps `series`. Absent
   * where a frame was made without one (tests); once transferred its arrays are empty (detached).
   */
  chartsSeries?: HistorySeries;
  /**
   * Where the last Step started, when this frame shows where it ended and the run stands there paused; null
   * otherwise (during a run, after a seek, a reset or an edit of the table). Steps pressed faster than the page
   * drew them count as one, from what the page last showed.
   */
  stepFrom: StepStart | null;
  /** The weights one iteration earlier (iteration - 1) while paused above 0, for the step just taken; else null. */
  previousWeights: Float64Array | null;
}

/** The worker's messages. `handled` counts the commands the worker had handled (frameDrawn and ping aside). */
export type FromWorker =
  /** `catchUpTo`: the iteration a load or seek is training towards, or null when the run is there. */
  | { type: 'frame'; frame: Frame; handled: number; catchUpTo: number | null }
  /** Training stopped on its own; `fault` says why, as a code the page words. */
  | { type: 'paused'; fault: WorkerFault; handled: number }
  /** A run reached the iteration its `until` asked for, exactly, and paused there. */
  | { type: 'reachedStop'; iteration: number; handled: number }
  /**
   * A command could not be carried out; the worker keeps its last good state. `fault` is what the page says;
   * `detail` names the exact rule the command broke, for developers' logs and tests (never shown: it is English).
   */
  | { type: 'rejected'; command: string; fault: WorkerFault; detail: string; handled: number }
  | { type: 'pong'; id: number };

/** Commands that change what the worker does, counted in `handled` (frameDrawn and ping are not). */
export function isCountedCommand(message: ToWorker): boolean {
  return message.type !== 'frameDrawn' && message.type !== 'ping';
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
