import { CoreRangeError, valueText } from './coreProblem';
import { createNumpyRandom } from './random';

/**
 * The tutorial's starting weights: `random.seed(seed); 2 * random.random((inputCount, 1)) - 1`,
 * one weight per input, each in [-1, 1).
 */
export function initialWeights(seed: number, inputCount = 3): Float64Array {
  if (!Number.isInteger(inputCount) || inputCount < 1) {
    throw new CoreRangeError({ code: 'inputCountTooSmall', value: valueText(inputCount) });
  }
  const random = createNumpyRandom(seed);
  const weights = new Float64Array(inputCount);
  for (let i = 0; i < inputCount; i++) weights[i] = 2 * random.random() - 1;
  return weights;
}
