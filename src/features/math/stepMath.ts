import { CoreRangeError, valueText, assertLearningRate, rowPassOf, rowWeightedSum, validateTable } from '../../core';

/** A matrix of doubles, row-major: values[r * cols + c] is row r, column c. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly values: Float64Array;
}

/**
 * Every number of one training step, from iteration k to k + 1, as the matrices the tutorial's NumPy code holds.
 * With n rows and m inputs: X is n x m, Y, z, out, error, slope and delta are n x 1, W, adjustment and nextW are m x 1.
 */
export interface StepMath {
  /** k: the iteration whose weights W are. */
  readonly iteration: number;
  readonly learningRate: number;
  /** The training inputs, one row per example. */
  readonly X: Matrix;
  /** The targets, one per row (a column, as `array([[...]]).T` makes it). */
  readonly Y: Matrix;
  /** The weights at iteration k. */
  readonly W: Matrix;
  /** z = X . W: each row's weighted sum. */
  readonly z: Matrix;
  /** out = sigmoid(z) = 1 / (1 + exp(-z)). */
  readonly out: Matrix;
  /** error = Y - out. */
  readonly error: Matrix;
  /** out * (1 - out): the sigmoid's slope at z. */
  readonly slope: Matrix;
  /** error * out * (1 - out), multiplied left to right as the trainer (and the NumPy expression) does. */
  readonly delta: Matrix;
  /** X.T . delta. */
  readonly adjustment: Matrix;
  /** W + adjustment (W + learningRate * adjustment when the rate is not 1): the weights at iteration k + 1. */
  readonly nextW: Matrix;
}

export interface StepTable {
  readonly inputs: readonly (readonly number[])[];
  readonly targets: readonly number[];
}

function matrix(rows: number, cols: number, values: Float64Array = new Float64Array(rows * cols)): Matrix {
  return { rows, cols, values };
}

/**
 * The step from iteration `iteration` (whose weights are `weights`) to the next, every intermediate kept.
 * The arithmetic is the trainer's (src/core/trainer.ts), operation for operation, so `nextW` equals the trainer's
 * weights one iteration later bit for bit: z sums x[j] * w[j] from j = 0 up; delta is (error * out) * (1 - out);
 * the adjustment sums x[r][j] * delta[r] from row 0 down; the new weight is w + rate * adjustment.
 * Throws the core's CoreRangeError naming the problem (the page words it) when the table, the weights or the rate are not valid.
 */
export function stepMath(table: StepTable, weights: ArrayLike<number>, learningRate: number, iteration: number): StepMath {
  const packed = validateTable(table.inputs, table.targets);
  assertLearningRate(learningRate);
  if (!Number.isInteger(iteration) || iteration < 0) {
    throw new CoreRangeError({ code: 'iterationNotWhole', value: valueText(iteration) });
  }
  const n = packed.rowCount;
  const m = packed.inputCount;
  if (weights.length !== m) throw new CoreRangeError({ code: 'weightCount', count: weights.length, needed: m });
  const W = matrix(m, 1);
  for (let j = 0; j < m; j++) {
    const w = weights[j]!;
    if (!Number.isFinite(w)) throw new CoreRangeError({ code: 'weightNotFinite', weight: j + 1, value: valueText(w) });
    W.values[j] = w;
  }

  const x = packed.inputs;
  const z = matrix(n, 1);
  const out = matrix(n, 1);
  const error = matrix(n, 1);
  const slope = matrix(n, 1);
  const delta = matrix(n, 1);
  for (let r = 0; r < n; r++) {
    const pass = rowPassOf(rowWeightedSum(x, r, W.values), packed.targets[r]!);
    z.values[r] = pass.z;
    out.values[r] = pass.out;
    error.values[r] = pass.error;
    slope.values[r] = pass.slope;
    delta.values[r] = pass.delta;
  }

  const adjustment = matrix(m, 1);
  const nextW = matrix(m, 1);
  for (let j = 0; j < m; j++) {
    let sum = 0;
    for (let r = 0; r < n; r++) sum += x[r * m + j]! * delta.values[r]!;
    adjustment.values[j] = sum;
    nextW.values[j] = W.values[j]! + learningRate * sum;
  }

  return {
    iteration,
    learningRate,
    X: matrix(n, m, packed.inputs),
    Y: matrix(n, 1, packed.targets),
    W,
    z,
    out,
    error,
    slope,
    delta,
    adjustment,
    nextW,
  };
}

/** Matrix entry (r, c). */
export function entry(m: Matrix, r: number, c: number): number {
  return m.values[r * m.cols + c]!;
}
