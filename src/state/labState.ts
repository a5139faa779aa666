import type { StateCreator } from 'zustand';
import type { MessageDescriptor } from '@lingui/core';
import type { Digits } from '../format/number';
import type { Frame, Speed, ToWorker } from '../worker/protocol';
import type { Fault } from '../worker/faults';
import type { CellColumn, CellProblem, Dataset, RowDraft } from './table';
import type { PresetId } from './presets';
import type { RunSegment } from '../core/runPlan';
import type { ExplorePanelId } from './explorePanels';
import type { PanelId } from './panels';

export interface TableSlice {
  /** The table as typed, invalid cells included. */
  rows: RowDraft[];
  /** The last valid table: what the neuron trains on. */
  dataset: Dataset;
  /** Problems of the table as typed; empty when `rows` is valid (and then `dataset` matches it). */
  tableProblems: CellProblem[];
  /** The preset the table came from, or 'custom' once edited. */
  presetId: PresetId | 'custom';
  /** Shown after choosing a preset (for XOR: why one neuron cannot learn it). */
  presetNote: MessageDescriptor | null;
  nextRowId: number;
  /** Puts typed text in a cell; text longer than MAX_CELL_CHARS is refused with a notice, never stored. */
  setCell(row: number, column: CellColumn, text: string): void;
  /** Says that text of `length` characters was refused at a cell's door (a paste too long). */
  setCellRefused(row: number, column: CellColumn, length: number): void;
  addRow(): void;
  deleteRow(row: number): void;
  loadPreset(id: PresetId): void;
  loadDataset(dataset: Dataset): void;
}

export interface SettingsSlice {
  /** NumPy's random.seed, 0 to 4294967295. */
  seed: number;
  learningRate: number;
  /** The "new situation" the tutorial asks about. */
  testInput: [number, number, number];
  /** Iterations per second for Run; MAX_SPEED for as fast as possible. */
  speed: Speed;
  /** "Stop at": the iteration where Run pauses on its own (10,000, the tutorial's), or null for no limit. */
  stopAt: number | null;
  setStopAt(stopAt: number | null): void;
  setSeed(seed: number): void;
  /** A random seed that is not the current one. */
  newSeed(): void;
  setLearningRate(learningRate: number): void;
  setTestInput(index: 0 | 1 | 2, value: number): void;
  /** All three at once (a corner clicked in "Every situation"): one change, so one reload of the run's test input. */
  setTestInputs(values: readonly [number, number, number]): void;
  setSpeed(speed: Speed): void;
}

/** Where the training slice sends its commands: the worker, through the engine. */
export interface EnginePort {
  send(message: ToWorker): void;
  /** After the engine gave up: a fresh worker with the store's table and settings, back where the run was. */
  restart(): void;
}

export interface TrainingSlice {
  /** The iteration shown. Before the first frame: the iteration asked for (a link may ask for 10000). */
  iteration: number;
  /** The furthest iteration trained. */
  trainedTo: number;
  running: boolean;
  /**
   * This run keeps another run's clock (run B while comparing) and that run is running: this one's text then
   * follows at a run's pace too, although its own worker only ever catches up (see runs/followClock.ts).
   */
  clockRunning: boolean;
  /**
   * The iteration a link, an import or a long step asked for while the worker is still training up to it; null
   * once it is there. A link made meanwhile carries this, not the iteration reached so far.
   */
  catchingUpTo: number | null;
  /** The latest frame from the worker. Changes up to once per animation frame: charts subscribe to it. */
  frame: Frame | null;
  /** The iteration where the last run stopped because "Stop at" said so; null once anything else happens. */
  stoppedAt: number | null;
  /** Why training stopped on its own or the worker failed, as a code the page words (text/faultText); null when all is well. */
  fault: Fault | null;
  /**
   * Why training is off, when the engine gave up restarting a failing worker (or could not start one); null
   * while it works. Every control that needs the worker is disabled meanwhile, and "Try again" (retryEngine)
   * starts a fresh one.
   */
  engineDown: Fault | null;
  /** From the engine: training is off for this reason, or (null) back on. */
  setEngineDown(reason: Fault | null): void;
  /** "Try again": the engine starts a fresh worker from the store's table and settings. */
  retryEngine(): void;
  engine: EnginePort | null;
  /**
   * A lesson's question waiting for the learner's guess: training may not go past `at` (it would show the
   * answer), and a command that would says `reason` as a notice. null: no hold.
   */
  hold: { at: number; reason: string } | null;
  setHold(hold: { at: number; reason: string } | null): void;
  attachEngine(engine: EnginePort | null): void;
  step(count: number): void;
  /** Runs at the set speed up to the stop ahead (see `stopAhead`): "Stop at", or the next choice once it is reached. */
  run(): void;
  pause(): void;
  toggleRun(): void;
  reset(): void;
  /** Shows iteration k (0 <= k <= trainedTo) with its exact weights, paused. */
  seek(iteration: number): void;
  /** Puts the run at iteration k, training up to k if it was not reached yet (a shared link, an import). */
  goTo(iteration: number): void;
  /** From the engine: a new frame arrived. */
  /** From the engine: a new frame arrived, and the iteration the worker is still training up to (or null). */
  receiveFrame(frame: Frame, catchingUpTo?: number | null): void;
  /** From the engine: the run reached its stop and paused there. */
  reachedStop(iteration: number): void;
  /** From the engine: training stopped (or failed) with this reason; null clears it. */
  setFault(fault: Fault | null): void;
}

export type { PanelId } from './panels';

/** A button a notice offers ("Copy link", "Keep this tab's table"): pressing it runs `run` and closes the notice. */
export interface NoticeAction {
  label: string;
  run(): void;
}

/** A message for the notices region at the top of the screen (a copied link, a problem in a shared link). */
export interface Notice {
  id: number;
  /** 'info' confirms something done; 'warning' says something was not as asked and what was done instead. */
  tone: 'info' | 'warning';
  text: string;
  actions?: NoticeAction[];
}

export interface ViewSlice {
  /** Logarithmic iteration axis on the time charts. */
  logAxis: boolean;
  presenter: boolean;
  hiddenPanels: PanelId[];
  /** The charts presenter mode shows, two or three, in the order the teacher ticked them. */
  presenterPanels: PanelId[];
  /** Significant digits of the numbers on screen (8, as the tutorial prints; 4 or 2 for a younger class). */
  digits: Digits;
  /** The view open over the table and charts ('math', 'python', 'explore'), or 'lab' for none. */
  openView: string;
  /** The panels the Explore view shows, in screen order, at least one. */
  explorePanels: ExplorePanelId[];
  /** Shown in the notices region, oldest first; each stays until dismissed. */
  notices: Notice[];
  nextNoticeId: number;
  setLogAxis(on: boolean): void;
  setPresenter(on: boolean): void;
  setDigits(digits: Digits): void;
  setPanelHidden(panel: PanelId, hidden: boolean): void;
  setOpenView(view: string): void;
  setExplorePanels(panels: ExplorePanelId[]): void;
  setPresenterPanels(panels: PanelId[]): void;
  /** Shows a notice and returns its id; the same text is not shown twice at once. */
  addNotice(text: string, tone?: Notice['tone'], actions?: NoticeAction[]): number;
  dismissNotice(id: number): void;
}

/**
 * The run as a list of segments (see runSegments.ts): the table and learning rate being edited train from
 * `editedAt` on; the segments before are kept so that rewinding before an edit shows the old table's run.
 */
export interface SegmentsSlice {
  /** The segments before the table being edited, oldest first (the first from iteration 0); empty: one table. */
  pastSegments: RunSegment[];
  /** The iteration the table being edited trains from: 0, or the iteration of the last edit. */
  editedAt: number;
  /** The edit whose notice was dismissed (its editedAt), so that it stays away; null when none was. */
  editNoticeDismissed: number | null;
  /** The whole run on the table being edited, from iteration 0, up to the iteration shown (as before edits kept the past). */
  recomputeFromStart(): void;
  dismissEditNotice(): void;
  /**
   * While the run stands before an edit: makes the table of that moment the one being edited, and drops the
   * edits after it, so that training goes on from here on that table.
   */
  editFromHere(): void;
  /**
   * Puts a whole run in place (a link's, a file's): the last segment's table into the table being edited, its
   * rate as the learning rate, the segments before as the run's past. The seed is set apart.
   */
  loadSegments(segments: readonly RunSegment[]): void;
}


/** A table saved in this browser, as the "Recent tables" list shows it. */
export interface RecentTable {
  id: string;
  /** When it was last edited, milliseconds since 1970. */
  savedAt: number;
  iteration: number;
  rowCount: number;
  /** The table as a link writes it ("011-1,100-0,101-1"), to recognise it by. */
  table: string;
  /** Whether it is the table this tab saves its work in. */
  thisTab: boolean;
}

/** Where the Recent tables list sends its choice: the sharing feature, which owns what is saved. */
export interface SavedTablesPort {
  open(id: string): void;
}

export interface SavedSlice {
  /** The tables saved in this browser, newest first (every tab's). */
  recentTables: RecentTable[];
  savedTables: SavedTablesPort | null;
  attachSavedTables(port: SavedTablesPort | null): void;
  setRecentTables(tables: RecentTable[]): void;
  /** Opens a saved table, as it was when it was last edited. */
  openRecentTable(id: string): void;
}

/** What opened a run far ahead, in the words the question uses ("the link goes on to ..."). */
export type LongWorkSource = 'link' | 'file' | 'saved table';

/** A recomputation towards a link's or file's iteration, while its length is measured or asked about. */
export type LongWork =
  /** `warmUpRate`: the first speed measured, left aside (see weighLongWork). */
  | { phase: 'measuring'; target: number; source: LongWorkSource; warmUpRate?: number }
  /** Paused where it was: `seconds` is the wait from there at `perSecond`, the speed the worker measured. */
  | { phase: 'asking'; target: number; source: LongWorkSource; seconds: number; perSecond: number };

export interface LongWorkSlice {
  /** Null unless a link or file asked for an iteration far ahead and the answer is still to come. */
  longWork: LongWork | null;
  /** goTo for a link or file: opens at once, and asks before a recomputation longer than ASK_AFTER_SECONDS. */
  openAt(iteration: number, source: LongWorkSource): void;
  /** From receiveFrame: once the worker's speed is known, asks (or lets it go on) when still measuring. */
  weighLongWork(): void;
  /** The answer: go on to the target, or stay at the iteration reached (a notice keeps the way on). */
  answerLongWork(goOn: boolean): void;
}

export type LabState = TableSlice & SettingsSlice & TrainingSlice & ViewSlice & SegmentsSlice & SavedSlice & LongWorkSlice;

/** A slice creator that sees the whole store, as in zustand's slices pattern. */
export type Slice<T> = StateCreator<LabState, [], [], T>;
