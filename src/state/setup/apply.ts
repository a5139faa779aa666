import type { LabState, LongWorkSource } from '../labState';
import type { LabStore } from '../store';
import { MAX_ROWS } from '../limits';
import { findPreset, PRESETS, type Preset } from '../presets';
import { presetDataset } from '../tableSlice';
import { readTable, type RowDraft } from '../table';
import { SETUP_FIELDS } from './fields';
import type { SetupField } from './field';
import { setupOf } from './fromStore';
import type { Setup, SetupKey } from './setup';

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** The preset a setup's table is, when it is one exactly (its test input included). */
export function presetOf(setup: Pick<Setup, 'dataset' | 'testInput'>): Preset | undefined {
  return PRESETS.find((preset) => {
    const { inputs, targets } = presetDataset(preset);
    return (
      sameNumbers(preset.testInput, setup.testInput) &&
      sameNumbers(targets, setup.dataset.targets) &&
      inputs.length === setup.dataset.inputs.length &&
      inputs.every((row, r) => sameNumbers(row, setup.dataset.inputs[r]!))
    );
  });
}

/**
 * A setup to put in place: always a table; a field left out (a state file without it, a CSV that is a table alone)
 * keeps what the store has, except the table's later segments, which go with the table: a table given without
 * them is a run on that one table.
 */
export type SetupToApply = Partial<Setup> & Pick<Setup, 'dataset'>;

export interface ApplyOptions {
  /**
   * The cells as the user last typed them (a saved table may hold a cell still being corrected): put back as they
   * were, in one go, beside the valid table, so an invalid cell shows as invalid and the neuron trains on exactly
   * the table it trained on before the reload. (Putting them back cell by cell through the table's actions made
   * tables nobody saw: a deleted row and a bad cell gave a valid two-row table for a moment, and the neuron
   * trained on that.)
   */
  drafts?: readonly RowDraft['cells'][];
  /** What asked for the iteration, in the words a question about a long recomputation uses. */
  source?: LongWorkSource;
}

/**
 * THE way a setup goes into the store, whatever brought it (a link, a state file, a CSV table, a saved table, a
 * lesson card): the table through loadPreset when it is a preset's table with its test input (so the picker names
 * it and its note says what it teaches), else loadDataset; then every other field in one update, each through
 * its field's `toStore` (fields.ts); then the later segments; and last `openAt(iteration)`, so that the engine
 * recomputes the run at that iteration with the whole setup in place (it turns the edits into one load). A setup
 * that leaves the iteration out (a CSV) stays at the iteration shown. Values come from a reader, already checked
 * by the fields' rules.
 */
export function applySetup(store: LabStore, setup: SetupToApply, options: ApplyOptions = {}): void {
  const whole: Setup = { ...setupOf(store.getState()), ...setup, laterSegments: setup.laterSegments };
  const later = whole.laterSegments ?? [];
  // A preset restores its own seed, learning rate and test input; the setup's come after and win (the picker then
  // says "changed" where they differ).
  const preset = later.length === 0 ? presetOf(whole) : undefined;
  if (preset) store.getState().loadPreset(preset.id);
  else if (later.length === 0) store.getState().loadDataset({ inputs: whole.dataset.inputs.map((row) => [...row]), targets: [...whole.dataset.targets] });
  const fields: Partial<LabState> = {};
  for (const field of SETUP_FIELDS) {
    const toStore = (field as SetupField<SetupKey>).toStore;
    if (toStore) Object.assign(fields, toStore(whole[field.key]));
  }
  store.setState(fields);
  if (later.length > 0) {
    // After edits the table on screen is the last segment's, and the segments before it are the run's past.
    const first = { from: 0, inputs: whole.dataset.inputs, targets: whole.dataset.targets, learningRate: whole.learningRate };
    store.getState().loadSegments([first, ...later]);
  }
  if (options.drafts && options.drafts.length > 0) restoreDrafts(store, options.drafts);
  // Far ahead, it opens at once and asks before a long recomputation.
  if (setup.iteration !== undefined) store.getState().openAt(setup.iteration, options.source ?? 'link');
}

/** A preset is a partial setup (its table, seed, learning rate and test input): it goes in as any setup does. */
export function applyPreset(store: LabStore, id: string): void {
  const preset = findPreset(id);
  if (preset) applySetup(store, preset);
}

function restoreDrafts(store: LabStore, drafts: readonly RowDraft['cells'][]): void {
  const { nextRowId, rows: shown, dataset } = store.getState();
  const rows: RowDraft[] = drafts.slice(0, MAX_ROWS).map((cells, r) => ({ id: nextRowId + r, cells: [...cells] }));
  const same = rows.length === shown.length && rows.every((row, r) => row.cells.every((text, c) => text === shown[r]!.cells[c]));
  if (same) return;
  const typed = readTable(rows);
  store.setState({
    rows,
    tableProblems: typed.problems,
    // Valid drafts are the table; otherwise the neuron trains on the valid table saved with them, as before.
    dataset: typed.dataset ?? dataset,
    nextRowId: nextRowId + rows.length,
    presetId: 'custom',
    presetNote: null,
  });
}
