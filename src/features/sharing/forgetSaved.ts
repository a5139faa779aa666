/**
 * Every key this app keeps in localStorage starts with this. "Start fresh" forgets them all, so whatever a
 * feature saves under the prefix (the last table, recent tables, drafts) is forgotten with the rest, with no list
 * to keep up to date.
 */
export const STORAGE_PREFIX = 'neuron-lab:';

/** The part of the Web Storage API forgetting needs; every call may throw (blocked storage). */
export type ForgettableStorage = Pick<Storage, 'key' | 'removeItem' | 'length'>;

/** Removes every key of this app from `storage`; returns how many. Never throws. */
export function forgetSaved(storage: Partial<ForgettableStorage> | null): number {
  if (!storage || typeof storage.key !== 'function' || typeof storage.removeItem !== 'function') return 0;
  try {
    const keys: string[] = [];
    for (let i = 0; i < (storage.length ?? 0); i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}
