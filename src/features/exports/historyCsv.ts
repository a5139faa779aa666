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
  checkColumns(history);
  const { inputCount, rowCount, segmentStarts } = history;
  const lines = [historyHeader(inputCount, rowCount, segmentStarts !== undefined).join(',')];
  writeSamples(history, rowCount, segmentStarts !== undefined, null, lines);
  return lines.join('\r\n') + '\r\n';
}

/** One run's history in a file of several (Compare): its name in the "Run" column ("A", "B"). */
export interface RunHistory {
  run: string;
  history: HistoryColumns;
}

/**
 * The histories of several runs (Compare: A and B) in one CSV, as historyCsv writes one, with a first column
 * "Run" naming each line's run: all of run A's lines, then run B's. A row one run's table does not have is empty;
 * a run without edits has the "Table from iteration" 0 when the other has edits.
 * Throws a RangeError when a run's columns do not fit together, or the runs have different numbers of inputs.
 */
export function runsHistoryCsv(runs: readonly RunHistory[]): string {
  runs.forEach(({ history }) => checkColumns(history));
  const inputCount = runs[0]?.history.inputCount ?? 0;
  if (runs.some(({ history }) => history.inputCount !== inputCount)) throw new RangeError('The runs have different numbers of inputs: one file cannot hold their weights in the same columns.');
  const rowCount = Math.max(0, ...runs.map(({ history }) => history.rowCount));
  const segments = runs.some(({ history }) => history.segmentStarts !== undefined);
  const lines = [[RUN_COLUMN, ...historyHeader(inputCount, rowCount, segments)].join(',')];
  for (const { run, history } of runs) writeSamples(history, rowCount, segments, run, lines);
  return lines.join('\r\n') + '\r\n';
}

/** The first column of a history of several runs. */
export const RUN_COLUMN = 'Run';

function checkColumns({ inputCount, rowCount, iterations, weights, mse, outputs, segmentStarts }: HistoryColumns): void {
  const k = iterations.length;
  if (weights.length !== k * inputCount || mse.length !== k || outputs.length !== k * rowCount || (segmentStarts && segmentStarts.length !== k)) {
    throw new RangeError(
      `The history columns do not fit together: ${k} iterations need ${k * inputCount} weights, ${k} errors and ` +
        `${k * rowCount} outputs; got ${weights.length}, ${mse.length} and ${outputs.length}.`,
    );
  }
}

/** One line per sample: the run's name first when given, `rowCount` output columns (empty past the run's rows). */
function writeSamples(history: HistoryColumns, rowCount: number, segments: boolean, run: string | null, lines: string[]): void {
  const { inputCount, iterations, weights, mse, outputs, segmentStarts } = history;
  const cells: string[] = [];
  for (let s = 0; s < iterations.length; s++) {
    cells.length = 0;
    if (run !== null) cells.push(run);
    cells.push(String(iterations[s]));
    if (segments) cells.push(String(segmentStarts ? segmentStarts[s] : 0));
    for (let j = 0; j < inputCount; j++) cells.push(String(weights[s * inputCount + j]));
    cells.push(String(mse[s]));
    for (let r = 0; r < rowCount; r++) {
      const output = r < history.rowCount ? outputs[s * history.rowCount + r]! : Number.NaN;
      cells.push(Number.isNaN(output) ? '' : String(output));
    }
    lines.push(cells.join(','));
  }
}
