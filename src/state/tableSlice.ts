import { DEFAULT_PRESET, findPreset, presetStoreFields, type Preset } from './presets';
import { cellName, readTable, rowsFromDataset, tooLongMessage, type Dataset, type RowDraft } from './table';
import { MAX_CELL_CHARS, MAX_ROWS } from './limits';
import { newRow } from './newRow';
import type { Slice, TableSlice } from './labState';
import { editedRun } from './segmentsSlice';
import { ONE_SEGMENT } from './runSegments';

/** A copy of a preset's table, for a store to hold. */
export function presetDataset(preset: Preset): Dataset {
  return { inputs: preset.dataset.inputs.map((row) => [...row]), targets: [...preset.dataset.targets] };
}

/** Recomputes the derived parts of the table after `rows` changed: the dataset follows only valid tables. */
function withRows(rows: RowDraft[], previous: Dataset) {
  const { dataset, problems } = readTable(rows);
  return { rows, tableProblems: problems, dataset: dataset ?? previous };
}

export const createTableSlice: Slice<TableSlice> = (set, get) => {
  const initial = presetDataset(DEFAULT_PRESET);
  const initialRows = rowsFromDataset(initial, 1);
  return {
    rows: initialRows,
    dataset: initial,
    tableProblems: [],
    presetId: DEFAULT_PRESET.id,
    presetNote: null,
    nextRowId: initialRows.length + 1,

    setCell(row, column, text) {
      const { rows, dataset } = get();
      const target = rows[row];
      if (!target || target.cells[column] === text) return;
      // Refused at the door: text no number needs is never stored (nor saved, nor quoted back whole).
      if (text.length > MAX_CELL_CHARS) {
        get().setCellRefused(row, column, text.length);
        return;
      }
      const cells = [...target.cells] as RowDraft['cells'];
      cells[column] = text;
      const next = rows.map((r, i) => (i === row ? { ...r, cells } : r));
      const table = withRows(next, dataset);
      // An edit past iteration 0 keeps what was learned: training goes on from here with the new table.
      set({ ...table, ...editedRun(get(), table.dataset, get().learningRate), presetId: 'custom', presetNote: null });
    },

    setCellRefused(row, column, length) {
      get().addNotice(tooLongMessage(cellName(row, column), length), 'warning');
    },

    addRow() {
      const { rows, dataset, nextRowId } = get();
      if (rows.length >= MAX_ROWS) return;
      const next = [...rows, { id: nextRowId, cells: newRow(dataset).map(String) as RowDraft['cells'] }];
      const table = withRows(next, dataset);
      set({ ...table, ...editedRun(get(), table.dataset, get().learningRate), nextRowId: nextRowId + 1, presetId: 'custom', presetNote: null });
    },

    deleteRow(row) {
      const { rows, dataset } = get();
      if (rows.length <= 1 || !rows[row]) return;
      const table = withRows(rows.filter((_, i) => i !== row), dataset);
      set({ ...table, ...editedRun(get(), table.dataset, get().learningRate), presetId: 'custom', presetNote: null });
    },

    loadPreset(id) {
      const preset = findPreset(id);
      if (!preset) return;
      get().loadDataset(presetDataset(preset));
      // Its settings through the setup's fields (setup/fields.ts), as any setup's go into the store.
      set({ presetId: preset.id, presetNote: preset.note, ...presetStoreFields(preset) });
    },

    loadDataset(dataset) {
      const { nextRowId, dataset: previous } = get();
      const rows = rowsFromDataset(dataset, nextRowId);
      // A whole new table (a preset, a file, a link) starts the run over on it.
      set({ ...withRows(rows, previous), ...ONE_SEGMENT, nextRowId: nextRowId + rows.length, presetId: 'custom', presetNote: null });
    },
  };
};
