import { createTrainer, MAX_STEPS_PER_CALL, type StepRecord, type Trainer, type TrainerOptions } from './trainer';
import { assertRunPlan, segmentIndexAt, toRunPlan, type RunPlan, type RunSegment } from './runPlan';
import type { PackedTable } from './validateTable';
import { validateTable } from './validateTable';

/** A trainer over a whole plan: it changes table and learning rate at each segment's first iteration. */
export interface PlanTrainer extends Trainer {
  readonly plan: RunPlan;
  /** The segment the current iteration belongs to (its table gives the outputs and the error). */
  readonly segmentIndex: number;
  /** The current segment's table. */
  readonly table: PackedTable;
}

/**
 * One trainer per segment, each standing at the run's own iteration numbers: at a segment's first iteration the
 * next one takes over the weights (restore), so every step is the plain trainer's step, bit for bit, and a run
 * of one segment is exactly the trainer it wraps.
 */
class SegmentedTrainer implements PlanTrainer {
  readonly plan: RunPlan;
  readonly inputCount: number;
  readonly seed: number;
  private readonly trainers: Trainer[];
  private readonly tables: PackedTable[];
  private readonly starts: number[];
  private index = 0;

  constructor(plan: RunPlan) {
    assertRunPlan(plan);
    this.plan = plan;
    this.seed = plan.seed;
    this.trainers = plan.segments.map((segment: RunSegment) =>
      createTrainer({ inputs: segment.inputs, targets: segment.targets, seed: plan.seed, learningRate: segment.learningRate }),
    );
    this.tables = plan.segments.map((segment) => validateTable(segment.inputs, segment.targets));
    this.starts = plan.segments.map((segment) => segment.from);
    this.inputCount = this.trainers[0]!.inputCount;
  }

  private get current(): Trainer {
    return this.trainers[this.index]!;
  }

  get iteration(): number {
    return this.current.iteration;
  }

  get weights(): Float64Array {
    return this.current.weights;
  }

  get rowCount(): number {
    return this.current.rowCount;
  }

  get learningRate(): number {
    return this.current.learningRate;
  }

  get segmentIndex(): number {
    return this.index;
  }

  get table(): PackedTable {
    return this.tables[this.index]!;
  }

  /** Iterations the current segment may still train before the next one takes over. */
  private room(): number {
    const next = this.starts[this.index + 1];
    return next === undefined ? Infinity : next - this.iteration;
  }

  /** At the next segment's first iteration, hands the weights over to it. */
  private crossBoundary(): void {
    while (this.room() === 0) {
      const from = this.current;
      this.index++;
      this.current.restore(from.iteration, from.weights);
    }
  }

  step(count = 1): void {
    if (!Number.isInteger(count) || count < 0 || count > MAX_STEPS_PER_CALL) this.current.step(count); // throws its RangeError
    let left = count;
    while (left > 0) {
      const n = Math.min(left, this.room());
      this.current.step(n);
      left -= n;
      this.crossBoundary();
    }
  }

  stepRecording(count: number, record: StepRecord): number {
    if (!Number.isInteger(count) || count < 0 || count > MAX_STEPS_PER_CALL) return this.current.stepRecording(count, record);
    let done = 0;
    while (done < count) {
      const n = Math.min(count - done, this.room());
      done += this.current.stepRecording(n, { weights: record.weights, errors: record.errors, offset: record.offset + done });
      this.crossBoundary();
    }
    return done;
  }

  predict(input: ArrayLike<number>): number {
    return this.current.predict(input);
  }

  outputs(into?: Float64Array): Float64Array {
    return this.current.outputs(into);
  }

  meanSquaredError(): number {
    return this.current.meanSquaredError();
  }

  reset(): void {
    this.index = 0;
    this.current.reset();
  }

  restore(iteration: number, weights: ArrayLike<number>): void {
    const index = Number.isInteger(iteration) && iteration >= 0 ? segmentIndexAt(this.plan.segments, iteration) : 0;
    this.trainers[index]!.restore(iteration, weights); // checks its arguments first
    this.index = index;
  }
}

/** A trainer for a plan (or the options of one table): at iteration 0 with the seed's weights. RangeError on bad input. */
export function createPlanTrainer(options: TrainerOptions | RunPlan): PlanTrainer {
  return new SegmentedTrainer(toRunPlan(options));
}
