import { createStore } from 'zustand';
import type { LabState } from './labState';
import { createTableSlice } from './tableSlice';
import { createSettingsSlice } from './settingsSlice';
import { createTrainingSlice } from './trainingSlice';
import { createViewSlice } from './viewSlice';
import { createSegmentsSlice } from './segmentsSlice';
import { createSavedSlice } from './savedSlice';
import { createLongWorkSlice } from './longWorkSlice';

/** A fresh store: one per run (run A, and run B while comparing), and one per test. Reached through LabStoreProvider. */
export function createLabStore() {
  return createStore<LabState>()((...a) => ({
    ...createTableSlice(...a),
    ...createSettingsSlice(...a),
    ...createTrainingSlice(...a),
    ...createViewSlice(...a),
    ...createSegmentsSlice(...a),
    ...createSavedSlice(...a),
    ...createLongWorkSlice(...a),
  }));
}

export type LabStore = ReturnType<typeof createLabStore>;
