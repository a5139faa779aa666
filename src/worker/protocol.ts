/**
 * The one protocol between the page and the training worker. Both sides import these types; each side handles
 * the other's messages with an exhaustive `switch` that ends in `assertNever`.
 */

/** Everything that defines a run. The run is deterministic: the same setup gives the same numbers, always. */
export interface TrainingSetup {
  inputs: number[][];
  targets: number[];
  seed: number;
  learningRate: number;
  testInput: number[];
}

/** Speed of a run in iterations per second; `MAX_SPEED` means as fast as the worker can go. */
export type Speed = number;
export const MAX_SPEED = Number.POSITIVE_INFINITY;

/** How the charts want the history sampled. */
export interface SeriesRequest {
  scale: 'linear' | 'log';
  /** How many samples the charts can show (about their width in pixels). */
  points: number;
}

/** The page's commands. */
export type ToWorker =
  /** Load a setup and recompute the run up to `iteration` (0 for a fresh start); keeps running if it was. */
  | { type: 'load'; setup: TrainingSetup; iteration: number; running: boolean; speed: Speed }
  /** Train `count` iterations from the iteration shown, then pause. */
  | { type: 'step'; count: number }
  /** Train on its own at `speed` until paused. */
  | { type: 'run'; speed: Speed }
  | { type: 'pause' }
  /** Change the speed of a run (or of the next run). */
  | { type: 'setSpeed'; speed: Speed }
  /** Back to iteration 0 with the seed's starting weights; the history is cleared. */
  | { type: 'reset' }
  /** Show iteration k (0 <= k <= trainedTo), with its exact weights. */
  | { type: 'seek'; iteration: number }
  | { type: 'setSeries'; request: SeriesRequest }
  /** The page drew the last frame; the worker may send the next one. At most one frame per animation frame. */
  | { type: 'frameDrawn' };

/** A sampled view of the history from iteration 0 to `trainedTo`, for the charts. K samples. */
export interface HistorySeries {
  scale: 'linear' | 'log';
  /** The iteration of each sample, ascending (K). */
  iterations: Float64Array;
  /** weights[s * inputCount + j]: weight j at sample s (K * inputCount). */
  weights: Float64Array;
  /** The smallest and largest value of each weight over the stretch each sample stands for (K * inputCount). */
  weightsMin: Float64Array;
  weightsMax: Float64Array;
  /** The mean squared error at each sample, and its range over each sample's stretch (K). */
  mse: Float64Array;
  mseMin: Float64Array;
  mseMax: Float64Array;
  /** rowErrors[s * rowCount + r]: target - output of row r at sample s (K * rowCount). */
  rowErrors: Float64Array;
}

/** What the page draws: the state of the neuron at the iteration shown. */
export interface Frame {
  /** The iteration shown. */
  iteration: number;
  /** The furthest iteration trained; the timeline runs from 0 to here. */
  trainedTo: number;
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
  /** Measured training speed over the last second, iterations per second (0 when paused). */
  iterationsPerSecond: number;
  series: HistorySeries;
}

/** The worker's messages. */
export type FromWorker =
  | { type: 'frame'; frame: Frame }
  /** Training stopped on its own; `reason` says why in words a student can read. */
  | { type: 'paused'; reason: string }
  /** A command could not be carried out; the worker keeps its last good state. */
  | { type: 'rejected'; command: ToWorker['type']; message: string };

export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
