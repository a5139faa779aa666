import { CoreRangeError, valueText } from './coreProblem';
import { MAX_STEPS_PER_CALL, type StepRecord, type TrainerOptions } from './trainer';
import { validateTable, type PackedTable } from './validateTable';
import { createPlanTrainer, type PlanTrainer } from './planTrainer';
import { segmentIndexAt, toRunPlan, type RunPlan } from './runPlan';
import { assertHistoryLayout, DEFAULT_HISTORY_LAYOUT, RECORD_CHUNK, type HistoryLayout } from './historyLayout';
import { BlockSummary, type ChannelSource } from './historySummary';

/**
 * What the chart sampling reads from a history. Channels 0 .. inputCount - 1 are the weights, channel
 * inputCount is the mean squared error. Iteration k means "after k training steps".
 */
export interface HistoryReader {
  readonly inputCount: number;
  /** The rows of the last segment's table (the table being edited): the charts draw one error line per row. */
  readonly rowCount: number;
  /** The last segment's table. */
  readonly table: PackedTable;
  /** The table iteration k belongs to (its segment's): the rows' errors at k are against its targets. */
  tableAt(k: number): PackedTable;
  /** The furthest iteration trained: the history holds knownFrom .. trainedTo. */
  readonly trainedTo: number;
  /**
   * The first iteration the history holds: 0, or the iteration of the exact state it started from (`startAt`, a
   * worker restarted from the page's last frame). Nothing before it is known until it is recomputed from 0.
   */
  readonly knownFrom: number;
  /**
   * The largest iteration at or below k whose exact values are stored: k itself at full resolution and at the
   * tip, the first iteration of k's stretch beyond.
   */
  snap(k: number): number;
  /** Writes the exact values of iteration k (a value `snap` returns) into `into` (inputCount + 1 entries). */
  valuesAt(k: number, into: Float64Array): void;
  /**
   * Writes the minimum and maximum of each channel over iterations from .. to into `low` and `high`. Beyond full
   * resolution the range is widened to whole stretches, so the result covers at least from .. to.
   */
  envelope(from: number, to: number, low: Float64Array, high: Float64Array): void;
}

const INITIAL_FULL_CAPACITY = 1024;
const INITIAL_STRETCH_CAPACITY = 256;
const INITIAL_CHECKPOINT_CAPACITY = 64;

function assertIteration(k: number, knownFrom: number, trainedTo: number): void {
  if (!Number.isInteger(k) || k < knownFrom || k > trainedTo) {
    throw new CoreRangeError({ code: 'notInHistory', iteration: valueText(k), first: knownFrom, last: trainedTo });
  }
}

/**
 * One run of the neuron with everything it went through. `advance` trains at the tip and records each
 * iteration (the trainer writes straight into the history's buffers); `weightsAt(k)` gives the exact weights of
 * any iteration trained, bit for bit those of training k steps from the start: stored ones for the first
 * `fullResolution` iterations, else the nearest checkpoint retrained up to k.
 */
export class TrainingHistory implements HistoryReader {
  readonly inputCount: number;
  readonly rowCount: number;
  readonly table: PackedTable;
  readonly plan: RunPlan;
  readonly layout: Readonly<HistoryLayout>;
  /** The trainer at the tip. Read its weights; train it only through `advance`. */
  private readonly tip: PlanTrainer;
  /** Retrains from checkpoints for `weightsAt` (across segment boundaries, as the tip trained). */
  private readonly replay: PlanTrainer;
  /** Each segment's table, for tableAt. */
  private readonly tables: PackedTable[];
  private readonly channels: number;
  private readonly full: number;

  // Full resolution: fullWeights[k * n + j] is weight j of iteration k, fullMse[k] its mean squared error.
  private fullWeights: Float64Array;
  /** fullWeights from iteration 1 on: the trainer writes iteration s + 1 + i at (s + i) * n, so offset s works. */
  private fullWeightsFromOne: Float64Array;
  private fullMse: Float64Array;

  // Stretches beyond full resolution: stretch b covers full + b * width .. full + (b + 1) * width - 1.
  // firstValues/lowValues/highValues[b * channels + c]: channel c at the stretch's first iteration, min, max.
  private width: number;
  private firstValues: Float64Array;
  private lowValues: Float64Array;
  private highValues: Float64Array;

  // Checkpoint m holds the weights of iteration full + m * checkpointInterval.
  private checkpointInterval: number;
  private checkpointCount = 0;
  private checkpoints: Float64Array;

  private readonly chunk: StepRecord;
  private mseAtTip = 0;
  /**
   * The iteration the history starts at (knownFrom). Every buffer is indexed from it: full resolution covers
   * origin .. origin + fullResolution - 1, stretches and checkpoints follow, as they would from 0.
   */
  private origin = 0;

  // Block summaries of both parts for the charts' envelopes, brought up to date when an envelope is asked for.
  private readonly fullSummary: BlockSummary;
  private readonly stretchSummary: BlockSummary;
  /** The stretch width the stretch summary was made for: a merge makes it stale. */
  private summaryWidth = 0;

  /** Set once another history took over the buffers: this one must not be used any more. */
  private released = false;

  /**
   * `recycled`: a history no longer needed whose buffers this one takes over (same input count and layout), so
   * that a new run after an edit neither allocates megabytes nor touches fresh memory. It is checked first:
   * if the options are bad, the error is thrown and `recycled` stays as it was.
   */
  constructor(options: TrainerOptions | RunPlan, layout: Readonly<HistoryLayout> = DEFAULT_HISTORY_LAYOUT, recycled: TrainingHistory | null = null) {
    assertHistoryLayout(layout);
    this.plan = toRunPlan(options);
    this.tip = createPlanTrainer(this.plan);
    this.replay = createPlanTrainer(this.plan);
    this.tables = this.plan.segments.map((segment) => validateTable(segment.inputs, segment.targets));
    this.table = this.tables[this.tables.length - 1]!;
    this.layout = layout;
    this.inputCount = this.tip.inputCount;
    this.rowCount = this.table.rowCount;
    this.channels = this.inputCount + 1;
    this.full = layout.fullResolution;
    this.width = layout.firstStretchWidth;
    const n = this.inputCount;
    this.checkpointInterval = layout.checkpointInterval;
    if (recycled !== null && !recycled.released && recycled.inputCount === n && sameLayout(recycled.layout, layout)) {
      recycled.released = true;
      this.fullWeights = recycled.fullWeights;
      this.fullWeightsFromOne = recycled.fullWeightsFromOne;
      this.fullMse = recycled.fullMse;
      this.firstValues = recycled.firstValues;
      this.lowValues = recycled.lowValues;
      this.highValues = recycled.highValues;
      this.checkpoints = recycled.checkpoints;
      this.chunk = recycled.chunk;
      this.fullSummary = recycled.fullSummary;
      this.stretchSummary = recycled.stretchSummary;
    } else {
      const fullCapacity = Math.min(INITIAL_FULL_CAPACITY, this.full);
      this.fullWeights = new Float64Array(fullCapacity * n);
      this.fullWeightsFromOne = this.fullWeights.subarray(n);
      this.fullMse = new Float64Array(fullCapacity);
      const stretchCapacity = Math.min(INITIAL_STRETCH_CAPACITY, layout.maxStretches) * this.channels;
      this.firstValues = new Float64Array(stretchCapacity);
      this.lowValues = new Float64Array(stretchCapacity);
      this.highValues = new Float64Array(stretchCapacity);
      this.checkpoints = new Float64Array(Math.min(INITIAL_CHECKPOINT_CAPACITY, layout.maxCheckpoints) * n);
      this.chunk = { weights: new Float64Array(RECORD_CHUNK * n), errors: new Float64Array(RECORD_CHUNK), offset: 0 };
      this.fullSummary = new BlockSummary(this.channels, layout.fullResolution);
      this.stretchSummary = new BlockSummary(this.channels, layout.maxStretches);
    }
    this.clear();
  }

  private assertUsable(): void {
    if (this.released) throw new Error('This history gave its buffers to a newer one and cannot be used any more.');
  }

  get trainedTo(): number {
    return this.tip.iteration;
  }

  get knownFrom(): number {
    return this.origin;
  }

  tableAt(k: number): PackedTable {
    return this.tables[segmentIndexAt(this.plan.segments, k)]!;
  }

  /** The weights at the tip (iteration trainedTo). The trainer's own array: read it, never write it. */
  get tipWeights(): Float64Array {
    return this.tip.weights;
  }

  get tipMeanSquaredError(): number {
    return this.mseAtTip;
  }

  /** Back to iteration 0 with the seed's weights; the history is emptied, its buffers are kept. */
  reset(): void {
    this.assertUsable();
    this.tip.reset();
    this.origin = 0;
    this.clear();
  }

  /**
   * Empties the history and puts its tip at `iteration` with these weights, which must be the run's exact weights
   * there (the run is deterministic: they are all the state there is). Training on from here gives, bit for bit,
   * the numbers of training from 0; iterations before it are not in the history (knownFrom). RangeError on a bad
   * iteration or weights, leaving the history as it was.
   */
  startAt(iteration: number, weights: ArrayLike<number>): void {
    this.assertUsable();
    this.tip.restore(iteration, weights);
    this.origin = iteration;
    this.clear();
  }

  /**
   * Trains `count` more iterations at the tip, recording each. If the weights stop being finite it keeps (and
   * records) everything up to the last finite weights and throws the trainer's TrainingDivergedError.
   */
  advance(count: number): void {
    this.assertUsable();
    if (!Number.isInteger(count) || count < 0 || count > MAX_STEPS_PER_CALL) {
      throw new CoreRangeError({ code: 'stepCount', value: valueText(count), most: MAX_STEPS_PER_CALL });
    }
    let left = count;
    while (left > 0) {
      // Where the tip is in the buffers: counted from the history's first iteration.
      const from = this.tip.iteration - this.origin;
      if (from + 1 < this.full) {
        const n = Math.min(left, this.full - 1 - from);
        this.ensureFullCapacity(from + 1 + n);
        try {
          this.tip.stepRecording(n, { weights: this.fullWeightsFromOne, errors: this.fullMse, offset: from });
        } finally {
          this.recordTipError();
        }
        left -= n;
      } else {
        const n = Math.min(left, RECORD_CHUNK);
        this.ensureStretchFor(from + n);
        try {
          this.tip.stepRecording(n, this.chunk);
        } finally {
          this.ingestChunk(from, this.tip.iteration - this.origin - from);
          this.recordTipError();
        }
        left -= n;
      }
    }
  }

  /** How many iterations `weightsAt(k)` retrains: 0 when k is stored (full resolution or the tip). */
  replayCost(k: number): number {
    const at = k - this.origin;
    if (at < this.full || k === this.trainedTo) return 0;
    return (at - this.full) % this.checkpointInterval;
  }

  /** The exact weights of iteration k (0 <= k <= trainedTo), written into `into`. */
  weightsAt(k: number, into: Float64Array = new Float64Array(this.inputCount)): Float64Array {
    this.assertUsable();
    assertIteration(k, this.origin, this.trainedTo);
    const n = this.inputCount;
    const at = k - this.origin;
    if (k === this.trainedTo) {
      into.set(this.tip.weights);
    } else if (at < this.full) {
      into.set(this.fullWeights.subarray(at * n, at * n + n));
    } else {
      const m = Math.floor((at - this.full) / this.checkpointInterval);
      const from = this.origin + this.full + m * this.checkpointInterval;
      this.replay.restore(from, this.checkpoints.subarray(m * n, m * n + n));
      this.replay.step(k - from);
      into.set(this.replay.weights);
    }
    return into;
  }

  snap(k: number): number {
    this.assertUsable();
    assertIteration(k, this.origin, this.trainedTo);
    const at = k - this.origin;
    if (at < this.full || k === this.trainedTo) return k;
    return this.origin + this.full + Math.floor((at - this.full) / this.width) * this.width;
  }

  valuesAt(k: number, into: Float64Array): void {
    this.assertUsable();
    assertIteration(k, this.origin, this.trainedTo);
    const n = this.inputCount;
    const at = k - this.origin;
    if (k === this.trainedTo) {
      into.set(this.tip.weights);
      into[n] = this.mseAtTip;
    } else if (at < this.full) {
      into.set(this.fullWeights.subarray(at * n, at * n + n));
      into[n] = this.fullMse[at]!;
    } else {
      const b = (at - this.full) / this.width;
      if (!Number.isInteger(b)) throw new RangeError(`Iteration ${k} is inside a stretch: only its first iteration, ${this.snap(k)}, is stored.`);
      into.set(this.firstValues.subarray(b * this.channels, (b + 1) * this.channels));
    }
  }

  envelope(fromK: number, toK: number, low: Float64Array, high: Float64Array): void {
    this.assertUsable();
    assertIteration(fromK, this.origin, this.trainedTo);
    assertIteration(toK, this.origin, this.trainedTo);
    this.refreshSummaries();
    const n = this.inputCount;
    // In the buffers' numbering, from the history's first iteration.
    const from = fromK - this.origin;
    const to = toK - this.origin;
    const fullEnd = Math.min(to, this.full - 1);
    const hasStretches = to >= this.full;
    const firstStretch = hasStretches ? Math.floor((Math.max(from, this.full) - this.full) / this.width) : 0;
    const lastStretch = hasStretches ? Math.floor((to - this.full) / this.width) : -1;
    for (let c = 0; c < this.channels; c++) {
      let lo = Infinity;
      let hi = -Infinity;
      if (from <= fullEnd) {
        this.fullSummary.range(c, from, fullEnd, this.fullSource(c));
        lo = this.fullSummary.low;
        hi = this.fullSummary.high;
      }
      if (hasStretches) {
        this.stretchSummary.range(c, firstStretch, lastStretch, this.stretchSource(c));
        lo = Math.min(lo, this.stretchSummary.low);
        hi = Math.max(hi, this.stretchSummary.high);
      }
      low[c] = lo;
      high[c] = hi;
    }
    // Beyond full resolution the tip's error waits for the next chunk to record it: include it at the tip.
    if (toK === this.trainedTo) {
      if (this.mseAtTip < low[n]!) low[n] = this.mseAtTip;
      if (this.mseAtTip > high[n]!) high[n] = this.mseAtTip;
    }
  }

  private fullSource(c: number): ChannelSource {
    const n = this.inputCount;
    return c < n
      ? { low: this.fullWeights, high: this.fullWeights, stride: n, offset: c }
      : { low: this.fullMse, high: this.fullMse, stride: 1, offset: 0 };
  }

  private stretchSource(c: number): ChannelSource {
    return { low: this.lowValues, high: this.highValues, stride: this.channels, offset: c };
  }

  /** Summarizes what became final since the last envelope: iterations up to the tip, stretches ending before it. */
  private refreshSummaries(): void {
    const trained = this.trainedTo - this.origin;
    this.fullSummary.update(Math.min(trained + 1, this.full), (c) => this.fullSource(c));
    if (trained < this.full) return;
    if (this.summaryWidth !== this.width) {
      this.stretchSummary.reset();
      this.summaryWidth = this.width;
    }
    this.stretchSummary.update(Math.floor((trained - this.full) / this.width), (c) => this.stretchSource(c));
  }

  /** Bytes held by the history's buffers (the two trainers' few scratch arrays aside). */
  byteLength(): number {
    return (
      this.fullWeights.byteLength +
      this.fullMse.byteLength +
      this.firstValues.byteLength +
      this.lowValues.byteLength +
      this.highValues.byteLength +
      this.checkpoints.byteLength +
      this.chunk.weights.byteLength +
      this.chunk.errors.byteLength +
      this.fullSummary.byteLength +
      this.stretchSummary.byteLength
    );
  }

  /** How many iterations one stretch beyond full resolution covers now (firstStretchWidth until the first merge). */
  get stretchWidth(): number {
    return this.width;
  }

  private clear(): void {
    this.width = this.layout.firstStretchWidth;
    this.fullSummary.reset();
    this.stretchSummary.reset();
    this.firstValues.fill(NaN);
    this.lowValues.fill(Infinity);
    this.highValues.fill(-Infinity);
    this.checkpointInterval = this.layout.checkpointInterval;
    this.checkpointCount = 0;
    this.fullWeights.set(this.tip.weights, 0);
    this.recordTipError();
  }

  /**
   * Computes the mean squared error at the tip (the next recorded step writes the same double for it) and, at
   * full resolution, stores it; beyond, the next chunk folds it into its stretch.
   */
  private recordTipError(): void {
    const k = this.tip.iteration - this.origin;
    this.mseAtTip = this.tip.meanSquaredError();
    if (k < this.full) {
      this.ensureFullCapacity(k + 1);
      this.fullMse[k] = this.mseAtTip;
    }
  }

  private ensureFullCapacity(iterations: number): void {
    if (iterations <= this.fullMse.length) return;
    let capacity = this.fullMse.length;
    while (capacity < iterations) capacity *= 2;
    capacity = Math.min(capacity, this.full);
    const weights = new Float64Array(capacity * this.inputCount);
    weights.set(this.fullWeights);
    const mse = new Float64Array(capacity);
    mse.set(this.fullMse);
    this.fullWeights = weights;
    this.fullWeightsFromOne = weights.subarray(this.inputCount);
    this.fullMse = mse;
  }

  /** Makes room for iteration k in the stretches: doubles the buffers up to maxStretches, then merges pairs. */
  private ensureStretchFor(k: number): void {
    const channels = this.channels;
    while (Math.floor((k - this.full) / this.width) >= this.firstValues.length / channels) {
      const capacity = this.firstValues.length / channels;
      if (capacity < this.layout.maxStretches) {
        const grow = (old: Float64Array, empty: number) => {
          const next = new Float64Array(Math.min(capacity * 2, this.layout.maxStretches) * channels).fill(empty);
          next.set(old);
          return next;
        };
        this.firstValues = grow(this.firstValues, NaN);
        this.lowValues = grow(this.lowValues, Infinity);
        this.highValues = grow(this.highValues, -Infinity);
      } else {
        this.mergeStretches(capacity);
      }
    }
  }

  /** Stretch b takes over stretches 2b and 2b + 1: the first values of 2b, the min and max of both. */
  private mergeStretches(capacity: number): void {
    const channels = this.channels;
    const { firstValues, lowValues, highValues } = this;
    for (let b = 0; b < capacity / 2; b++) {
      for (let c = 0; c < channels; c++) {
        const left = 2 * b * channels + c;
        const right = left + channels;
        firstValues[b * channels + c] = firstValues[left]!;
        lowValues[b * channels + c] = Math.min(lowValues[left]!, lowValues[right]!);
        highValues[b * channels + c] = Math.max(highValues[left]!, highValues[right]!);
      }
    }
    firstValues.fill(NaN, (capacity / 2) * channels);
    lowValues.fill(Infinity, (capacity / 2) * channels);
    highValues.fill(-Infinity, (capacity / 2) * channels);
    this.width *= 2;
  }

  /**
   * Takes in one chunk the trainer recorded starting at iteration `from`: chunk.weights row i holds the weights
   * of iteration from + 1 + i, chunk.errors[i] the error of iteration from + i. The error of the last iteration
   * at full resolution is stored there already, so a chunk starting from it skips its first error.
   */
  private ingestChunk(from: number, done: number): void {
    if (done === 0) return;
    const n = this.inputCount;
    this.accumulate(this.chunk.weights, n, 0, n, from + 1, done);
    const skip = from < this.full ? 1 : 0;
    this.accumulate(this.chunk.errors.subarray(skip), 1, n, 1, from + skip, done - skip);
    this.takeCheckpoints(from, done);
  }

  /**
   * Folds values[i * stride + c] (iteration firstK + i, channel channel0 + c) into the stretches: min, max, and
   * the first value when a stretch starts here. Every iteration here is at or beyond full resolution.
   */
  private accumulate(values: Float64Array, stride: number, channel0: number, channelCount: number, firstK: number, count: number): void {
    const channels = this.channels;
    const width = this.width;
    const { firstValues, lowValues, highValues } = this;
    const end = firstK + count;
    let k = firstK;
    let i = 0;
    while (k < end) {
      const b = Math.floor((k - this.full) / width);
      const stretchStart = this.full + b * width;
      const stop = Math.min(end, stretchStart + width);
      const base = b * channels + channel0;
      if (channelCount === 3 && stride === 3) {
        // The tutorial's three weights in one pass, everything in locals: this loop runs for every iteration.
        let lo0 = lowValues[base]!;
        let hi0 = highValues[base]!;
        let lo1 = lowValues[base + 1]!;
        let hi1 = highValues[base + 1]!;
        let lo2 = lowValues[base + 2]!;
        let hi2 = highValues[base + 2]!;
        for (let at = i * 3, kk = k; kk < stop; kk++, at += 3) {
          const v0 = values[at]!;
          const v1 = values[at + 1]!;
          const v2 = values[at + 2]!;
          if (v0 < lo0) lo0 = v0;
          if (v0 > hi0) hi0 = v0;
          if (v1 < lo1) lo1 = v1;
          if (v1 > hi1) hi1 = v1;
          if (v2 < lo2) lo2 = v2;
          if (v2 > hi2) hi2 = v2;
        }
        lowValues[base] = lo0;
        highValues[base] = hi0;
        lowValues[base + 1] = lo1;
        highValues[base + 1] = hi1;
        lowValues[base + 2] = lo2;
        highValues[base + 2] = hi2;
        if (k === stretchStart) {
          firstValues[base] = values[i * 3]!;
          firstValues[base + 1] = values[i * 3 + 1]!;
          firstValues[base + 2] = values[i * 3 + 2]!;
        }
        i += stop - k;
        k = stop;
        continue;
      }
      for (let c = 0; c < channelCount; c++) {
        let lo = lowValues[base + c]!;
        let hi = highValues[base + c]!;
        for (let at = i * stride + c, kk = k; kk < stop; kk++, at += stride) {
          const v = values[at]!;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        lowValues[base + c] = lo;
        highValues[base + c] = hi;
        if (k === stretchStart) firstValues[base + c] = values[i * stride + c]!;
      }
      i += stop - k;
      k = stop;
    }
  }

  /** Keeps the exact weights of every checkpoint iteration in from + 1 .. from + done. */
  private takeCheckpoints(from: number, done: number): void {
    const n = this.inputCount;
    for (;;) {
      const next = this.full + this.checkpointCount * this.checkpointInterval;
      if (next > from + done) return;
      const capacity = this.checkpoints.length / n;
      if (this.checkpointCount === capacity) {
        if (capacity < this.layout.maxCheckpoints) {
          const grown = new Float64Array(Math.min(capacity * 2, this.layout.maxCheckpoints) * n);
          grown.set(this.checkpoints);
          this.checkpoints = grown;
        } else {
          this.thinCheckpoints();
          continue; // the interval doubled: the next checkpoint is still this iteration (count halved too)
        }
      }
      const row = next - from - 1;
      this.checkpoints.set(this.chunk.weights.subarray(row * n, row * n + n), this.checkpointCount * n);
      this.checkpointCount++;
    }
  }

  /** Keeps checkpoints 0, 2, 4, ... as 0, 1, 2, ...: the same iterations at twice the interval. */
  private thinCheckpoints(): void {
    const n = this.inputCount;
    const kept = Math.ceil(this.checkpointCount / 2);
    for (let m = 1; m < kept; m++) this.checkpoints.copyWithin(m * n, 2 * m * n, 2 * m * n + n);
    this.checkpointCount = kept;
    this.checkpointInterval *= 2;
  }
}

function sameLayout(a: Readonly<HistoryLayout>, b: Readonly<HistoryLayout>): boolean {
  return (
    a.fullResolution === b.fullResolution &&
    a.maxStretches === b.maxStretches &&
    a.firstStretchWidth === b.firstStretchWidth &&
    a.checkpointInterval === b.checkpointInterval &&
    a.maxCheckpoints === b.maxCheckpoints
  );
}

/**
 * A history of the run these options (one table) or this plan (segments) define, at iteration 0. Throws RangeError on any bad option. `recycled`:
 * a history no longer needed, whose buffers the new one reuses when it can (see the constructor).
 */
export function createHistory(options: TrainerOptions | RunPlan, layout?: Readonly<HistoryLayout>, recycled?: TrainingHistory | null): TrainingHistory {
  return new TrainingHistory(options, layout, recycled ?? null);
}
