import { PRESETS, presetDataset, type LabStore, type Preset, type RowDraft } from '../../state';
import type { SharedState } from '../../state/url';

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
 * Puts a shared state into the store: the settings and view in one update, the table through loadDataset (or
 * loadPreset when it is a preset's table with its test input), and last goTo(iteration), so the engine
 * recomputes the run at that iteration with the whole setup in place (it turns the edits into one load).
 * Values come from the codec, already checked by the store's rules.
 *
 * `drafts`, when given, are the cells as the user last typed them (a saved table may hold a cell still being
 * corrected): they are put back through the table's own actions, so an invalid cell shows as invalid and the
 * neuron keeps training on the last valid table, exactly as before the reload.
 */
export function applySharedState(store: LabStore, shared: SharedState, drafts?: readonly RowDraft['cells'][]): void {
  store.setState({
    seed: shared.seed,
    learningRate: shared.learningRate,
    testInput: [...shared.testInput],
    logAxis: shared.logAxis,
    presenter: shared.presenter,
    hiddenPanels: [...shared.hiddenPanels],
  });
  // A preset's table is loaded as that preset, so the picker names it and its note says what it teaches.
  const preset = presetOf(shared);
  if (preset) store.getState().loadPreset(preset.id);
  else store.getState().loadDataset({ inputs: shared.dataset.inputs.map((row) => [...row]), targets: [...shared.dataset.targets] });
  if (drafts && drafts.length > 0) restoreDrafts(store, drafts);
  store.getState().goTo(shared.iteration);
}

function restoreDrafts(store: LabStore, drafts: readonly RowDraft['cells'][]): void {
  const lab = () => store.getState();
  while (lab().rows.length < drafts.length && lab().rows.length < 64) lab().addRow();
  while (lab().rows.length > drafts.length && lab().rows.length > 1) lab().deleteRow(lab().rows.length - 1);
  drafts.forEach((cells, r) => cells.forEach((text, c) => lab().setCell(r, c as 0 | 1 | 2 | 3, text)));
}
