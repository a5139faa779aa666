import type { TrainingSlice } from './labState';

/**
 * Whether the run's numbers move at a run's pace now: it is running, or (run B while comparing) the run whose clock
 * it keeps is. Text and marks written during a run skip what nobody reads then (tooltips, accessible names, what
 * is out of sight); a still screen writes them, exact.
 */
export function duringRun(state: Pick<TrainingSlice, 'running' | 'clockRunning'>): boolean {
  return state.running || state.clockRunning;
}
