import { rowWeightedSum, sigmoid, weightedSum } from '../core/neuronMath';
import type { PackedTable } from '../core/validateTable';
import type { StepStart } from './protocol';

/**
 * The neuron at `iteration` with `weights` on `table` (that iteration's: a run's segments may differ): each row's
 * output and the prediction for the test input, by the neuron's one arithmetic (core/neuronMath.ts, the trainer's
 * own expressions), so the numbers are those the page showed at that iteration, bit for bit.
 */
export function stepStartOf(table: PackedTable, iteration: number, weights: Float64Array, testInput: ArrayLike<number>): StepStart {
  const outputs = new Float64Array(table.rowCount);
  for (let r = 0; r < table.rowCount; r++) outputs[r] = sigmoid(rowWeightedSum(table.inputs, r, weights));
  return { iteration, weights, outputs, prediction: sigmoid(weightedSum(testInput, weights)) };
}
