import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLabStore } from '../store';
import { plainMessage } from '../../text/userText';
import { decode, encode } from '../url/codec';
import { sharedStateArb } from '../url/testing/arbitraries';
import { SETUP_FIELDS, SETUP_KEYS } from './fields';
import { defaultSetup } from './defaults';
import { setupProblems } from './validate';
import { readStateFile, stateJson } from './stateFile';
import { readSavedTables, SAVED_TABLES_KEY, writeSavedTable, type StorageLike } from './savedTables';
import { applySetup } from './apply';
import { setupOf } from './fromStore';
import { RUN_KEYS, type Setup } from './setup';
import { BAD, fileWith, linkWith } from './testing/badValues';

/*
 * Table-driven over the schema: every field of SETUP_FIELDS is checked through every entry point (the link, the
 * state file, the table saved in this browser, the store). The tables below are typed by the setup's keys, so a
 * new field does not compile until it has its bad value here; the round trips take every field from the schema.
 */

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** The setup through the table saved in this browser (which keeps it as a link), read back. */
function throughSaved(setup: Setup): ReturnType<typeof decode> {
  const storage = memoryStorage();
  writeSavedTable(storage, { id: 'a', rev: 'r', savedAt: 1, link: encode(setup), cells: [['0', '1', '1', '1']] });
  const read = readSavedTables(storage);
  if (read.kind !== 'saved') throw new Error(`nothing saved: ${read.kind}`);
  return read.entries[0]!.decoded;
}

const problemText = (problem: { where: string | null; message: string }) => plainMessage(problem.where === null ? problem.message : `${problem.where}: ${problem.message}`);

describe('RUN_KEYS', () => {
  it("are exactly the fields of scope 'run', in the schema's order: a run's setup (run B, the Python script) is a Pick of them", () => {
    expect([...RUN_KEYS]).toEqual(SETUP_FIELDS.filter((field) => field.scope === 'run').map((field) => field.key));
  });
});

describe('the setup schema (SETUP_FIELDS)', () => {
  it('lists every field of the setup once, each with a link name and a file path of its own', () => {
    expect(SETUP_FIELDS.map((field) => field.key).sort()).toEqual([...SETUP_KEYS].sort());
    expect(new Set(SETUP_FIELDS.map((field) => field.link.name)).size).toBe(SETUP_FIELDS.length);
    expect(new Set(SETUP_FIELDS.map((field) => field.file.path.join('.'))).size).toBe(SETUP_FIELDS.length);
  });

  it('has defaults that pass its own validator, and that a link leaves out (except the parts always written)', () => {
    expect(setupProblems(defaultSetup())).toEqual([]);
    expect(encode(defaultSetup())).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=0');
  });
});

describe.each(SETUP_FIELDS.map((field) => [field.key, field] as const))('setup field %s', (key, field) => {
  it('round-trips through the link, the state file, the saved table and the store, for any valid setup', () => {
    fc.assert(
      fc.property(sharedStateArb, (setup) => {
        expect(setupProblems(setup)).toEqual([]);
        expect(decode(encode(setup)).state[key]).toEqual(setup[key]);
        expect(readStateFile(stateJson(setup)).setup?.[key]).toEqual(setup[key]);
        expect(throughSaved(setup).state[key]).toEqual(setup[key]);
        const store = createLabStore();
        applySetup(store, setup);
        expect(setupOf(store.getState())[key]).toEqual(setup[key]);
      }),
      { numRuns: 40 },
    );
  });

  const bad = BAD[key];
  it('refuses a bad value the same way at every entry point: the validator, the link, the saved table, the state file', () => {
    const fallback = defaultSetup()[key];
    // The one validator.
    expect(setupProblems({ ...defaultSetup(), [key]: bad.value } as Setup).length).toBeGreaterThan(0);
    // A link: that part falls back to its default, with a problem naming the part; the rest is read.
    const link = linkWith(field, bad.link);
    const decoded = decode(link);
    expect(decoded.problems.map((problem) => problem.part)).toContain(field.link.name);
    expect(decoded.state[key]).toEqual(fallback);
    expect(setupProblems(decoded.state)).toEqual([]);
    // A saved table keeps a link: it is read by the same codec, with the same problems.
    expect(throughSaved(decoded.state).problems).toEqual([]);
    const storage = memoryStorage();
    storage.setItem(SAVED_TABLES_KEY, JSON.stringify({ entries: [{ id: 'a', rev: 'r', savedAt: 1, link, cells: [['0', '1', '1', '1']] }] }));
    const saved = readSavedTables(storage);
    // (a saved link may carry run B too: run A's state and problems are the link's)
    const savedDecoded = saved.kind === 'saved' ? saved.entries[0]!.decoded : null;
    expect(savedDecoded && { state: savedDecoded.state, problems: savedDecoded.problems }).toEqual({ state: decoded.state, problems: decoded.problems });
    // A state file: refused as a whole, the first problem naming the field and the rule.
    const file = readStateFile(fileWith(field, bad.file));
    expect(file.setup).toBeUndefined();
    expect(problemText(file.problems[0]!)).toMatch(bad.fileSays);
  });
});
