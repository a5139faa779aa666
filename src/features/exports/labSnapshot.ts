import { runSegmentsOf, type Dataset, type LabState, type PanelId } from '../../state';
import type { RunSegment } from '../../core';

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
  /** `table` and `learningRate` train from iteration 0, `later` (absent: none) after edits that kept what was learned. */
  learningRate: number;
  later?: RunSegment[];
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
  /** The run's later segments (only with a table and from a state file). */
  later?: RunSegment[];
  iteration?: number;
  view?: Partial<ViewOptions>;
}

export function snapshotOf(state: LabState): LabSnapshot {
  const copy = (segment: RunSegment) => ({ inputs: segment.inputs.map((row) => [...row]), targets: [...segment.targets] });
  const [first, ...later] = runSegmentsOf(state);
  return {
    table: copy(first!),
    testInput: [...state.testInput],
    seed: state.seed,
    learningRate: first!.learningRate,
    ...(later.length > 0 ? { later: later.map((segment) => ({ from: segment.from, ...copy(segment), learningRate: segment.learningRate })) } : {}),
    iteration: state.iteration,
    view: { logAxis: state.logAxis, presenter: state.presenter, hiddenPanels: [...state.hiddenPanels] },
  };
}
