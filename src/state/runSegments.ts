import { MAX_SEGMENTS, segmentIndexAt, segmentsAfterEdit, sameTraining, type RunSegment } from '../core/runPlan';
import type { Dataset } from './table';

/*
 * The store keeps the table being edited (`dataset`, `learningRate`) as the run's last segment, from iteration
 * `editedAt` on; `pastSegments` holds the segments before it, the first from iteration 0. A run that was never
 * edited past iteration 0 has no past segments and editedAt 0.
 */

/** The store's fields that describe the run's segments. */
export interface RunFields {
  dataset: Dataset;
  learningRate: number;
  pastSegments: RunSegment[];
  editedAt: number;
}

/** Every segment of the run, the first from iteration 0, the last the table being edited. */
export function runSegmentsOf(state: RunFields): RunSegment[] {
  return [...state.pastSegments, { from: state.editedAt, inputs: state.dataset.inputs, targets: state.dataset.targets, learningRate: state.learningRate }];
}

/** A run's segments as the store's fields: the last is the table being edited. */
export function runFieldsOf(segments: readonly RunSegment[]): RunFields {
  const last = segments[segments.length - 1]!;
  return {
    dataset: { inputs: last.inputs.map((row) => [...row]), targets: [...last.targets] },
    learningRate: last.learningRate,
    pastSegments: segments.slice(0, -1),
    editedAt: last.from,
  };
}

/** The run as one table again: the table being edited, from iteration 0 (a new seed, a preset, "Recompute"). */
export const ONE_SEGMENT = { pastSegments: [] as RunSegment[], editedAt: 0 };

/**
 * The segment fields after the table or learning rate being edited becomes `dataset` / `learningRate` while the
 * run stands at iteration `at`: training goes on from the weights at `at` (a new segment there), unless `at` is 0
 * or the run is already as many segments long as it may be, when the run is that one table from the start.
 * Returns null when nothing the neuron trains on changed (a cell retyped as the same number).
 */
export function segmentFieldsAfterEdit(state: RunFields, at: number, dataset: Dataset, learningRate: number): Pick<RunFields, 'pastSegments' | 'editedAt'> | null {
  return segmentEdit(state, at, dataset, learningRate)?.fields ?? null;
}

/**
 * As segmentFieldsAfterEdit, and whether the edit made the run start over from iteration 0 only because it already
 * had MAX_SEGMENTS tables (the page says so: the edit did not keep what was learned).
 */
export function segmentEdit(state: RunFields, at: number, dataset: Dataset, learningRate: number): { fields: Pick<RunFields, 'pastSegments' | 'editedAt'>; startedOver: boolean } | null {
  const next = { inputs: dataset.inputs, targets: dataset.targets, learningRate };
  const current = { inputs: state.dataset.inputs, targets: state.dataset.targets, learningRate: state.learningRate };
  if (sameTraining(current, next)) return null;
  let segments = segmentsAfterEdit(runSegmentsOf(state), at, next);
  const startedOver = segments.length > MAX_SEGMENTS;
  if (startedOver) segments = segmentsAfterEdit(segments, 0, next);
  return { fields: { pastSegments: segments.slice(0, -1), editedAt: segments[segments.length - 1]!.from }, startedOver };
}

/** The iterations where an edit starts a segment (every segment's `from` but the first's 0), ascending. */
export function editIterations(state: RunFields): number[] {
  return [...state.pastSegments.slice(1).map((segment) => segment.from), ...(state.pastSegments.length > 0 ? [state.editedAt] : [])];
}

/** The segment iteration k belongs to, and whether it is an earlier one than the table being edited. */
export function segmentAt(state: RunFields, k: number): { segment: RunSegment; index: number; earlier: boolean } {
  const segments = runSegmentsOf(state);
  const index = segmentIndexAt(segments, k);
  return { segment: segments[index]!, index, earlier: index < segments.length - 1 };
}

/**
 * The table and learning rate the step from iteration k trains on (its segment's): what the math of that step
 * must use, since before an edit the run trained on another table than the one being edited.
 */
export function trainingAt(state: RunFields, k: number): { dataset: Dataset; learningRate: number } {
  if (state.pastSegments.length === 0 || k >= state.editedAt) return { dataset: state.dataset, learningRate: state.learningRate };
  const { segment } = segmentAt(state, k);
  return { dataset: { inputs: segment.inputs as number[][], targets: segment.targets as number[] }, learningRate: segment.learningRate };
}
