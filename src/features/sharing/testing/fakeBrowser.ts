import type { SharingEnvironment } from '../startSharing';
import type { StorageLike } from '../savedTable';

/** localStorage in memory, with a switch to make every call throw (blocked storage, full quota). */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage = {
    throws: false,
    items,
    getItem(key: string) {
      if (storage.throws) throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.throws) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
  return storage;
}

/**
 * The address bar and session history of one tab, in memory: replaceState/pushState record what they did,
 * back() and forward() move through the entries and fire popstate as a browser does.
 */
export function fakeBrowser(search: string, storage: StorageLike | null = memoryStorage()) {
  const entries = [{ search, hash: '' }];
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
    storage,
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
    listenerCount: () => listeners.popstate.size + listeners.pagehide.size,
  };
}
