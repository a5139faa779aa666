/**
 * How a training history is laid out in memory. Every size is a power of two, so stretches merge pairwise and
 * checkpoints thin out by keeping every other one, and the layout never allocates per iteration.
 */
export interface HistoryLayout {
  /** Iterations 0 .. fullResolution - 1 are kept one by one: the weights and the mean squared error of each. */
  fullResolution: number;
  /**
   * The most stretches the coarse part keeps. Beyond `fullResolution` each stretch keeps the values at its first
   * iteration and the true minimum and maximum over all its iterations. Stretches start one iteration wide; when
   * they are all used, neighbours merge pairwise and each stretch becomes twice as wide.
   */
  maxStretches: number;
  /**
   * How many iterations the first stretches cover. Wide enough that the bookkeeping of each stretch costs little
   * per iteration; full resolution already covers the first iterations one by one.
   */
  firstStretchWidth: number;
  /** Exact weights are kept every `checkpointInterval` iterations from `fullResolution` on, for exact rewinds. */
  checkpointInterval: number;
  /** The most checkpoints kept; when they are all used, every other one goes and the interval doubles. */
  maxCheckpoints: number;
}

/**
 * The app's layout. 131,072 iterations at full resolution; 65,536 stretches beyond, 16 iterations wide at first
 * (so up to 1.2 million iterations before the first merge); a checkpoint every 8,192 iterations (a rewind
 * retrains at most that many, about a millisecond), thinning out only past 536 million.
 */
export const DEFAULT_HISTORY_LAYOUT: Readonly<HistoryLayout> = Object.freeze({
  fullResolution: 1 << 17,
  maxStretches: 1 << 16,
  firstStretchWidth: 1 << 4,
  checkpointInterval: 1 << 13,
  maxCheckpoints: 1 << 16,
});

/** Iterations trained per call of the recording loop beyond full resolution: the scratch stays in the CPU cache. */
export const RECORD_CHUNK = 1024;

const isPowerOfTwo = (value: number) => Number.isInteger(value) && value >= 1 && value <= 2 ** 30 && (value & (value - 1)) === 0;

/** Throws a RangeError naming the first field of `layout` that breaks the rules above. */
export function assertHistoryLayout(layout: HistoryLayout): void {
  for (const key of ['fullResolution', 'maxStretches', 'firstStretchWidth', 'checkpointInterval', 'maxCheckpoints'] as const) {
    if (!isPowerOfTwo(layout[key])) throw new RangeError(`History layout ${key} ${String(layout[key])} must be a power of two from 1 to 2^30.`);
  }
  if (layout.maxStretches < 2 || layout.maxCheckpoints < 2) {
    throw new RangeError('History layout maxStretches and maxCheckpoints must be at least 2, so that pairs can merge.');
  }
  if (layout.checkpointInterval > layout.fullResolution) {
    throw new RangeError(`History layout checkpointInterval ${layout.checkpointInterval} must not exceed fullResolution ${layout.fullResolution}.`);
  }
}

/**
 * The most bytes a history with this layout can hold, however long it runs: every buffer at its largest.
 * Growth doubles a buffer, so for a moment during a doubling the old and the new copy of one buffer coexist.
 */
export function maxHistoryBytes(layout: HistoryLayout, inputCount: number): number {
  const channels = inputCount + 1;
  const full = layout.fullResolution * channels;
  const stretches = layout.maxStretches * channels * 3;
  const checkpoints = layout.maxCheckpoints * inputCount;
  const chunk = RECORD_CHUNK * channels;
  // The charts' block summaries: min and max per channel for every SUMMARY_BLOCK (16) entries of both parts.
  const summaries = 2 * channels * (Math.ceil(layout.fullResolution / 16) + Math.ceil(layout.maxStretches / 16));
  return 8 * (full + stretches + checkpoints + chunk + summaries);
}
