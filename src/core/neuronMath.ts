import { CoreRangeError } from './coreProblem';

/**
 * The neuron's arithmetic for any weights, any table and any number of inputs, as pure functions: the ONE place
 * the layers above the core compute it (the math view, the charts, the neuron, Explore's panels, the lesson's
 * truth, the worker's step start). Each follows the tutorial's expressions term for term, in NumPy's order (sums
 * from input 1 on; `error * out * (1 - out)` multiplied left to right), so the doubles are NumPy's, bit for bit.
 * The trainer's hot loops (trainer.ts) write the same expressions inline, for speed.
 */

/**
 * The logistic function, written as the tutorial writes it, `1 / (1 + exp(-z))`, so that it rounds as NumPy does.
 * It never returns NaN for a number: exp overflows to Infinity for z below about -709 and the result is 0;
 * for large z exp underflows to 0 and the result is 1. Only z = NaN gives NaN.
 */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The slope of the sigmoid written through its output: d sigmoid / dz = out * (1 - out). */
export function sigmoidSlope(out: number): number {
  return out * (1 - out);
}

/**
 * The error signal of one row, `error * out * (1 - out)`, multiplied left to right as the trainer and NumPy's
 * expression do ((error * out) * (1 - out), which may differ in the last bit from error * sigmoidSlope(out)).
 */
export function errorSignal(error: number, out: number): number {
  return error * out * (1 - out);
}

/** z = x . w, summed from the first input on, as np.dot sums. */
export function weightedSum(input: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (input.length !== weights.length) {
    throw new CoreRangeError({ code: 'inputValues', count: input.length, needed: weights.length });
  }
  let z = 0;
  for (let j = 0; j < input.length; j++) z += input[j]! * weights[j]!;
  return z;
}

/** z of row `row` of a row-major table with one input per weight (a PackedTable's inputs), summed as weightedSum does. */
export function rowWeightedSum(inputs: ArrayLike<number>, row: number, weights: ArrayLike<number>): number {
  const n = weights.length;
  const start = row * n;
  if (!(Number.isInteger(row) && row >= 0 && start + n <= inputs.length)) {
    throw new RangeError(`Row ${row + 1} is not in a table of ${Math.floor(inputs.length / Math.max(n, 1))} rows of ${n} inputs.`);
  }
  let z = 0;
  for (let j = 0; j < n; j++) z += inputs[start + j]! * weights[j]!;
  return z;
}

/** The neuron's output for one input: sigmoid(x . w) = 1 / (1 + exp(-x . w)), written as the tutorial writes it. */
export function neuronOutput(input: ArrayLike<number>, weights: ArrayLike<number>): number {
  return sigmoid(weightedSum(input, weights));
}

/** One row's forward pass and error signal, each as the trainer computes it. */
export interface RowPass {
  z: number;
  out: number;
  error: number;
  slope: number;
  delta: number;
}

/** The pass of one row with its `target`, given its weighted sum z: out = sigmoid(z), error = target - out, and on. */
export function rowPassOf(z: number, target: number): RowPass {
  const out = sigmoid(z);
  const error = target - out;
  return { z, out, error, slope: sigmoidSlope(out), delta: errorSignal(error, out) };
}

/** The mean squared error of `weights` on a table: mean over rows of (target - output)^2, as np.mean sums it. */
export function meanSquaredError(inputs: readonly ArrayLike<number>[], targets: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (inputs.length !== targets.length) {
    throw new CoreRangeError({ code: 'tableTargetCount', rows: inputs.length, targets: targets.length });
  }
  if (inputs.length === 0) throw new CoreRangeError({ code: 'tableNoError' });
  let sum = 0;
  for (let r = 0; r < inputs.length; r++) {
    const error = targets[r]! - neuronOutput(inputs[r]!, weights);
    sum += error * error;
  }
  return sum / inputs.length;
}

/** The eight inputs of three 0/1 values, 000 to 111, input 1 the leftmost digit: [0,0,0], [0,0,1], ... [1,1,1]. */
export const CORNERS: readonly (readonly [number, number, number])[] = Array.from({ length: 8 }, (_, k) => [(k >> 2) & 1, (k >> 1) & 1, k & 1] as const);

/** A corner's name: its three digits, "101" for [1, 0, 1]. */
export function cornerName(corner: readonly number[]): string {
  return corner.join('');
}
