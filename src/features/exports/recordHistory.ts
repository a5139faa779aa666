import { TrainingDivergedError, createPlanTrainer, type RunSegment } from '../../core';
import type { HistoryColumns } from './historyCsv';

/** What defines a run: the same setup always gives the same numbers, so the history can be recomputed anywhere. */
export interface RunSetup {
  /** The table and rate from iteration 0. */
  inputs: readonly (readonly number[])[];
  targets: readonly number[];
  seed: number;
  learningRate: number;
  /** The run's later segments (after edits that kept what was learned); absent or empty: one table. */
  later?: readonly RunSegment[];
}

/**
 * At most this many numbers in one history file (about 40 MB of text): every iteration of the tutorial's run up
 * to about 250,000 iterations, a sample of evenly spaced iterations beyond that.
 */
export const MAX_HISTORY_CELLS = 2_000_000;

/**
 * The iterations a history of the run 0..trainedTo holds: every `stride`-th one from 0, and trainedTo itself,
 * with stride 1 (every iteration) whenever the file (of `runs` runs' histories) stays within MAX_HISTORY_CELLS numbers.
 */
export function historyIterations(trainedTo: number, inputCount: number, rowCount: number, runs = 1): Float64Array {
  if (!Number.isInteger(trainedTo) || trainedTo < 0) throw new RangeError(`Iteration ${String(trainedTo)} must be a whole number, 0 or more.`);
  // With several runs in one file (Compare), each run's lines share the file's numbers.
  const columns = (2 + inputCount + rowCount) * runs;
  const maxSamples = Math.max(2, Math.floor(MAX_HISTORY_CELLS / columns));
  const stride = trainedTo + 1 <= maxSamples ? 1 : Math.ceil(trainedTo / (maxSamples - 2));
  const onGrid = Math.floor(trainedTo / stride) + 1;
  const samples = new Float64Array(onGrid + (trainedTo % stride === 0 ? 0 : 1));
  for (let s = 0; s < onGrid; s++) samples[s] = s * stride;
  samples[samples.length - 1] = trainedTo;
  return samples;
}

export interface RecordOptions {
  /** Stops the work; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called between slices of work with the share done, 0 to 1. */
  onProgress?: (done: number) => void;
  /** Longest stretch of work between two yields to the page, in milliseconds. */
  sliceMs?: number;
}

export interface RecordedHistory extends HistoryColumns {
  /** Set when the weights stopped being finite before the last iteration asked for: the history ends there. */
  divergedAt: number | null;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Retrains the run from iteration 0 with the core and records the weights, the mean squared error and every row's
 * output at each of `iterations` (ascending). The numbers are the worker's own: same core, same setup. Works in
 * slices of `sliceMs` and yields between them, so the page stays responsive on long runs.
 */
export async function recordHistory(setup: RunSetup, iterations: Float64Array, options: RecordOptions = {}): Promise<RecordedHistory> {
  const { signal, onProgress, sliceMs = 25 } = options;
  signal?.throwIfAborted();
  const later = setup.later ?? [];
  const trainer = createPlanTrainer({
    seed: setup.seed,
    segments: [{ from: 0, inputs: setup.inputs, targets: setup.targets, learningRate: setup.learningRate }, ...later],
  });
  const { inputCount } = trainer;
  // One output column per row of the largest table; a table with fewer rows leaves the rest empty (NaN).
  const rowCount = Math.max(setup.inputs.length, ...later.map((segment) => segment.inputs.length));
  const k = iterations.length;
  const weights = new Float64Array(k * inputCount);
  const mse = new Float64Array(k);
  const outputs = new Float64Array(k * rowCount).fill(NaN);
  const segmentStarts = new Float64Array(k);
  const last = k > 0 ? iterations[k - 1]! : 0;
  const chunk = 100_000;
  let sliceStart = performance.now();
  let recorded = 0;
  let divergedAt: number | null = null;

  sampling: for (; recorded < k; recorded++) {
    const target = iterations[recorded]!;
    if (!(target >= trainer.iteration)) throw new RangeError(`Iterations must ascend: ${target} follows ${trainer.iteration}.`);
    while (trainer.iteration < target) {
      try {
        trainer.step(Math.min(chunk, target - trainer.iteration));
      } catch (error) {
        if (!(error instanceof TrainingDivergedError)) throw error;
        divergedAt = error.iteration;
        break sampling;
      }
      if (performance.now() - sliceStart > sliceMs) {
        onProgress?.(last > 0 ? trainer.iteration / last : 1);
        await yieldToPage();
        signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    weights.set(trainer.weights, recorded * inputCount);
    trainer.outputs(outputs.subarray(recorded * rowCount, recorded * rowCount + trainer.rowCount));
    mse[recorded] = trainer.meanSquaredError();
    segmentStarts[recorded] = trainer.plan.segments[trainer.segmentIndex]!.from;
  }
  onProgress?.(1);
  return {
    inputCount,
    rowCount,
    iterations: iterations.slice(0, recorded),
    weights: weights.slice(0, recorded * inputCount),
    mse: mse.slice(0, recorded),
    outputs: outputs.slice(0, recorded * rowCount),
    ...(later.length > 0 ? { segmentStarts: segmentStarts.slice(0, recorded) } : {}),
    divergedAt,
  };
}
