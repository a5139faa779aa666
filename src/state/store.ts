import { createStore, useStore } from 'zustand';
import type { LabState } from './labState';
import { createTableSlice } from './tableSlice';
import { createSettingsSlice } from './settingsSlice';
import { createTrainingSlice } from './trainingSlice';
import { createViewSlice } from './viewSlice';
import { createSegmentsSlice } from './segmentsSlice';
import { createSavedSlice } from './savedSlice';
import { createLongWorkSlice } from './longWorkSlice';

/** A fresh store: one per app, and one per test. */
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

/** The app's one store. Components read it with `useLab(selector)`; charts subscribe with `labStore.subscribe`. */
export const labStore: LabStore = createLabStore();

export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(labStore, selector);
}
