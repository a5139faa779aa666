/**
 * The neuron's arithmetic for any weights and any table, as pure functions: what the panels draw, what the
 * landscape worker computes and what the tests check share these. Each sum runs in NumPy's order (input 1 first),
 * so the doubles are the tutorial's.
 */

/** z = x . w, summed from the first input on, as np.dot sums. */
export function weightedSum(input: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (input.length !== weights.length) {
    throw new RangeError(`The input has ${input.length} values but there are ${weights.length} weights: they must match.`);
  }
  let z = 0;
  for (let j = 0; j < input.length; j++) z += input[j]! * weights[j]!;
  return z;
}

/** The neuron's output for one input: sigmoid(x . w) = 1 / (1 + exp(-x . w)), written as the tutorial writes it. */
export function neuronOutput(input: ArrayLike<number>, weights: ArrayLike<number>): number {
  return 1 / (1 + Math.exp(-weightedSum(input, weights)));
}

/** The mean squared error of `weights` on a table: mean over rows of (target - output)^2, as np.mean sums it. */
export function meanSquaredError(inputs: readonly ArrayLike<number>[], targets: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (inputs.length !== targets.length) {
    throw new RangeError(`The table has ${inputs.length} rows of inputs but ${targets.length} targets: they must match.`);
  }
  if (inputs.length === 0) throw new RangeError('The table has no rows, so it has no error.');
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
