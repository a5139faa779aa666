import { createContext, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { LabState } from './labState';
import type { LabStore } from './store';
import type { SetupToApply } from './setup';

export type RunName = 'A' | 'B';

/**
 * Compare: run B beside run A, both at one iteration. Run A is the app's run (the LabStoreProvider at the top);
 * run B is a copy the learner changes (seed, learning rate, table, test input), with its own store and worker.
 */
export interface ComparisonState {
  /** Run B's store while comparing; null when there is one run. */
  runB: LabStore | null;
  /**
   * Adds run B as a copy of run A, at A's iteration, with `setup` (a link's or a file's run B) put in place of the
   * copy's where given. When comparing already, run B takes `setup` (if any) where it stands.
   */
  compare(setup?: SetupToApply): void;
  /** Ends comparing: `keep` 'A' drops run B; 'B' puts B's setup into run A (at the same iteration) and drops B. */
  stopComparing(keep: RunName): void;
}

export type ComparisonStore = StoreApi<ComparisonState>;

/** What a run copies from another when Compare starts (or when run A keeps run B): its setup and how it is shown. */
export function setupFieldsOf(state: LabState) {
  const target = state.catchingUpTo ?? state.iteration;
  return {
    rows: state.rows,
    dataset: state.dataset,
    tableProblems: state.tableProblems,
    presetId: state.presetId,
    presetNote: state.presetNote,
    nextRowId: state.nextRowId,
    seed: state.seed,
    learningRate: state.learningRate,
    testInput: [...state.testInput] as [number, number, number],
    pastSegments: state.pastSegments,
    editedAt: state.editedAt,
    digits: state.digits,
    logAxis: state.logAxis,
    iteration: target,
    catchingUpTo: target > 0 ? target : null,
  } satisfies Partial<LabState>;
}

/** Without a ComparisonProvider (a component tried alone) there is one run, and Compare does nothing. */
const ONE_RUN: ComparisonStore = createStore<ComparisonState>()(() => ({ runB: null, compare() {}, stopComparing() {} }));
const ComparisonContext = createContext<ComparisonStore>(ONE_RUN);

export function ComparisonProvider({ store, children }: { store: ComparisonStore; children: ReactNode }) {
  return <ComparisonContext.Provider value={store}>{children}</ComparisonContext.Provider>;
}

/** The comparison's state: whether run B exists, and Compare / Stop comparing. */
export function useComparison<T>(selector: (state: ComparisonState) => T): T {
  return useStore(useContext(ComparisonContext), selector);
}

/** The comparison itself, for what follows it outside React's renders (the address bar follows run B too). */
export const useComparisonStore = (): ComparisonStore => useContext(ComparisonContext);

/** Run B's store while comparing, else null. */
export const useRunB = (): LabStore | null => useComparison((s) => s.runB);

/**
 * The run a panel shows, named for its controls: null with one run (the names stay as they are), 'A' or 'B' while
 * comparing, so that B's fields say "Learning rate, run B".
 */
const RunNameContext = createContext<RunName | null>(null);
export const RunNameProvider = RunNameContext.Provider;
export const useRunName = (): RunName | null => useContext(RunNameContext);
/** ", run B" while comparing (for names), '' with one run. */
export const runSuffix = (name: RunName | null): string => (name ? `, run ${name}` : '');
