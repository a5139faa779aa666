import { CoreRangeError, valueText } from './coreProblem';

/** The most rows a training table may have. The tutorial has 3; a class rarely needs more than a dozen. */
export const MAX_ROWS = 64;

/** A table in the trainer's own layout: inputs row-major in one Float64Array. */
export interface PackedTable {
  readonly rowCount: number;
  readonly inputCount: number;
  /** inputs[r * inputCount + c] is row r, input c. */
  readonly inputs: Float64Array;
  /** targets[r] is row r's target, in [0, 1]. */
  readonly targets: Float64Array;
}

/**
 * Checks a training table and packs it into Float64Arrays. Row and column numbers in messages count from 1,
 * as a person reads the table. Throws a CoreRangeError that names the first bad row and column and the rule.
 */
export function validateTable(inputs: readonly (readonly number[])[], targets: readonly number[]): PackedTable {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new CoreRangeError({ code: 'tableNoRows', most: MAX_ROWS });
  }
  if (inputs.length > MAX_ROWS) {
    throw new CoreRangeError({ code: 'tableTooManyRows', rows: inputs.length, most: MAX_ROWS });
  }
  if (!Array.isArray(targets) || targets.length !== inputs.length) {
    const count = Array.isArray(targets) ? targets.length : 0;
    throw new CoreRangeError({ code: 'tableTargetCount', rows: inputs.length, targets: count });
  }
  const first = inputs[0];
  const inputCount = Array.isArray(first) ? first.length : 0;
  if (inputCount < 1) throw new CoreRangeError({ code: 'rowNoInputs' });

  const packed = new Float64Array(inputs.length * inputCount);
  const packedTargets = new Float64Array(inputs.length);
  inputs.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== inputCount) {
      const length = Array.isArray(row) ? row.length : 0;
      throw new CoreRangeError({ code: 'rowInputCount', row: r + 1, count: length, first: inputCount });
    }
    row.forEach((value: unknown, c) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new CoreRangeError({ code: 'inputNotFinite', row: r + 1, input: c + 1, value: valueText(value) });
      }
      packed[r * inputCount + c] = value;
    });
    const target: unknown = targets[r];
    if (typeof target !== 'number' || !(target >= 0 && target <= 1)) {
      throw new CoreRangeError({ code: 'targetOutside', row: r + 1, value: valueText(target) });
    }
    packedTargets[r] = target;
  });
  return { rowCount: inputs.length, inputCount, inputs: packed, targets: packedTargets };
}

/** Throws a CoreRangeError unless the learning rate is a finite number above 0. */
export function assertLearningRate(learningRate: number): void {
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || !(learningRate > 0)) {
    throw new CoreRangeError({ code: 'learningRate', value: valueText(learningRate) });
  }
}
