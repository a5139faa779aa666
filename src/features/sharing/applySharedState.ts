import type { LabStore, RowDraft } from '../../state';
import type { SharedState } from '../../state/url';

/**
 * Puts a shared state into the store: the settings and view in one update, the table through loadDataset,
 * and last goTo(iteration), so the engine recomputes the run at that iteration with the whole setup in place.
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
  const lab = store.getState();
  lab.loadDataset({ inputs: shared.dataset.inputs.map((row) => [...row]), targets: [...shared.dataset.targets] });
  if (drafts && drafts.length > 0) restoreDrafts(store, drafts);
  store.getState().goTo(shared.iteration);
}

function restoreDrafts(store: LabStore, drafts: readonly RowDraft['cells'][]): void {
  const lab = () => store.getState();
  while (lab().rows.length < drafts.length && lab().rows.length < 64) lab().addRow();
  while (lab().rows.length > drafts.length && lab().rows.length > 1) lab().deleteRow(lab().rows.length - 1);
  drafts.forEach((cells, r) => cells.forEach((text, c) => lab().setCell(r, c as 0 | 1 | 2 | 3, text)));
}
