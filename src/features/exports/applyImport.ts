import type { LabStore } from '../../state';
import type { ImportedState } from './labSnapshot';

/**
 * Puts an imported state into the store through its actions: the table, then each setting present, then the view,
 * and last the iteration with `goTo`, so that the run is recomputed once the whole setup is in place.
 * A table alone (a CSV) replaces the table and keeps everything else.
 */
export function applyImport(store: LabStore, imported: ImportedState): void {
  const lab = store.getState();
  lab.loadDataset(imported.table);
  if (imported.seed !== undefined) lab.setSeed(imported.seed);
  // A file's rate is its run's from iteration 0, not an edit at the iteration shown now.
  if (imported.learningRate !== undefined) store.setState({ learningRate: imported.learningRate });
  if (imported.later && imported.later.length > 0) {
    const first = { from: 0, inputs: imported.table.inputs, targets: imported.table.targets, learningRate: store.getState().learningRate };
    lab.loadSegments([first, ...imported.later]);
  }
  imported.testInput?.forEach((value, i) => lab.setTestInput(i as 0 | 1 | 2, value));
  const view = imported.view;
  if (view?.logAxis !== undefined) lab.setLogAxis(view.logAxis);
  if (view?.presenter !== undefined) lab.setPresenter(view.presenter);
  if (view?.hiddenPanels !== undefined) {
    for (const panel of lab.hiddenPanels) if (!view.hiddenPanels.includes(panel)) lab.setPanelHidden(panel, false);
    for (const panel of view.hiddenPanels) lab.setPanelHidden(panel, true);
  }
  if (imported.iteration !== undefined) lab.openAt(imported.iteration, 'file');
}
