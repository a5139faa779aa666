import type { SavedSlice, Slice } from './labState';

/** The Recent tables list: filled and opened by the sharing feature, which reads and writes the saved tables. */
export const createSavedSlice: Slice<SavedSlice> = (set, get) => ({
  recentTables: [],
  savedTables: null,
  attachSavedTables: (savedTables) => set({ savedTables }),
  setRecentTables: (recentTables) => set({ recentTables }),
  openRecentTable: (id) => get().savedTables?.open(id),
});
