import { sigmoid } from '../core/sigmoid';
import type { PackedTable } from '../core/validateTable';
import type { StepStart } from './protocol';

/**
 * The neuron at `iteration` with `weights` on `table` (that iteration's: a run's segments may differ): each row's
 * output and the prediction for the test input, by the
 * trainer's own arithmetic (z sums x[j] * w[j] from j = 0 up, then 1 / (1 + exp(-z))), so the numbers are those
 * the page showed at that iteration, bit for bit.
 */
export function stepStartOf(table: PackedTable, iteration: number, weights: Float64Array, testInput: ArrayLike<number>): StepStart {
  const { inputs, inputCount, rowCount } = table;
  const outputs = new Float64Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    let z = 0;
    for (let j = 0; j < inputCount; j++) z += inputs[r * inputCount + j]! * weights[j]!;
    outputs[r] = sigmoid(z);
  }
  let z = 0;
  for (let j = 0; j < inputCount; j++) z += testInput[j]! * weights[j]!;
  return { iteration, weights, outputs, prediction: sigmoid(z) };
}
