import { CoreRangeError, valueText } from './coreProblem';

/**
 * The error landscape: the mean squared error of the neuron over a grid of two of its weights, the other weights
 * held where they are. Cell-centred, as d3-contour reads a grid: cell (i, j) stands for the square
 * [lo + i * step, lo + (i + 1) * step) and its value is the error at the square's centre, so the contours of
 * the grid cover exactly the ranges asked for.
 */

export interface LandscapeSpec {
  /** The table's inputs row after row (rowCount * inputCount), and one target per row. */
  inputs: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** The weights the grid varies two of; every other weight stays at its value here. */
  weights: ArrayLike<number>;
  /** The weights on the grid's x and y axes (indices into `weights`), different from each other. */
  axes: readonly [number, number];
  /** The range of each axis's weight, lowest first. */
  xRange: readonly [number, number];
  yRange: readonly [number, number];
  /** Cells along x and along y. */
  columns: number;
  rows: number;
}

/** Most cells along one side: a guard against a typo asking for a grid that would take the worker minutes. */
export const MAX_LANDSCAPE_SIDE = 1024;

/** The weight at the centre of cell `i` of `count` cells spanning [lo, hi]. */
export function cellCentre(lo: number, hi: number, count: number, i: number): number {
  return lo + ((i + 0.5) * (hi - lo)) / count;
}

function assertSpec(spec: LandscapeSpec): number {
  const n = spec.weights.length;
  const rowCount = spec.targets.length;
  if (rowCount === 0 || spec.inputs.length !== rowCount * n) {
    throw new CoreRangeError({ code: 'landscapeTable', values: spec.inputs.length, rows: rowCount, inputs: n });
  }
  const [a, b] = spec.axes;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a === b || a < 0 || b < 0 || a >= n || b >= n) {
    throw new CoreRangeError({ code: 'landscapeAxes', axes: spec.axes.map(valueText).join(', '), most: n - 1 });
  }
  for (const [side, count] of [['columns', spec.columns], ['rows', spec.rows]] as const) {
    if (!Number.isInteger(count) || count < 2 || count > MAX_LANDSCAPE_SIDE) {
      throw new CoreRangeError({ code: 'landscapeSide', side, value: valueText(count), most: MAX_LANDSCAPE_SIDE });
    }
  }
  for (const [axis, [lo, hi]] of [['x', spec.xRange], ['y', spec.yRange]] as const) {
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new CoreRangeError({ code: 'landscapeRange', axis, low: valueText(lo), high: valueText(hi) });
  }
  return n;
}

/**
 * The grid of errors, written into `into` when given (columns * rows values): value [i + j * columns] is the
 * mean squared error with weight axes[0] at cell centre i and weight axes[1] at cell centre j. Each error is
 * summed as the trainer sums it (rows in order, x . w from input 1 on), so a cell at the trainer's weights
 * gives the trainer's error.
 */
export function landscapeGrid(spec: LandscapeSpec, into?: Float64Array): Float64Array {
  const n = assertSpec(spec);
  const { inputs, targets, columns, rows } = spec;
  const size = columns * rows;
  const grid = into ?? new Float64Array(size);
  if (grid.length < size) throw new RangeError(`The buffer holds ${grid.length} values; the grid needs ${size}.`);
  const rowCount = targets.length;
  const w = Float64Array.from(spec.weights);
  const [a, b] = spec.axes;
  for (let j = 0; j < rows; j++) {
    w[b] = cellCentre(spec.yRange[0], spec.yRange[1], rows, j);
    for (let i = 0; i < columns; i++) {
      w[a] = cellCentre(spec.xRange[0], spec.xRange[1], columns, i);
      let sum = 0;
      for (let r = 0, k = 0; r < rowCount; r++, k += n) {
        let z = 0;
        for (let c = 0; c < n; c++) z += inputs[k + c]! * w[c]!;
        const error = targets[r]! - 1 / (1 + Math.exp(-z));
        sum += error * error;
      }
      grid[i + j * columns] = sum / rowCount;
    }
  }
  return grid;
}

export interface GridLowest {
  /** The cell's column and row, and its error. */
  column: number;
  row: number;
  value: number;
}

/** The cell of least error (the first such, row by row); NaN cells are passed over. Null for an all-NaN grid. */
export function lowestCell(grid: ArrayLike<number>, columns: number, rows: number): GridLowest | null {
  let best = -1;
  for (let k = 0; k < columns * rows; k++) {
    const value = grid[k]!;
    if (value === value && (best < 0 || value < grid[best]!)) best = k;
  }
  return best < 0 ? null : { column: best % columns, row: Math.floor(best / columns), value: grid[best]! };
}
