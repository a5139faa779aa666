import { EXPLORE_VIEW, MAX_ROWS, PRESETS, presetDataset, readTable, type LabStore, type LongWorkSource, type Preset, type RowDraft } from '..';
import type { SharedState } from '../url';

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** The preset a shared table is, when it is one exactly (its test input included). */
export function presetOf(shared: SharedState): Preset | undefined {
  return PRESETS.find((preset) => {
    const { inputs, targets } = presetDataset(preset);
    return (
      sameNumbers(preset.testInput, shared.testInput) &&
      sameNumbers(targets, shared.dataset.targets) &&
      inputs.length === shared.dataset.inputs.length &&
      inputs.every((row, r) => sameNumbers(row, shared.dataset.inputs[r]!))
    );
  });
}

/**
 * Puts a shared state into the store: the table through loadDataset (or loadPreset when it is a preset's table
 * with its test input), then the settings and view in one update, and last goTo(iteration), so the engine
 * recomputes the run at that iteration with the whole setup in place (it turns the edits into one load).
 * Values come from the codec, already checked by the store's rules.
 *
 * `drafts`, when given, are the cells as the user last typed them (a saved table may hold a cell still being
 * corrected): they are put back as they were, in one go, beside the valid table the state holds, so an invalid
 * cell shows as invalid and the neuron trains on exactly the table it trained on before the reload. (Putting
 * them back cell by cell through the table's actions made tables nobody saw: a deleted row and a bad cell gave
 * a valid two-row table for a moment, and the neuron trained on that.)
 */
export function applySharedState(store: LabStore, shared: SharedState, drafts?: readonly RowDraft['cells'][], source: LongWorkSource = 'link'): void {
  const later = shared.laterSegments ?? [];
  // A preset's table is loaded as that preset, so the picker names it and its note says what it teaches. The
  // link's own seed, learning rate and test input come after: a preset restores its own, the link's win (and the
  // picker then says "changed" where they differ).
  const preset = later.length === 0 ? presetOf(shared) : undefined;
  if (preset) store.getState().loadPreset(preset.id);
  else if (later.length === 0) store.getState().loadDataset({ inputs: shared.dataset.inputs.map((row) => [...row]), targets: [...shared.dataset.targets] });
  store.setState({
    seed: shared.seed,
    learningRate: shared.learningRate,
    testInput: [...shared.testInput],
    stopAt: shared.stopAt,
    digits: shared.digits,
    logAxis: shared.logAxis,
    presenter: shared.presenter,
    hiddenPanels: [...shared.hiddenPanels],
    // A link with show=... opens the Explore view on those panels; one without leaves the view as it is.
    ...(shared.shownPanels.length > 0 ? { openView: EXPLORE_VIEW, explorePanels: [...shared.shownPanels] } : {}),
    presenterPanels: [...shared.presenterPanels],
  });
  if (later.length > 0) {
    // After edits the table on screen is the last segment's, and the segments before it are the run's past.
    const first = { from: 0, inputs: shared.dataset.inputs, targets: shared.dataset.targets, learningRate: shared.learningRate };
    store.getState().loadSegments([first, ...later]);
  }
  if (drafts && drafts.length > 0) restoreDrafts(store, drafts);
  // Far ahead, it opens at once and asks before a long recomputation.
  store.getState().openAt(shared.iteration, source);
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
