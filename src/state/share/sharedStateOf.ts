import { EXPLORE_VIEW, runSegmentsOf, type LabState } from '..';
import type { SharedState } from '../url';

/**
 * The iteration a link carries: where the run is going when the worker is still training up to it, or where a
 * link or file asked to go while the page asks whether to go on (nothing of the link is lost meanwhile).
 */
function linkIteration(state: LabState): number {
  return (state.longWork?.phase === 'asking' ? state.longWork.target : null) ?? state.catchingUpTo ?? state.iteration;
}

/** The part of the store a link carries, copied so later changes to the store cannot reach into it. */
export function sharedStateOf(state: LabState): SharedState {
  // A link's table and rate are the first segment's; the later segments follow (none: the key is left out).
  const [first, ...later] = runSegmentsOf(state);
  const shared: SharedState = {
    dataset: { inputs: first!.inputs.map((row) => [...row]), targets: [...first!.targets] },
    testInput: [...state.testInput],
    seed: state.seed,
    learningRate: first!.learningRate,
    iteration: linkIteration(state),
    stopAt: state.stopAt,
    digits: state.digits,
    logAxis: state.logAxis,
    presenter: state.presenter,
    hiddenPanels: [...state.hiddenPanels],
    shownPanels: state.openView === EXPLORE_VIEW ? [...state.explorePanels] : [],
    presenterPanels: [...state.presenterPanels],
  };
  if (later.length > 0) {
    shared.laterSegments = later.map((segment) => ({ ...segment, inputs: segment.inputs.map((row) => [...row]), targets: [...segment.targets] }));
  }
  return shared;
}

/** Whether a store change touched anything a link carries (cheap: references only, run on every frame). */
export function sharedPartChanged(next: LabState, previous: LabState): boolean {
  return (
    next.dataset !== previous.dataset ||
    next.testInput !== previous.testInput ||
    next.seed !== previous.seed ||
    next.learningRate !== previous.learningRate ||
    next.pastSegments !== previous.pastSegments ||
    next.editedAt !== previous.editedAt ||
    linkIteration(next) !== linkIteration(previous) ||
    next.stopAt !== previous.stopAt ||
    next.digits !== previous.digits ||
    next.logAxis !== previous.logAxis ||
    next.presenter !== previous.presenter ||
    next.hiddenPanels !== previous.hiddenPanels ||
    next.openView !== previous.openView ||
    next.explorePanels !== previous.explorePanels ||
    next.presenterPanels !== previous.presenterPanels
  );
}

/** Whether the user changed what is worth keeping across a reload: the table as typed, a setting, the view. */
export function editedPartChanged(next: LabState, previous: LabState): boolean {
  return (
    next.rows !== previous.rows ||
    next.testInput !== previous.testInput ||
    next.seed !== previous.seed ||
    next.learningRate !== previous.learningRate ||
    next.pastSegments !== previous.pastSegments ||
    next.editedAt !== previous.editedAt ||
    // Digits is the teacher's choice; Stop at is not here, since Run moves it on by itself and a run never saves.
    next.digits !== previous.digits ||
    next.logAxis !== previous.logAxis ||
    next.presenter !== previous.presenter ||
    next.hiddenPanels !== previous.hiddenPanels ||
    next.presenterPanels !== previous.presenterPanels
  );
}

/**
 * Whether the table was replaced as a whole (a preset chosen, a file imported) rather than edited: no row of
 * the new table is a row of the old one. Such a change is worth a Back button step.
 */
export function tableReplaced(next: LabState, previous: LabState): boolean {
  if (next.rows === previous.rows) return false;
  const before = new Set(previous.rows.map((row) => row.id));
  return !next.rows.some((row) => before.has(row.id));
}
