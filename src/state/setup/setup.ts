import type { PanelId } from '../panels';
import type { ExplorePanelId } from '../explorePanels';
import type { Dataset } from '../table';
import type { RunSegment } from '../../core/runPlan';
import type { Digits } from '../../format/number';

/**
 * One run's setup and the screen it is shown on: everything a link, a state file and the table saved in this
 * browser carry, so that a student lands on the same numbers and the same view. Each field is declared once, in
 * fields.ts (its default, its rule, how a link and a file write it, where the store keeps it).
 */
export interface Setup {
  dataset: Dataset;
  testInput: [number, number, number];
  seed: number;
  /** `dataset` and `learningRate` train from iteration 0; `laterSegments` (absent: none) after edits, in order. */
  learningRate: number;
  /** The tables and rates of the run's later segments, each from its iteration on (see core/runPlan.ts). */
  laterSegments?: RunSegment[];
  /** The iteration shown: the run is recomputed from the seed up to here. */
  iteration: number;
  /** "Stop at": where Run pauses on its own (1 to MAX_ITERATION), or null for no limit. */
  stopAt: number | null;
  /** Significant digits of the numbers on screen: 8, 4 or 2 (links, files and the Python view keep them all). */
  digits: Digits;
  logAxis: boolean;
  presenter: boolean;
  /** In the order they were hidden, without repeats. */
  hiddenPanels: PanelId[];
  /** The Explore view's panels, in screen order, when that view is open; empty when it is not. */
  shownPanels: ExplorePanelId[];
  /** The charts presenter mode shows: PRESENTER_MIN to PRESENTER_MAX of PRESENTABLE_PANELS, without repeats. */
  presenterPanels: PanelId[];
}

export type SetupKey = keyof Setup;

/**
 * The fields of one run, those fields.ts gives scope 'run' (a test holds the two lists to each other): what a
 * second run carries in a link (`lr.b`), in a state file (`runB`) and what the Python script reproduces.
 */
export const RUN_KEYS = ['dataset', 'testInput', 'seed', 'learningRate', 'laterSegments', 'iteration'] as const satisfies readonly SetupKey[];
export type RunKey = (typeof RUN_KEYS)[number];
/** One run's setup, as the schema names its fields. */
export type RunSetup = Pick<Setup, RunKey>;

/** Something wrong in a state file: where (a field, "Row 2, Input 3"; null for the file as a whole) and what. */
export interface FileProblem {
  where: string | null;
  message: string;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
