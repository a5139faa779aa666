import type { PanelId } from '../labState';
import { isExplorePanelId, type ExplorePanelId } from '../explorePanels';
import type { Dataset } from '../table';
import { readTable, rowsFromDataset } from '../table';
import { INPUT_COUNT, MAX_ITERATION } from '../limits';
import { assertRunPlan, type RunSegment } from '../../core/runPlan';
import { checkLearningRate, checkSeed, checkTestInput } from '../settingsValidation';
import { quote } from './quote';
import { DEFAULT_STOP_AT } from '../stops';
import { isDigits, SIGNIFICANT_DIGITS, type Digits } from '../../format/number';

/** Everything a link carries: what a student needs to land on the same numbers, and how the screen looks. */
export interface SharedState {
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

/** Every panel id, in screen order. The type check below fails the build if PanelId gains a member not listed. */
export const PANEL_IDS = ['weights', 'error', 'sigmoid', 'neuron', 'math', 'table'] as const satisfies readonly PanelId[];
type UnlistedPanel = Exclude<PanelId, (typeof PANEL_IDS)[number]>;
const everyPanelListed: [UnlistedPanel] extends [never] ? true : false = true;
void everyPanelListed;

export function isPanelId(text: string): text is PanelId {
  return (PANEL_IDS as readonly string[]).includes(text);
}

/** The panels presenter mode may show beside the table: the charts (the math and the table are not charts). */
export const PRESENTABLE_PANELS: readonly PanelId[] = PANEL_IDS.filter((panel) => panel !== 'math' && panel !== 'table');

/** Presenter mode shows two or three charts: more would not be readable from the back of a room at 1280x720. */
export const PRESENTER_MIN = 2;
export const PRESENTER_MAX = 3;

/** The weights over time and the neuron with its numbers: the two the tutorial's story needs. */
export const DEFAULT_PRESENTER_PANELS: readonly PanelId[] = ['weights', 'neuron'];

/** What is wrong with a choice of presenter panels, as words; empty when it is a valid choice. */
export function presenterPanelsProblem(panels: readonly string[]): string | null {
  const unknown = panels.filter((panel) => !(PRESENTABLE_PANELS as readonly string[]).includes(panel));
  if (unknown.length > 0) return `${unknown.slice(0, 2).map((panel) => quote(panel)).join(', ')} cannot be shown in presenter mode (${PRESENTABLE_PANELS.join(', ')} can)`;
  if (new Set(panels).size !== panels.length) return 'a panel is listed twice';
  if (panels.length < PRESENTER_MIN || panels.length > PRESENTER_MAX) return `${panels.length} panels were chosen; presenter mode shows ${PRESENTER_MIN} or ${PRESENTER_MAX}`;
  return null;
}

/**
 * What a version-1 link means where it leaves a part out: a fresh copy each call, so callers may hand it to
 * the store. Written out here rather than read from the store's defaults: a link written today must mean the
 * same thing after the app's defaults change.
 */
export function defaultSharedState(): SharedState {
  return {
    dataset: {
      inputs: [
        [0, 1, 1],
        [1, 0, 0],
        [1, 0, 1],
      ],
      targets: [1, 0, 1],
    },
    testInput: [1, 0, 1],
    seed: 1,
    learningRate: 1,
    iteration: 0,
    stopAt: DEFAULT_STOP_AT,
    digits: SIGNIFICANT_DIGITS,
    logAxis: false,
    presenter: false,
    hiddenPanels: [],
    shownPanels: [],
    presenterPanels: [...DEFAULT_PRESENTER_PANELS],
  };
}

/**
 * Checks a shared state by the store's own rules (the table's, the settings fields', the view's). Returns what is
 * wrong, empty when the state is valid. The codec only ever produces states that pass; tests hold it to that.
 */
export function sharedStateProblems(state: SharedState): string[] {
  const problems: string[] = [];
  const { inputs, targets } = state.dataset;
  if (inputs.length !== targets.length) problems.push(`${inputs.length} rows of inputs but ${targets.length} targets`);
  if (inputs.some((row) => row.length !== INPUT_COUNT)) problems.push(`a row without exactly ${INPUT_COUNT} inputs`);
  if (problems.length === 0) problems.push(...readTable(rowsFromDataset(state.dataset, 1)).problems.map((p) => p.message));
  const settings = [
    checkSeed(String(state.seed)),
    checkLearningRate(String(state.learningRate)),
    ...state.testInput.map((value, i) => checkTestInput(String(value), i as 0 | 1 | 2)),
  ];
  for (const checked of settings) if (!checked.ok) problems.push(checked.message);
  if (state.testInput.length !== INPUT_COUNT) problems.push(`a test input of ${state.testInput.length} numbers`);
  const later = state.laterSegments ?? [];
  for (const segment of later) {
    problems.push(...readTable(rowsFromDataset({ inputs: segment.inputs as number[][], targets: segment.targets as number[] }, 1)).problems.map((p) => `from iteration ${segment.from}: ${p.message}`));
    const rate = checkLearningRate(String(segment.learningRate));
    if (!rate.ok) problems.push(`from iteration ${segment.from}: ${rate.message}`);
  }
  try {
    const first = { from: 0, inputs: state.dataset.inputs, targets: state.dataset.targets, learningRate: state.learningRate };
    assertRunPlan({ seed: state.seed, segments: [first, ...later] });
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!Number.isInteger(state.iteration) || state.iteration < 0 || state.iteration > MAX_ITERATION) {
    problems.push(`iteration ${state.iteration} is not a whole number from 0 to ${MAX_ITERATION}`);
  }
  if (state.stopAt !== null && (!Number.isInteger(state.stopAt) || state.stopAt < 1 || state.stopAt > MAX_ITERATION)) {
    problems.push(`Stop at ${state.stopAt} is not a whole number from 1 to ${MAX_ITERATION}, nor no limit`);
  }
  if (!isDigits(state.digits)) problems.push(`${String(state.digits)} significant digits, not 8, 4 or 2`);
  if (typeof state.logAxis !== 'boolean' || typeof state.presenter !== 'boolean') problems.push('a view option that is not on or off');
  if (state.hiddenPanels.some((panel) => !isPanelId(panel))) problems.push('an unknown hidden panel');
  if (new Set(state.hiddenPanels).size !== state.hiddenPanels.length) problems.push('a hidden panel listed twice');
  if (state.shownPanels.some((panel) => !isExplorePanelId(panel))) problems.push('an unknown shown panel');
  if (new Set(state.shownPanels).size !== state.shownPanels.length) problems.push('a shown panel listed twice');
  const presenterProblem = presenterPanelsProblem(state.presenterPanels);
  if (presenterProblem) problems.push(`presenter panels: ${presenterProblem}`);
  return problems;
}
