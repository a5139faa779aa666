import type { LabStore, RowDraft } from '../../state';
import { decode, encode, type DecodeProblem, type SharedState } from '../../state/url';
import { applySharedState } from './applySharedState';
import { debounce, type Timers } from './debounce';
import { problemNotices, type ProblemSource } from './linkNotices';
import { readSavedTable, writeSavedTable, type StorageLike } from './savedTable';
import { addressOf, sameSetup } from './shareLink';
import { editedPartChanged, sharedPartChanged, sharedStateOf, tableReplaced } from './sharedStateOf';

/** The browser as sharing uses it; tests pass a fake. */
export interface SharingEnvironment {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  history: Pick<History, 'replaceState' | 'pushState' | 'state'>;
  addEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
  /** localStorage, or null where the browser refuses it. */
  storage: StorageLike | null;
  timers: Timers;
}

/** The address bar follows the state this long after it settles... */
export const ADDRESS_DEBOUNCE_MS = 300;
/** ...and, while training runs and the state never settles, at least this often. */
export const ADDRESS_MAX_WAIT_MS = 1000;

export function browserSharingEnvironment(): SharingEnvironment {
  let storage: StorageLike | null = null;
  try {
    storage = window.localStorage; // Reading the property itself throws where storage is blocked.
  } catch {
    storage = null;
  }
  return {
    location: window.location,
    history: window.history,
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    storage,
    timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (id) => window.clearTimeout(id as number) },
  };
}

/**
 * Connects the store to the address bar and to the saved table:
 * - on start, a link's state is applied (else the table saved in this browser), and what was wrong is shown;
 * - the address bar follows the state with replaceState, debounced; a table replaced as a whole (a preset, an
 *   import) gets a history entry of its own with pushState, so Back returns to the table before;
 * - Back and Forward (popstate) apply the state of the entry;
 * - the table, as typed, and the settings are saved after each edit, so a reload loses no typing.
 * Returns a function that disconnects it all (saving what is pending).
 */
export function startSharing(store: LabStore, env: SharingEnvironment): () => void {
  const lab = () => store.getState();
  let applying = false;
  const apply = (shared: SharedState, cells?: readonly RowDraft['cells'][]) => {
    applying = true;
    try {
      applySharedState(store, shared, cells);
    } finally {
      applying = false;
    }
  };
  const notify = (problems: readonly DecodeProblem[], source: ProblemSource) => {
    for (const text of problemNotices(problems, source)) lab().addNotice(text, 'warning');
  };

  // Opening: a link's state wins; without one, the table saved in this browser comes back.
  const fromLink = decode(env.location.search);
  const saved = readSavedTable(env.storage);
  // Whether the table on screen is the user's own work (kept across reloads) rather than someone's link.
  let ownWork = false;
  if (fromLink.carriesState) {
    // A reload of the user's own state: the address shows it, and the saved cells keep what was being typed.
    ownWork = saved.kind === 'saved' && saved.decoded.problems.length === 0 && sameSetup(fromLink.state, saved.decoded.state);
    apply(fromLink.state, ownWork && saved.kind === 'saved' ? (saved.cells ?? undefined) : undefined);
  } else if (saved.kind === 'saved') {
    apply(saved.decoded.state, saved.cells ?? undefined);
    notify(saved.decoded.problems, 'saved');
    ownWork = true;
  } else if (saved.kind === 'unreadable') {
    lab().addNotice(`Table saved in this browser: ${saved.message}`, 'warning');
  }
  notify(fromLink.problems, 'link');

  const writeAddress = () => {
    const address = addressOf(lab(), env.location);
    if (address !== `${env.location.pathname}${env.location.search}${env.location.hash}`) {
      env.history.replaceState(env.history.state, '', address);
    }
  };
  writeAddress();
  const address = debounce(writeAddress, ADDRESS_DEBOUNCE_MS, ADDRESS_MAX_WAIT_MS, env.timers);
  const saver = debounce(
    () => writeSavedTable(env.storage, encode(sharedStateOf(lab())), lab().rows),
    ADDRESS_DEBOUNCE_MS,
    ADDRESS_MAX_WAIT_MS,
    env.timers,
  );

  const unsubscribe = store.subscribe((next, previous) => {
    if (applying) return;
    if (tableReplaced(next, previous)) {
      // The entry being left keeps the state it had; the new table gets an entry of its own.
      address.cancel();
      env.history.replaceState(env.history.state, '', addressOf(previous, env.location));
      env.history.pushState(null, '', addressOf(next, env.location));
    } else if (sharedPartChanged(next, previous)) {
      address.request();
    }
    if (editedPartChanged(next, previous)) ownWork = true;
    if (ownWork && (editedPartChanged(next, previous) || next.iteration !== previous.iteration)) saver.request();
  });

  const onPopState = () => {
    address.cancel();
    const decoded = decode(env.location.search);
    // An entry without state (the page before the app wrote any) leaves the state as it is.
    if (!decoded.carriesState) {
      writeAddress();
      return;
    }
    if (encode(decoded.state) !== encode(sharedStateOf(lab()))) apply(decoded.state);
    notify(decoded.problems, 'link');
  };
  const onPageHide = () => {
    address.flush();
    saver.flush();
  };
  env.addEventListener('popstate', onPopState);
  env.addEventListener('pagehide', onPageHide);

  return () => {
    unsubscribe();
    env.removeEventListener('popstate', onPopState);
    env.removeEventListener('pagehide', onPageHide);
    address.flush();
    saver.flush();
  };
}
