import { createLabStore, type LabState, type LabStore } from '../state';
import { createEngine, type Engine } from './engine';

/** A run: its own store, and its own training engine (a worker) connected to it. */
export interface Run {
  store: LabStore;
  engine: Engine;
}

/**
 * Starts a run: a fresh store (with `initial` in place, a copy of another run's setup say, and then whatever
 * `prepare` puts in, a link's setup say), and a worker that trains what the store describes, up to the store's
 * iteration. Both go in before the worker starts, so its first load is the run's whole setup.
 */
export function startRun(initial: Partial<LabState> = {}, prepare?: (store: LabStore) => void): Run {
  const store = createLabStore();
  store.setState(initial);
  prepare?.(store);
  return { store, engine: createEngine(store) };
}
