import type { LabState, SegmentsSlice, Slice } from './labState';
import { MAX_SEGMENTS } from '../core/runPlan';
import { startedOverText } from '../text/segmentNoticeText';
import { ONE_SEGMENT, runFieldsOf, segmentAt, segmentEdit, type RunFields } from './runSegments';
import { rowsFromDataset, type Dataset } from './table';

/** Where an edit made now lands: the iteration shown, or the one a link or long step is still training up to. */
export function editIterationOf(state: { iteration: number; catchingUpTo: number | null }): number {
  return state.catchingUpTo ?? state.iteration;
}

/**
 * The store fields for an edit that makes `dataset` / `learningRate` the table being trained from now on: the new
 * segment fields, or nothing when the neuron trains on the same numbers as before.
 */
export function editedRun(state: RunFields & Pick<LabState, 'iteration' | 'catchingUpTo' | 'addNotice'>, dataset: Dataset, learningRate: number) {
  const at = editIterationOf(state);
  const edit = segmentEdit(state, at, dataset, learningRate);
  if (edit?.startedOver) {
    // Never silently: the class expected the neuron to keep what it learned.
    state.addNotice(startedOverText(MAX_SEGMENTS, at), 'warning');
  }
  return edit?.fields ?? {};
}

export const createSegmentsSlice: Slice<SegmentsSlice> = (set, get) => ({
  ...ONE_SEGMENT,
  editNoticeDismissed: null,
  recomputeFromStart: () => set({ ...ONE_SEGMENT, editNoticeDismissed: null }),
  dismissEditNotice: () => set({ editNoticeDismissed: get().editedAt }),
  loadSegments(segments) {
    const fields = runFieldsOf(segments);
    get().loadDataset(fields.dataset);
    set({ pastSegments: fields.pastSegments, editedAt: fields.editedAt, learningRate: fields.learningRate, editNoticeDismissed: null });
  },
  editFromHere() {
    const state = get();
    const at = editIterationOf(state);
    const { index, earlier } = segmentAt(state, at);
    if (!earlier) return;
    const fields = runFieldsOf([...state.pastSegments].slice(0, index + 1));
    const { nextRowId } = state;
    const rows = rowsFromDataset(fields.dataset, nextRowId);
    set({ ...fields, rows, tableProblems: [], nextRowId: nextRowId + rows.length, presetId: 'custom', presetNote: null });
  },
});
