import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LabState } from './labState';
import type { LabStore } from './store';

/**
 * The run a part of the screen shows. Each run has its own store (createLabStore), and the screen reaches it through
 * this context, as zustand's docs do for per-instance stores ("Initialize state with props"): a component reads
 * "its" run, so two runs can sit side by side, each inside its own provider.
 */
const LabStoreContext = createContext<LabStore | null>(null);

export function LabStoreProvider({ store, children }: { store: LabStore; children: ReactNode }) {
  return <LabStoreContext.Provider value={store}>{children}</LabStoreContext.Provider>;
}

/** The store of the run this component shows, for actions, `getState` and subscriptions outside rendering. */
export function useLabStore(): LabStore {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLabStore: no LabStoreProvider above this component.');
  return store;
}

/** `selector` of the state of the run this component shows; re-renders when the selected value changes. */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabStore(), selector);
}
