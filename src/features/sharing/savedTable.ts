import { MAX_CELL_CHARS, MAX_ROWS, type RowDraft } from '../../state';
import { decode, type Decoded } from '../../state/url';

/** Where the last edited table lives. Versioned with the link format it embeds. */
export const SAVED_TABLE_KEY = 'neuron-lab:last-table:v1';


/** The part of the Web Storage API used here; every call may throw (private mode, quota, blocked storage). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** What is saved: the state as a link (the format is already checked and versioned) and the cells as typed. */
interface SavedTable {
  link: string;
  cells: RowDraft['cells'][];
}

export type ReadSaved =
  | { kind: 'none' }
  /** The saved state, checked by the codec, with any problems it found, and the cells as typed if they were readable. */
  | { kind: 'saved'; link: string; decoded: Decoded; cells: RowDraft['cells'][] | null }
  | { kind: 'unreadable'; message: string };

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

/** Reads the saved table. Never throws: missing, blocked or corrupt storage each come back as what they are. */
export function readSavedTable(storage: StorageLike | null): ReadSaved {
  let text: string | null;
  try {
    text = storage?.getItem(SAVED_TABLE_KEY) ?? null;
  } catch {
    return { kind: 'none' }; // Storage that refuses to be read holds nothing we could have saved.
  }
  if (text === null) return { kind: 'none' };
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', message: 'it is not in the format this app saves; the tutorial\'s table is shown.' };
  }
  const link = (saved as Partial<SavedTable> | null)?.link;
  if (typeof link !== 'string') {
    return { kind: 'unreadable', message: 'it is not in the format this app saves; the tutorial\'s table is shown.' };
  }
  const cells = (saved as Partial<SavedTable>).cells;
  return { kind: 'saved', link, decoded: decode(link), cells: cellsOf(cells) };
}

/** Saves the table. Returns false when storage is missing, full or blocked: the app works on without it. */
export function writeSavedTable(storage: StorageLike | null, link: string, rows: readonly RowDraft[]): boolean {
  if (!storage) return false;
  const saved: SavedTable = { link, cells: rows.map((row) => [...row.cells]) };
  try {
    storage.setItem(SAVED_TABLE_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}
