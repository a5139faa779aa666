import type { SharingEnvironment } from '../startSharing';
import type { StorageLike } from '../../../state/setup/savedTables';
import type { ForgettableStorage } from '../forgetSaved';

/**
 * localStorage in memory, with a switch to make every call throw (blocked storage, full quota). Shared by several
 * fake tabs (fakeBrowser), it tells each of the others when one writes, as the browser's storage event does.
 */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const tabs = new Map<object, () => void>();
  const storage = {
    throws: false,
    /** Makes only setItem throw, as a full quota does. */
    full: false,
    items,
    tabs,
    /** This storage as one tab sees it: its writes are heard by the other tabs. */
    forTab(tab: object, heard: () => void): StorageLike & ForgettableStorage {
      tabs.set(tab, heard);
      return {
        getItem: (key) => storage.getItem(key),
        setItem(key, value) {
          storage.setItem(key, value);
          for (const [other, hear] of tabs) if (other !== tab) hear();
        },
        removeItem(key) {
          storage.removeItem(key);
          for (const [other, hear] of tabs) if (other !== tab) hear();
        },
        key: (index) => storage.key(index),
        get length() {
          return storage.length;
        },
      };
    },
    getItem(key: string) {
      if (storage.throws) throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.throws || storage.full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem(key: string) {
      if (storage.throws) throw new DOMException('blocked', 'SecurityError');
      items.delete(key);
    },
    key(index: number) {
      if (storage.throws) throw new DOMException('blocked', 'SecurityError');
      return [...items.keys()][index] ?? null;
    },
    get length() {
      return items.size;
    },
  };
  return storage;
}

/**
 * The address bar and session history of one tab, in memory: replaceState/pushState record what they did,
 * back() and forward() move through the entries and fire popstate as a browser does.
 */
export function fakeBrowser(search: string, storage: StorageLike | ReturnType<typeof memoryStorage> | null = memoryStorage(), now = () => Date.now()) {
  const entries = [{ search, hash: '' }];
  const tab = {};
  const storageHeard = new Set<() => void>();
  const tabStorage = storage && 'forTab' in storage ? storage.forTab(tab, () => storageHeard.forEach((heard) => heard())) : storage;
  let ids = 0;
  let index = 0;
  const listeners = { popstate: new Set<() => void>(), pagehide: new Set<() => void>() };
  const calls = { replaceState: 0, pushState: 0 };
  const read = (url: string | URL | null | undefined) => {
    const parsed = new URL(String(url), `https://lab.example/app/${entries[index]!.search}`);
    if (parsed.pathname !== '/app/') throw new Error(`left the app's path: ${parsed.pathname}`);
    return { search: parsed.search, hash: parsed.hash };
  };
  const env: SharingEnvironment = {
    location: {
      pathname: '/app/',
      get search() {
        return entries[index]!.search;
      },
      get hash() {
        return entries[index]!.hash;
      },
    },
    history: {
      state: null,
      replaceState(_state, _unused, url) {
        calls.replaceState += 1;
        entries[index] = read(url);
      },
      pushState(_state, _unused, url) {
        calls.pushState += 1;
        entries.splice(index + 1, entries.length, read(url));
        index += 1;
      },
    },
    addEventListener: (type, listener) => listeners[type].add(listener),
    removeEventListener: (type, listener) => listeners[type].delete(listener),
    storage: tabStorage,
    onStorageChange(changed) {
      storageHeard.add(changed);
      return () => storageHeard.delete(changed);
    },
    now,
    newId: () => `id-${++ids}-${Math.random().toString(36).slice(2, 8)}`,
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (id) => clearTimeout(id as number) },
  };
  const fire = (type: 'popstate' | 'pagehide') => listeners[type].forEach((listener) => listener());
  return {
    env,
    calls,
    get entries() {
      return entries.map((entry) => entry.search);
    },
    get search() {
      return entries[index]!.search;
    },
    back() {
      index -= 1;
      fire('popstate');
    },
    forward() {
      index += 1;
      fire('popstate');
    },
    pageHide: () => fire('pagehide'),
    /** The tab closes: it stops hearing the others. */
    close() {
      fire('pagehide');
      if (storage && 'forTab' in storage) storage.tabs.delete(tab);
    },
    listenerCount: () => listeners.popstate.size + listeners.pagehide.size,
  };
}
