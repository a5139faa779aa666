import { CoreRangeError, valueText } from './coreProblem';
import { assertSeed } from './seed';
import { MAX_ITERATION } from './iterationLimits';
import type { TrainerOptions } from './trainer';
import { assertLearningRate, validateTable } from './validateTable';

/**
 * A run as a list of segments: the table and learning rate that train from iteration `from` on, until the next
 * segment's `from`. An edit at iteration k > 0 adds a segment at k, so training goes on from the weights at k
 * (what was learned is kept) and every iteration before k stays exactly what the old table gave.
 *
 * Iteration k belongs to the last segment with from <= k: the step k -> k + 1 trains on that segment's table,
 * and the outputs and error shown at k are that table's. The weights at k itself are the previous table's work.
 */
export interface RunSegment {
  /** The first iteration this table trains from: 0 for the first segment, ascending after it. */
  readonly from: number;
  readonly inputs: readonly (readonly number[])[];
  readonly targets: readonly number[];
  readonly learningRate: number;
}

/** Everything that defines a run: the seed and its segments. The same plan gives the same numbers, always. */
export interface RunPlan {
  readonly seed: number;
  readonly segments: readonly RunSegment[];
}

/** The most segments one run may have: each edit at a new iteration adds one; links and scripts stay readable. */
export const MAX_SEGMENTS = 32;

/** A plan of one segment: the whole run on one table, as before runs had segments. */
export function singleSegmentPlan(options: TrainerOptions): RunPlan {
  return {
    seed: options.seed,
    segments: [{ from: 0, inputs: options.inputs, targets: options.targets, learningRate: options.learningRate ?? 1 }],
  };
}

/** Accepts either form: options of one table, or a plan. */
export function toRunPlan(options: TrainerOptions | RunPlan): RunPlan {
  return 'segments' in options ? options : singleSegmentPlan(options);
}

/**
 * Throws a CoreRangeError naming the first problem: no segments, too many, a first segment not at 0, iterations that
 * do not ascend, a bad table or rate, tables with different numbers of inputs (the weights carry over).
 */
export function assertRunPlan(plan: RunPlan): void {
  assertSeed(plan.seed);
  const { segments } = plan;
  if (!Array.isArray(segments) || segments.length === 0) throw new CoreRangeError({ code: 'noSegments' });
  if (segments.length > MAX_SEGMENTS) throw new CoreRangeError({ code: 'tooManySegments', segments: segments.length, most: MAX_SEGMENTS });
  let inputCount = 0;
  segments.forEach((segment, i) => {
    if (i === 0 && segment.from !== 0) throw new CoreRangeError({ code: 'firstSegmentStart', from: valueText(segment.from) });
    if (i > 0) {
      const before = segments[i - 1]!.from;
      if (!Number.isInteger(segment.from) || segment.from <= before || segment.from > MAX_ITERATION) {
        throw new CoreRangeError({ code: 'segmentStart', segment: i + 1, from: valueText(segment.from), after: before, most: MAX_ITERATION });
      }
    }
    let table;
    try {
      table = validateTable(segment.inputs, segment.targets);
      assertLearningRate(segment.learningRate);
    } catch (error) {
      // A run of one table needs no word of which table it is.
      if (!(error instanceof CoreRangeError) || segments.length === 1) throw error;
      throw new CoreRangeError({ code: 'segmentTable', from: segment.from, problem: error.problem });
    }
    if (i === 0) inputCount = table.inputCount;
    else if (table.inputCount !== inputCount) {
      throw new CoreRangeError({ code: 'segmentInputCount', from: segment.from, count: table.inputCount, first: inputCount });
    }
  });
}

/** The index of the segment iteration k belongs to: the last one with from <= k. */
export function segmentIndexAt(segments: readonly RunSegment[], k: number): number {
  let index = 0;
  for (let i = 1; i < segments.length && segments[i]!.from <= k; i++) index = i;
  return index;
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** Whether two segments train alike (the same table and rate), wherever they start. */
export function sameTraining(a: Omit<RunSegment, 'from'>, b: Omit<RunSegment, 'from'>): boolean {
  return (
    Object.is(a.learningRate, b.learningRate) &&
    sameNumbers(a.targets, b.targets) &&
    a.inputs.length === b.inputs.length &&
    a.inputs.every((row, r) => sameNumbers(row, b.inputs[r]!))
  );
}

/** Whether two segment lists are the same run (same starts, tables and rates). */
export function sameSegments(a: readonly RunSegment[], b: readonly RunSegment[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment.from === b[i]!.from && sameTraining(segment, b[i]!));
}

/**
 * The segments after an edit at iteration `at` that makes `training` the table and rate from there on. Segments
 * from `at` on are dropped (their run is rewritten), so edits at the same iteration replace each other; an edit
 * back to the table the run had just before `at` adds nothing. At 0 the run is that one table.
 */
export function segmentsAfterEdit(segments: readonly RunSegment[], at: number, training: Omit<RunSegment, 'from'>): RunSegment[] {
  const edited: RunSegment = { from: at, inputs: training.inputs, targets: training.targets, learningRate: training.learningRate };
  if (at <= 0) return [{ ...edited, from: 0 }];
  const kept = segments.filter((segment) => segment.from < at);
  const last = kept[kept.length - 1];
  if (last && sameTraining(last, edited)) return kept;
  return [...kept, edited];
}
