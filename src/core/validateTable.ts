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

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * Checks a training table and packs it into Float64Arrays. Row and column numbers in messages count from 1,
 * as a person reads the table. Throws a RangeError that names the first bad row and column and the rule.
 */
export function validateTable(inputs: readonly (readonly number[])[], targets: readonly number[]): PackedTable {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new RangeError('The table has no rows: it needs from 1 to 64 rows.');
  }
  if (inputs.length > MAX_ROWS) {
    throw new RangeError(`The table has ${inputs.length} rows: it may have at most ${MAX_ROWS}.`);
  }
  if (!Array.isArray(targets) || targets.length !== inputs.length) {
    const count = Array.isArray(targets) ? targets.length : 0;
    throw new RangeError(`The table has ${inputs.length} rows of inputs but ${count} targets: each row needs exactly one target.`);
  }
  const first = inputs[0];
  const inputCount = Array.isArray(first) ? first.length : 0;
  if (inputCount < 1) throw new RangeError('Row 1 has no inputs: each row needs at least one input.');

  const packed = new Float64Array(inputs.length * inputCount);
  const packedTargets = new Float64Array(inputs.length);
  inputs.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== inputCount) {
      const length = Array.isArray(row) ? row.length : 0;
      throw new RangeError(`Row ${r + 1} has ${length} inputs but row 1 has ${inputCount}: every row needs the same number of inputs.`);
    }
    row.forEach((value: unknown, c) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new RangeError(`Row ${r + 1}, input ${c + 1}: ${describe(value)} is not allowed; an input must be a finite number.`);
      }
      packed[r * inputCount + c] = value;
    });
    const target: unknown = targets[r];
    if (typeof target !== 'number' || !(target >= 0 && target <= 1)) {
      throw new RangeError(`Row ${r + 1}, target: ${describe(target)} is not allowed; a target must be a number from 0 to 1.`);
    }
    packedTargets[r] = target;
  });
  return { rowCount: inputs.length, inputCount, inputs: packed, targets: packedTargets };
}

/** Throws a RangeError unless the learning rate is a finite number above 0. */
export function assertLearningRate(learningRate: number): void {
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || !(learningRate > 0)) {
    throw new RangeError(`Learning rate ${describe(learningRate)} is not allowed: it must be a finite number above 0.`);
  }
}
