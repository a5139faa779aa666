import { CoreRangeError, TrainingDivergedError, valueText } from './coreProblem';

export { TrainingDivergedError };
import { initialWeights } from './initialWeights';
import { sigmoid } from './neuronMath';
import { assertSeed } from './seed';
import { MAX_STEPS_PER_CALL } from './iterationLimits';
import { assertLearningRate, validateTable, type PackedTable } from './validateTable';

export interface TrainerOptions {
  /** The training table: one row per example, each with the same number of finite inputs (the tutorial has 3). */
  inputs: readonly (readonly number[])[];
  /** One target per row, each in [0, 1]. */
  targets: readonly number[];
  /** NumPy's `random.seed`: an integer from 0 to 4294967295. The tutorial uses 1. */
  seed: number;
  /** Scales every update: W += learningRate * adjustment. The tutorial has none, that is 1. */
  learningRate?: number;
}

/** Where `stepRecording` writes one entry per iteration it trains. */
export interface StepRecord {
  /** weights[(offset + i) * inputCount + j]: weight j after the i-th iteration of this call. */
  weights: Float64Array;
  /** errors[offset + i]: the mean squared error of the weights the i-th iteration started from. */
  errors: Float64Array;
  offset: number;
}

/** One neuron trained on one table, exactly as the tutorial trains it. */
export interface Trainer {
  /** Iterations trained so far. */
  readonly iteration: number;
  /** The current weights, one per input. The trainer's own array: read it, copy it, never write it. */
  readonly weights: Float64Array;
  readonly rowCount: number;
  readonly inputCount: number;
  readonly seed: number;
  readonly learningRate: number;
  /** Trains `count` iterations (default 1) in place; throws TrainingDivergedError if the weights stop being finite. */
  step(count?: number): void;
  /** As `step`, and writes each iteration's weights and error into `record`. Returns the iterations trained. */
  stepRecording(count: number, record: StepRecord): number;
  /** sigmoid(input . weights). */
  predict(input: ArrayLike<number>): number;
  /** sigmoid(X . weights) for every row, written into `into` when given. */
  outputs(into?: Float64Array): Float64Array;
  /** mean over rows of (target - output)^2 for the current weights. */
  meanSquaredError(): number;
  /** Back to iteration 0 and the seed's starting weights. */
  reset(): void;
  /** Puts the trainer at `iteration` with `weights`, as saved from this same run (a checkpoint). */
  restore(iteration: number, weights: ArrayLike<number>): void;
}

export { MAX_ITERATION, MAX_STEPS_PER_CALL } from './iterationLimits';

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > MAX_STEPS_PER_CALL) {
    throw new CoreRangeError({ code: 'stepCount', value: valueText(count), most: MAX_STEPS_PER_CALL });
  }
}

/**
 * The hot loop for three inputs, everything in local variables. Per iteration, for each row r:
 *   out_r = sigmoid(x_r . w);  delta_r = (y_r - out_r) * out_r * (1 - out_r)
 * then w += lr * X.T . delta, in NumPy's order of operations, so the doubles agree with NumPy's.
 * Returns the iterations trained (fewer than `count` only if the weights stopped being finite).
 */
function train3(table: PackedTable, w: Float64Array, lr: number, count: number, record: StepRecord | null): number {
  const x = table.inputs;
  const y = table.targets;
  const rows = table.rowCount;
  let w0 = w[0]!;
  let w1 = w[1]!;
  let w2 = w[2]!;
  let done = 0;
  for (; done < count; done++) {
    let g0 = 0;
    let g1 = 0;
    let g2 = 0;
    let sse = 0;
    for (let r = 0, k = 0; r < rows; r++, k += 3) {
      const x0 = x[k]!;
      const x1 = x[k + 1]!;
      const x2 = x[k + 2]!;
      const out = 1 / (1 + Math.exp(-(x0 * w0 + x1 * w1 + x2 * w2)));
      const error = y[r]! - out;
      const delta = error * out * (1 - out);
      g0 += x0 * delta;
      g1 += x1 * delta;
      g2 += x2 * delta;
      sse += error * error;
    }
    const n0 = w0 + lr * g0;
    const n1 = w1 + lr * g1;
    const n2 = w2 + lr * g2;
    // x - x is 0 for a finite x and NaN for Infinity or NaN: one cheap test for all three.
    if (n0 - n0 + (n1 - n1) + (n2 - n2) !== 0) break;
    w0 = n0;
    w1 = n1;
    w2 = n2;
    if (record !== null) {
      const at = record.offset + done;
      record.errors[at] = sse / rows;
      record.weights[at * 3] = w0;
      record.weights[at * 3 + 1] = w1;
      record.weights[at * 3 + 2] = w2;
    }
  }
  w[0] = w0;
  w[1] = w1;
  w[2] = w2;
  return done;
}

/** The same loop for any number of inputs, with one preallocated gradient buffer. */
function trainN(table: PackedTable, w: Float64Array, g: Float64Array, lr: number, count: number, record: StepRecord | null): number {
  const x = table.inputs;
  const y = table.targets;
  const rows = table.rowCount;
  const n = table.inputCount;
  let done = 0;
  for (; done < count; done++) {
    g.fill(0);
    let sse = 0;
    for (let r = 0; r < rows; r++) {
      const k = r * n;
      let z = 0;
      for (let j = 0; j < n; j++) z += x[k + j]! * w[j]!;
      const out = 1 / (1 + Math.exp(-z));
      const error = y[r]! - out;
      const delta = error * out * (1 - out);
      for (let j = 0; j < n; j++) g[j]! += x[k + j]! * delta;
      sse += error * error;
    }
    let finite = 0;
    for (let j = 0; j < n; j++) {
      const next = w[j]! + lr * g[j]!;
      g[j] = next;
      finite += next - next;
    }
    if (finite !== 0) break;
    w.set(g);
    if (record !== null) {
      const at = record.offset + done;
      record.errors[at] = sse / rows;
      record.weights.set(w, at * n);
    }
  }
  return done;
}

class TableTrainer implements Trainer {
  readonly weights: Float64Array;
  readonly rowCount: number;
  readonly inputCount: number;
  readonly seed: number;
  readonly learningRate: number;
  private readonly table: PackedTable;
  private readonly scratch: Float64Array;
  private readonly rowScratch: Float64Array;
  private current = 0;

  constructor(options: TrainerOptions) {
    assertSeed(options.seed);
    const learningRate = options.learningRate ?? 1;
    assertLearningRate(learningRate);
    this.table = validateTable(options.inputs, options.targets);
    this.rowCount = this.table.rowCount;
    this.inputCount = this.table.inputCount;
    this.seed = options.seed;
    this.learningRate = learningRate;
    this.weights = initialWeights(this.seed, this.inputCount);
    this.scratch = new Float64Array(this.inputCount);
    this.rowScratch = new Float64Array(this.rowCount);
  }

  get iteration(): number {
    return this.current;
  }

  step(count = 1): void {
    assertCount(count);
    this.train(count, null);
  }

  stepRecording(count: number, record: StepRecord): number {
    assertCount(count);
    const needed = record.offset + count;
    if (!Number.isInteger(record.offset) || record.offset < 0 || record.errors.length < needed || record.weights.length < needed * this.inputCount) {
      throw new RangeError(`The record buffers hold too few entries for ${count} iterations from offset ${record.offset}.`);
    }
    return this.train(count, record);
  }

  private train(count: number, record: StepRecord | null): number {
    const done =
      this.inputCount === 3
        ? train3(this.table, this.weights, this.learningRate, count, record)
        : trainN(this.table, this.weights, this.scratch, this.learningRate, count, record);
    this.current += done;
    if (done < count) throw new TrainingDivergedError(this.current);
    return done;
  }

  predict(input: ArrayLike<number>): number {
    if (input.length !== this.inputCount) {
      throw new CoreRangeError({ code: 'inputValues', count: input.length, needed: this.inputCount });
    }
    let z = 0;
    for (let j = 0; j < this.inputCount; j++) {
      const value = input[j]!;
      if (!Number.isFinite(value)) throw new CoreRangeError({ code: 'inputNotNumber', input: j + 1, value: valueText(value) });
      z += value * this.weights[j]!;
    }
    return sigmoid(z);
  }

  outputs(into: Float64Array = new Float64Array(this.rowCount)): Float64Array {
    const { inputs, inputCount } = this.table;
    for (let r = 0; r < this.rowCount; r++) {
      let z = 0;
      for (let j = 0; j < inputCount; j++) z += inputs[r * inputCount + j]! * this.weights[j]!;
      into[r] = sigmoid(z);
    }
    return into;
  }

  meanSquaredError(): number {
    const out = this.outputs(this.rowScratch);
    let sse = 0;
    for (let r = 0; r < this.rowCount; r++) {
      const error = this.table.targets[r]! - out[r]!;
      sse += error * error;
    }
    return sse / this.rowCount;
  }

  reset(): void {
    this.weights.set(initialWeights(this.seed, this.inputCount));
    this.current = 0;
  }

  restore(iteration: number, weights: ArrayLike<number>): void {
    if (!Number.isInteger(iteration) || iteration < 0) {
      throw new CoreRangeError({ code: 'iterationNotWhole', value: valueText(iteration) });
    }
    if (weights.length !== this.inputCount) {
      throw new CoreRangeError({ code: 'weightCount', count: weights.length, needed: this.inputCount });
    }
    for (let j = 0; j < this.inputCount; j++) {
      if (!Number.isFinite(weights[j]!)) throw new CoreRangeError({ code: 'weightNotFinite', weight: j + 1, value: valueText(weights[j]) });
    }
    this.weights.set(weights);
    this.current = iteration;
  }
}

/** A trainer for one table: starts at iteration 0 with the seed's weights. Throws RangeError on any bad option. */
export function createTrainer(options: TrainerOptions): Trainer {
  return new TableTrainer(options);
}
