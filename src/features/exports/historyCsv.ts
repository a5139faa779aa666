/**
 * The history of a run as columns of numbers, K samples long: plain arrays or Float64Arrays, so they can come
 * from the worker (transferred buffers) or from `recordHistory`.
 */
export interface HistoryColumns {
  inputCount: number;
  rowCount: number;
  /** The iteration of each sample, ascending (K). */
  iterations: ArrayLike<number>;
  /** weights[s * inputCount + j]: weight j at sample s (K * inputCount). */
  weights: ArrayLike<number>;
  /** The mean squared error at each sample (K). */
  mse: ArrayLike<number>;
  /** outputs[s * rowCount + r]: sigmoid(x_r . W) at sample s (K * rowCount); NaN for a row its table does not have. */
  outputs: ArrayLike<number>;
  /**
   * For a run with edits that kept what was learned: the iteration each sample's table trains from (K). The file
   * then has a "Table from iteration" column; without edits it is the file it always was.
   */
  segmentStarts?: ArrayLike<number>;
}

export const HISTORY_FILE_NAME = 'neuron_lab_history.csv';

/** The header line: names a spreadsheet shows, in the words the screen uses. */
export function historyHeader(inputCount: number, rowCount: number, segments = false): string[] {
  const weights = Array.from({ length: inputCount }, (_, j) => `Weight ${j + 1}`);
  const outputs = Array.from({ length: rowCount }, (_, r) => `Output row ${r + 1}`);
  return ['Iteration', ...(segments ? ['Table from iteration'] : []), ...weights, 'Mean squared error', ...outputs];
}

/**
 * The history as CSV (RFC 4180: comma separated, CRLF line ends, a header line). Every number is written as the
 * shortest text that reads back as the same double, so the file holds the app's numbers exactly.
 * Throws a RangeError when the columns do not have the lengths K, K * inputCount and K * rowCount.
 */
export function historyCsv(history: HistoryColumns): string {
  const { inputCount, rowCount, iterations, weights, mse, outputs, segmentStarts } = history;
  const k = iterations.length;
  if (weights.length !== k * inputCount || mse.length !== k || outputs.length !== k * rowCount || (segmentStarts && segmentStarts.length !== k)) {
    throw new RangeError(
      `The history columns do not fit together: ${k} iterations need ${k * inputCount} weights, ${k} errors and ` +
        `${k * rowCount} outputs; got ${weights.length}, ${mse.length} and ${outputs.length}.`,
    );
  }
  const lines = [historyHeader(inputCount, rowCount, segmentStarts !== undefined).join(',')];
  const cells: string[] = [];
  for (let s = 0; s < k; s++) {
    cells.length = 0;
    cells.push(String(iterations[s]));
    if (segmentStarts) cells.push(String(segmentStarts[s]));
    for (let j = 0; j < inputCount; j++) cells.push(String(weights[s * inputCount + j]));
    cells.push(String(mse[s]));
    for (let r = 0; r < rowCount; r++) {
      const output = outputs[s * rowCount + r]!;
      cells.push(Number.isNaN(output) ? '' : String(output));
    }
    lines.push(cells.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
