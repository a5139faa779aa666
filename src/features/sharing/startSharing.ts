import { t } from '@lingui/core/macro';
import type { ComparisonStore, LabState, LabStore, LongWorkSource, RecentTable, RowDraft } from '../../state';
import { decode, defaultSharedState, encode, type DecodeProblem, type SharedState } from '../../state/url';
import { writeTable } from '../../state/url/tableText';
import { DEFAULT_SETTINGS } from '../../state';
import { SIGNIFICANT_DIGITS } from '../../format/number';
import { i18n } from '../../i18n';
import { forgetSaved, type ForgettableStorage } from './forgetSaved';
import { debounce, type Timers } from './debounce';
import { problemNotices, type ProblemSource } from './linkNotices';
import { readSavedTables, SAVED_TABLE_KEY, SAVED_TABLES_KEY, writeSavedTable, type ReadEntry, type StorageLike } from '../../state/setup/savedTables';
import { storageNoticeActions } from './storageNotice';
import { addressOf, queryOf, RUN_B_SUFFIX, sameSetup } from '../../state/share/shareLink';
import { tableReplaced } from '../../state/share/tableReplaced';
import { applySetup, setupChanged, setupEdited, setupOf } from '../../state/setup';
import { followRunB } from './followRunB';

/** The browser as sharing uses it; tests pass a fake. */
export interface SharingEnvironment {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  history: Pick<History, 'replaceState' | 'pushState' | 'state'>;
  addEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'pagehide', listener: () => void): void;
  /** localStorage, or null where the browser refuses it. */
  storage: StorageLike | null;
  /** Calls `changed` when another tab changes the saved tables (the `storage` event); returns how to stop. */
  onStorageChange(changed: () => void): () => void;
  /** Date.now(). */
  now(): number;
  /** A new random id for a saved table or a revision of it. */
  newId(): string;
  timers: Timers;
}

/** The address bar follows the state this long after it settles... */
export const ADDRESS_DEBOUNCE_MS = 300;
/** ...and, while the state keeps changing (a slider dragged, typing), at least this often... */
export const ADDRESS_MAX_WAIT_MS = 1000;
/**
 * ...but while training runs, only this often, and at once when the run stops (a pause, Stop at, the end): each
 * replaceState costs the page's main thread a few ms on a school laptop, for an iteration nobody reads in the
 * address bar; a reload in a run comes back at most this far behind it (a paused page, exactly where it was).
 */
export const ADDRESS_RUNNING_WAIT_MS = 5000;

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
    onStorageChange(changed) {
      const listener = (event: StorageEvent) => {
        if (event.key === null || event.key === SAVED_TABLES_KEY || event.key === SAVED_TABLE_KEY) changed();
      };
      window.addEventListener('storage', listener);
      return () => window.removeEventListener('storage', listener);
    },
    now: () => Date.now(),
    newId: () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`),
    timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (id) => window.clearTimeout(id as number) },
  };
}

/** What the Recent tables list shows of a saved entry: the table being edited (the run's last segment's). */
function recentOf(entry: ReadEntry, mine: string | null): RecentTable {
  const { state } = entry.decoded;
  const edited = state.laterSegments?.at(-1) ?? state.dataset;
  const table = writeTable({ inputs: edited.inputs.map((row) => [...row]), targets: [...edited.targets] });
  return { id: entry.id, savedAt: entry.savedAt, iteration: state.iteration, rowCount: edited.inputs.length, table, thisTab: entry.id === mine };
}

/**
 * Connects the store to the address bar and to the tables saved in this browser:
 * - on start, a link's state is applied (else the newest table saved in this browser), and what was wrong is shown;
 * - the address bar follows the state with replaceState, debounced; a table replaced as a whole (a preset, an
 *   import) gets a history entry of its own with pushState, so Back returns to the table before;
 * - Back and Forward (popstate) apply the state of the entry;
 * - an edit (never a run: a tab that only runs writes nothing) saves the table as typed and the settings, as
 *   this tab's own entry among the Recent tables, so a reload loses no typing and another tab's work is never
 *   written over; a tab hears the others (the storage event), and one whose entry another tab wrote over says
 *   so and can keep its own;
 * - when storage is full, refused or missing, a notice says the work is not kept and offers a link and a file;
 * - with `comparison`: while comparing, the address carries run B too (`lr.b=0.1`), and a link that carries run B
 *   opens Compare with it, both runs at the link's iteration; the tables saved in this browser keep run B too
 *   (an edit of B is an edit), and a saved table with run B opens Compare with it.
 * Returns a function that disconnects it all (saving what is pending), with `startFresh` on it.
 */
export function startSharing(store: LabStore, env: SharingEnvironment, comparison?: ComparisonStore): Sharing {
  const lab = () => store.getState();
  const runB = (): LabState | null => comparison?.getState().runB?.getState() ?? null;
  const runs = comparison ? [RUN_B_SUFFIX] : [];
  /** A link's run B, when it carries one: Compare starts with it, or run B takes it when comparing already. */
  const applyRunB = (decoded: ReturnType<typeof decode>) => {
    const setup = decoded.others?.[0];
    if (!comparison || !setup || !decoded.othersNamed?.[0]) return;
    applying = true;
    try {
      comparison.getState().compare(setup);
    } finally {
      applying = false;
    }
  };
  /** The query an entry's state would have on screen: run A's, and run B's when the entry carries one. */
  const queryOfEntry = (decoded: ReturnType<typeof decode>) => {
    const b = decoded.othersNamed?.[0] ? decoded.others?.[0] : undefined;
    return encode(decoded.state, b ? [{ suffix: RUN_B_SUFFIX, setup: { ...b, iteration: decoded.state.iteration } }] : []);
  };
  let applying = false;
  const apply = (shared: SharedState, cells?: readonly RowDraft['cells'][], source: LongWorkSource = 'link') => {
    applying = true;
    try {
      applySetup(store, shared, { drafts: cells, source });
    } finally {
      applying = false;
    }
  };
  const notify = (problems: readonly DecodeProblem[], source: ProblemSource) => {
    for (const text of problemNotices(problems, source)) lab().addNotice(text, 'warning');
  };

  /** The saved entry this tab's work goes to, and the revision this tab last read or wrote there. */
  let mine: { id: string; rev: string } | null = null;
  const entries = (read = readSavedTables(env.storage)) => (read.kind === 'saved' ? read.entries : []);
  const showRecent = (list: readonly ReadEntry[] = entries()) => lab().setRecentTables(list.map((entry) => recentOf(entry, mine?.id ?? null)));

  // Opening: a link's state wins; without one, the newest table saved in this browser comes back.
  const fromLink = decode(env.location.search, { runs });
  const saved = readSavedTables(env.storage);
  // Whether the table on screen is the user's own work (kept across reloads) rather than someone's link.
  let ownWork = false;
  if (fromLink.carriesState) {
    // A reload of the user's own state: the address shows it, and the saved cells keep what was being typed.
    const match = entries(saved).find((entry) => entry.decoded.problems.length === 0 && sameSetup(fromLink.state, entry.decoded.state));
    if (match) {
      mine = { id: match.id, rev: match.rev };
      ownWork = true;
    }
    apply(fromLink.state, match?.cells ?? undefined);
    applyRunB(fromLink);
  } else if (saved.kind === 'saved') {
    const newest = saved.entries[0]!;
    apply(newest.decoded.state, newest.cells ?? undefined, 'saved table');
    applyRunB(newest.decoded);
    notify(newest.decoded.problems, 'saved');
    mine = { id: newest.id, rev: newest.rev };
    ownWork = true;
  } else if (saved.kind === 'unreadable') {
    lab().addNotice(t`Table saved in this browser: it is not in the format this app saves; the tutorial's table is shown.`, 'warning');
  }
  notify(fromLink.problems, 'link');
  showRecent(entries(saved));

  const writeAddress = () => {
    const address = addressOf(lab(), env.location, runB());
    if (address !== `${env.location.pathname}${env.location.search}${env.location.hash}`) {
      env.history.replaceState(env.history.state, '', address);
    }
  };
  writeAddress();
  // Another language chosen: the address's lang= follows at once.
  const stopLanguage = i18n.on('change', writeAddress);
  const address = debounce(writeAddress, ADDRESS_DEBOUNCE_MS, ADDRESS_MAX_WAIT_MS, env.timers, true);
  const runningAddress = debounce(writeAddress, ADDRESS_RUNNING_WAIT_MS, ADDRESS_RUNNING_WAIT_MS, env.timers);
  const trains = (state: LabState) => state.running || state.clockRunning;

  let warnedNotKept = false;
  const saveMine = (state = lab()) => {
    const stored = mine ? entries().find((entry) => entry.id === mine!.id) : undefined;
    // Another tab wrote this entry since this tab read it: this tab's table goes beside it, not over it.
    if (mine && stored && stored.rev !== mine.rev) mine = null;
    const entry = { id: mine?.id ?? env.newId(), rev: env.newId(), savedAt: env.now(), link: queryOf(state, runB()), cells: state.rows.map((row) => [...row.cells] as RowDraft['cells']) };
    if (writeSavedTable(env.storage, entry)) {
      mine = { id: entry.id, rev: entry.rev };
      warnedNotKept = false;
      showRecent();
    } else if (!warnedNotKept) {
      warnedNotKept = true;
      lab().addNotice(
        t`Your work is not being kept on this device: this browser refuses to store it. Copy the link or save a file to keep it.`,
        'warning',
        storageNoticeActions(store, {}, runB),
      );
    }
  };
  const saver = debounce(() => saveMine(), ADDRESS_DEBOUNCE_MS, ADDRESS_MAX_WAIT_MS, env.timers);

  const unsubscribe = store.subscribe((next, previous) => {
    if (applying) return;
    if (tableReplaced(next, previous)) {
      // The entry being left keeps the state it had; the new table gets an entry of its own.
      address.cancel();
      runningAddress.cancel();
      env.history.replaceState(env.history.state, '', addressOf(previous, env.location, runB()));
      env.history.pushState(null, '', addressOf(next, env.location, runB()));
      // A new table (a preset, a file) is a new piece of work: the one before stays in Recent tables as it was.
      saver.cancel();
      if (ownWork) saveMine(previous);
      mine = null;
    } else if (trains(next) && setupChanged(next, previous) && !setupEdited(next, previous)) {
      // Only the run moved on (an edit during a run is written as soon as when paused).
      runningAddress.request();
    } else if (setupChanged(next, previous) || (trains(previous) && !trains(next))) {
      // An edit, a step, a seek, or the run stopped: the address shows it at once.
      runningAddress.cancel();
      address.request();
    }
    // Only an edit saves: a run changes the iteration many times a second and writes nothing.
    if (setupEdited(next, previous)) {
      ownWork = true;
      saver.request();
    }
  });

  const stopHearing = env.onStorageChange(() => {
    const list = entries();
    showRecent(list);
    const stored = mine ? list.find((entry) => entry.id === mine!.id) : undefined;
    if (!mine || !stored || stored.rev === mine.rev) return;
    // Another tab wrote over the table this tab saves in: say so, and let this tab keep its own beside it.
    lab().addNotice(t`Another tab saved its table over the one this tab was keeping. This tab's table is still on screen.`, 'warning', [
      {
        label: t`Keep this tab's table`,
        run: () => {
          mine = null;
          saveMine();
        },
      },
    ]);
  });

  const open = (id: string) => {
    const entry = entries().find((candidate) => candidate.id === id);
    if (!entry) return;
    saver.flush();
    address.cancel();
    runningAddress.cancel();
    env.history.pushState(null, '', addressOf(lab(), env.location, runB()));
    apply(entry.decoded.state, entry.cells ?? undefined, 'saved table');
    applyRunB(entry.decoded);
    mine = { id: entry.id, rev: entry.rev };
    ownWork = true;
    writeAddress();
    showRecent();
  };
  lab().attachSavedTables({ open });

  const onPopState = () => {
    address.cancel();
    runningAddress.cancel();
    const decoded = decode(env.location.search, { runs });
    // An entry without state (the page before the app wrote any) leaves the state as it is.
    if (!decoded.carriesState) {
      writeAddress();
      return;
    }
    if (encode(decoded.state) !== encode(setupOf(lab()))) apply(decoded.state);
    applyRunB(decoded);
    notify(decoded.problems, 'link');
    // A lesson's hold can refuse the entry's iteration (it said why), and an entry without run B leaves run B as it
    // is: the address then shows what is on screen.
    if (queryOfEntry(decoded) !== queryOf(lab(), runB())) address.request();
  };
  const onPageHide = () => {
    runningAddress.flush();
    address.flush();
    saver.flush();
  };
  env.addEventListener('popstate', onPopState);
  env.addEventListener('pagehide', onPageHide);

  // A shared classroom computer: forget what this browser kept, and open as a first visit does (the tutorial's
  // table at iteration 0, the default settings). Nothing is saved again until the next edit.
  const startFresh = () => {
    saver.cancel();
    address.cancel();
    runningAddress.cancel();
    forgetSaved(env.storage as Partial<ForgettableStorage> | null);
    ownWork = false;
    mine = null;
    showRecent([]);
    for (const notice of lab().notices) lab().dismissNotice(notice.id);
    // A first visit has one run (ending Compare here is no edit to keep).
    applying = true;
    try {
      comparison?.getState().stopComparing('A');
    } finally {
      applying = false;
    }
    apply(defaultSharedState());
    lab().setSpeed(DEFAULT_SETTINGS.speed);
    lab().setStopAt(DEFAULT_SETTINGS.stopAt);
    lab().setDigits(SIGNIFICANT_DIGITS);
    lab().setFault(null);
    lab().reset();
    env.history.replaceState(null, '', addressOf(lab(), env.location, runB()));
    lab().addNotice(t`Started fresh: the table and settings this browser kept are forgotten.`, 'info');
  };

  // While comparing, run B's setup is part of the address too; Compare started or stopped changes it.
  // and it is an edit worth keeping across a reload, as run A's are (a run B that only follows A's clock writes nothing).
  const stopFollowingB = comparison
    ? followRunB(comparison, () => {
        address.request();
        if (applying) return;
        ownWork = true;
        saver.request();
      })
    : () => {};

  const disconnect = () => {
    unsubscribe();
    stopFollowingB();
    stopLanguage();
    stopHearing();
    lab().attachSavedTables(null);
    env.removeEventListener('popstate', onPopState);
    env.removeEventListener('pagehide', onPageHide);
    runningAddress.flush();
    address.flush();
    saver.flush();
  };
  return Object.assign(disconnect, { startFresh });
}

/** Disconnects sharing when called; `startFresh()` forgets what this browser kept and opens as a first visit. */
export type Sharing = (() => void) & { startFresh(): void };
