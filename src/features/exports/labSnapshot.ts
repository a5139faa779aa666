import type { Dataset, LabState, PanelId } from '../../state';

/** Every panel id, for checking imported view options. Unknown ids are dropped with a warning, not refused. */
export const KNOWN_PANELS: readonly PanelId[] = ['weights', 'error', 'sigmoid', 'neuron', 'math', 'table'];

export interface ViewOptions {
  logAxis: boolean;
  presenter: boolean;
  hiddenPanels: PanelId[];
}

/** The whole state a file carries: what the run needs to land on the same numbers, and how the screen looks. */
export interface LabSnapshot {
  table: Dataset;
  testInput: [number, number, number];
  seed: number;
  learningRate: number;
  /** The iteration shown. */
  iteration: number;
  view: ViewOptions;
}

/** What an imported file restores: always a table; a state file also the rest (each part only if present). */
export interface ImportedState {
  table: Dataset;
  testInput?: [number, number, number];
  seed?: number;
  learningRate?: number;
  iteration?: number;
  view?: Partial<ViewOptions>;
}

export function snapshotOf(state: LabState): LabSnapshot {
  return {
    table: { inputs: state.dataset.inputs.map((row) => [...row]), targets: [...state.dataset.targets] },
    testInput: [...state.testInput],
    seed: state.seed,
    learningRate: state.learningRate,
    iteration: state.iteration,
    view: { logAxis: state.logAxis, presenter: state.presenter, hiddenPanels: [...state.hiddenPanels] },
  };
}
