import { MAX_CELL_CHARS, MAX_ROWS } from '../limits';
import type { RowDraft } from '../table';
import { decode, type Decoded } from '../url/codec';
import { RUN_B_SUFFIX } from '../share/runBSuffix';

/**
 * The tables a person made in this browser, newest first: one entry per table (a tab's own work), so a second
 * tab's edit adds its table beside the first's instead of writing over it. Versioned with the link format each
 * entry embeds.
 */
export const SAVED_TABLES_KEY = 'neuron-lab:tables:v2';
/** The one saved table of the first version: read once, when there is no list yet, as the list's only entry. */
export const SAVED_TABLE_KEY = 'neuron-lab:last-table:v1';
/** The most tables kept: the oldest goes first. Each is a few kB at most. */
export const MAX_SAVED_TABLES = 8;

/** The part of the Web Storage API used here; every call may throw (private mode, quota, blocked storage). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** One saved table as stored: the state as a link (already checked and versioned) and the cells as typed. */
export interface SavedEntry {
  /** Which table this is: the same across its edits. */
  id: string;
  /** Changes with every write: a tab that sees a revision it did not write knows another tab wrote there. */
  rev: string;
  /** Milliseconds since 1970 (Date.now()) of the last edit saved. */
  savedAt: number;
  link: string;
  cells: RowDraft['cells'][];
}

/** A saved entry as read back: its link checked by the codec, its cells if they were readable. */
export interface ReadEntry {
  id: string;
  rev: string;
  savedAt: number;
  link: string;
  decoded: Decoded;
  cells: RowDraft['cells'][] | null;
}

export type ReadSaved =
  | { kind: 'none' }
  /** Storage is missing or refuses to be read: nothing can be kept on this device. */
  | { kind: 'refused' }
  | { kind: 'saved'; entries: ReadEntry[] }
  /** Something is saved, but not in the format this app saves (the page says so; the tutorial's table is shown). */
  | { kind: 'unreadable' };

/**
 * The cells as saved, or null when they are not rows of four texts. The app never saves a cell longer than
 * MAX_CELL_CHARS (they are refused at the door); one found anyway comes back empty, and the rest as typed.
 */
function cellsOf(value: unknown): RowDraft['cells'][] | null {
  const rows =
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= MAX_ROWS &&
    value.every((row) => Array.isArray(row) && row.length === 4 && row.every((cell) => typeof cell === 'string'));
  if (!rows) return null;
  return (value as string[][]).map((row) => row.map((cell) => (cell.length > MAX_CELL_CHARS ? '' : cell)) as RowDraft['cells']);
}

/** A saved link is read as a shared one: run A, and run B when it was saved while comparing (`lr.b=0.1`). */
const decodeSaved = (link: string): Decoded => decode(link, { runs: [RUN_B_SUFFIX] });

function entryOf(value: unknown): ReadEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, rev, savedAt, link, cells } = value as Partial<Record<keyof SavedEntry, unknown>>;
  if (typeof id !== 'string' || typeof rev !== 'string' || typeof link !== 'string') return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  return { id, rev, savedAt, link, decoded: decodeSaved(link), cells: cellsOf(cells) };
}

function getItem(storage: StorageLike | null, key: string): string | null | undefined {
  try {
    return storage ? storage.getItem(key) : undefined;
  } catch {
    return undefined; // Storage that refuses to be read holds nothing we could have saved.
  }
}

/** Reads the saved tables, newest first. Never throws: missing, blocked or corrupt storage each come back as what they are. */
export function readSavedTables(storage: StorageLike | null): ReadSaved {
  const text = getItem(storage, SAVED_TABLES_KEY);
  if (text === undefined) return { kind: 'refused' };
  if (text === null) return readFirstVersion(storage);
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { kind: 'unreadable' };
  }
  const list = (saved as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return { kind: 'unreadable' };
  const entries = list.slice(0, MAX_SAVED_TABLES).map(entryOf).filter((entry) => entry !== null);
  return entries.length > 0 ? { kind: 'saved', entries } : { kind: 'none' };
}

function readFirstVersion(storage: StorageLike | null): ReadSaved {
  const text = getItem(storage, SAVED_TABLE_KEY);
  if (text === null || text === undefined) return { kind: 'none' };
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { kind: 'unreadable' };
  }
  const link = (saved as { link?: unknown } | null)?.link;
  if (typeof link !== 'string') return { kind: 'unreadable' };
  const cells = cellsOf((saved as { cells?: unknown }).cells);
  return { kind: 'saved', entries: [{ id: 'first-version', rev: 'first-version', savedAt: 0, link, decoded: decodeSaved(link), cells }] };
}

function storedEntries(storage: StorageLike): SavedEntry[] {
  const read = readSavedTables(storage);
  if (read.kind !== 'saved') return [];
  return read.entries.map(({ id, rev, savedAt, link, cells }) => ({ id, rev, savedAt, link, cells: cells ?? [] }));
}

/**
 * Saves one table as the newest, in place of its earlier version (same id) and beside every other. When storage
 * is full the oldest tables give way, one at a time. Returns false when even this one table cannot be kept
 * (storage missing, full or blocked): the app works on without it, and says so.
 */
export function writeSavedTable(storage: StorageLike | null, entry: SavedEntry): boolean {
  if (!storage) return false;
  let entries: SavedEntry[];
  try {
    entries = [entry, ...storedEntries(storage).filter((other) => other.id !== entry.id)].slice(0, MAX_SAVED_TABLES);
  } catch {
    return false;
  }
  while (entries.length > 0) {
    try {
      storage.setItem(SAVED_TABLES_KEY, JSON.stringify({ entries }));
      return true;
    } catch {
      entries = entries.slice(0, -1);
    }
  }
  return false;
}
