import { sigmoid } from './neuronMath';
import type { HistoryReader } from './history';

export type SeriesScale = 'linear' | 'log';

/** How the charts want the history sampled. */
export interface SeriesRequest {
  /** 'linear': samples evenly spaced in iterations; 'log': evenly spaced in log(1 + iteration). */
  scale: SeriesScale;
  /** How many samples the charts can show (about their width in pixels), from MIN_SERIES_POINTS to MAX_SERIES_POINTS. */
  points: number;
}

export const MIN_SERIES_POINTS = 2;
export const MAX_SERIES_POINTS = 8192;

/**
 * A sampled view of the history from its first iteration (0, or knownFrom after a restart from a checkpoint) to
 * trainedTo, for the charts: K samples, K <= points. Sample s
 * stands for the stretch from iterations[s] up to the next sample (the last sample, trainedTo, for itself alone);
 * its envelope (min, max) covers at least that stretch. Every sampled value is the exact one of its iteration.
 */
export interface HistorySeries {
  scale: SeriesScale;
  /** The iteration of each sample, strictly ascending, from the history's first iteration to trainedTo (K). */
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
  /**
   * The rows of the errors below: those of the last segment's table (the table being edited). A sample from an
   * earlier segment with fewer rows has NaN for the rows it did not have.
   */
  rowCount: number;
  /** rowErrors[s * rowCount + r]: target - output of row r with the weights of sample s, against its segment's targets (K * rowCount). */
  rowErrors: Float64Array;
}

export function assertSeriesRequest(request: SeriesRequest): void {
  if (request.scale !== 'linear' && request.scale !== 'log') {
    throw new RangeError(`Series scale ${JSON.stringify(request.scale)} is not allowed: it must be 'linear' or 'log'.`);
  }
  const { points } = request;
  if (!Number.isInteger(points) || points < MIN_SERIES_POINTS || points > MAX_SERIES_POINTS) {
    throw new RangeError(`Series points ${String(points)} is not allowed: it must be a whole number from ${MIN_SERIES_POINTS} to ${MAX_SERIES_POINTS}.`);
  }
}

/**
 * The iterations to sample, strictly ascending from `first` (the history's first iteration, 0 unless it started
 * from a checkpoint) to trainedTo: every iteration when they fit, else `points` evenly spaced (in iterations or in
 * log(1 + iteration)) and moved down by `snap` to an iteration whose exact values are stored; those that land on
 * the same iteration count once.
 */
export function sampleIterations(trainedTo: number, request: SeriesRequest, snap: (k: number) => number, first = 0): Float64Array {
  assertSeriesRequest(request);
  if (trainedTo - first + 1 <= request.points) return Float64Array.from({ length: trainedTo - first + 1 }, (_, i) => first + i);
  const last = request.points - 1;
  const logStart = Math.log1p(first);
  const logEnd = Math.log1p(trainedTo);
  const picked = new Float64Array(request.points);
  let count = 0;
  for (let s = 0; s <= last; s++) {
    let k: number;
    if (s === last) k = trainedTo;
    else if (s === 0) k = first;
    else if (request.scale === 'linear') k = first + Math.round((s * (trainedTo - first)) / last);
    else k = Math.min(trainedTo, Math.max(first, Math.round(Math.expm1(logStart + (s / last) * (logEnd - logStart)))));
    k = snap(k);
    if (count === 0 || k > picked[count - 1]!) picked[count++] = k;
  }
  return picked.slice(0, count);
}

/**
 * A copy of `series` in a buffer of its own (all its arrays share it, as sampleHistory's do): one the page can hand
 * on to the time charts' worker (a transfer) and still keep `series` for its own reading.
 */
export function copySeries(series: HistorySeries): HistorySeries {
  const source = series.iterations.buffer;
  const buffer = source.slice(0);
  const view = (array: Float64Array) => new Float64Array(buffer, array.byteOffset, array.length);
  return {
    scale: series.scale,
    iterations: view(series.iterations),
    weights: view(series.weights),
    weightsMin: view(series.weightsMin),
    weightsMax: view(series.weightsMax),
    mse: view(series.mse),
    mseMin: view(series.mseMin),
    mseMax: view(series.mseMax),
    rowCount: series.rowCount,
    rowErrors: view(series.rowErrors),
  };
}

/** Samples the history for the charts; all the arrays share one buffer (transfer `iterations.buffer`). */
export function sampleHistory(history: HistoryReader, request: SeriesRequest): HistorySeries {
  const iterations = sampleIterations(history.trainedTo, request, (k) => history.snap(k), history.knownFrom);
  const count = iterations.length;
  const n = history.inputCount;
  const rows = history.rowCount;
  const channels = n + 1;
  const sizes = [count, count * n, count * n, count * n, count, count, count, count * rows];
  const buffer = new ArrayBuffer(8 * sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  const views = sizes.map((size) => {
    const view = new Float64Array(buffer, at * 8, size);
    at += size;
    return view;
  });
  const [iterationsOut, weights, weightsMin, weightsMax, mse, mseMin, mseMax, rowErrors] = views as [
    Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array,
  ];
  iterationsOut.set(iterations);

  const values = new Float64Array(channels);
  const low = new Float64Array(channels);
  const high = new Float64Array(channels);
  for (let s = 0; s < count; s++) {
    const k = iterations[s]!;
    const { inputs, targets, rowCount: tableRows } = history.tableAt(k);
    const stretchEnd = s + 1 < count ? iterations[s + 1]! - 1 : k;
    history.valuesAt(k, values);
    history.envelope(k, stretchEnd, low, high);
    for (let j = 0; j < n; j++) {
      weights[s * n + j] = values[j]!;
      weightsMin[s * n + j] = low[j]!;
      weightsMax[s * n + j] = high[j]!;
    }
    mse[s] = values[n]!;
    mseMin[s] = low[n]!;
    mseMax[s] = high[n]!;
    // The same arithmetic as the trainer's outputs, so each row's error is the exact one of that iteration.
    for (let r = 0; r < rows; r++) {
      if (r >= tableRows) {
        rowErrors[s * rows + r] = NaN;
        continue;
      }
      let z = 0;
      for (let j = 0; j < n; j++) z += inputs[r * n + j]! * values[j]!;
      rowErrors[s * rows + r] = targets[r]! - sigmoid(z);
    }
  }
  return { scale: request.scale, iterations: iterationsOut, weights, weightsMin, weightsMax, mse, mseMin, mseMax, rowCount: rows, rowErrors };
}
