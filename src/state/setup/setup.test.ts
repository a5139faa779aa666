import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLabStore } from '../store';
import { plainMessage } from '../../text/userText';
import { decode, encode } from '../url/codec';
import { sharedStateArb } from '../url/testing/arbitraries';
import { SETUP_FIELDS, SETUP_KEYS } from './fields';
import { defaultSetup } from './defaults';
import { setupProblems } from './validate';
import { setupDocument } from './file';
import { readStateFile, stateJson, STATE_FORMAT, STATE_VERSION } from './stateFile';
import { readSavedTables, SAVED_TABLES_KEY, writeSavedTable, type StorageLike } from './savedTables';
import { applySetup } from './apply';
import { setupOf } from './fromStore';
import type { AnySetupField } from './field';
import type { Json, Setup, SetupKey } from './setup';

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

/** A link of the default setup with one field's part as given (in place of the default's, when it writes one). */
function linkWith(field: AnySetupField, text: string): string {
  const parts = encode(defaultSetup()).slice(1).split('&').filter((part) => !part.startsWith(`${field.link.name}=`));
  return `?${[...parts, `${field.link.name}=${encodeURIComponent(text)}`].join('&')}`;
}

/** A state file of the default setup with one field's value as given. */
function fileWith(field: AnySetupField, value: Json): string {
  const document = setupDocument(defaultSetup()) as Record<string, Record<string, unknown>>;
  const [key, inner] = field.file.path;
  if (inner === undefined) (document as Record<string, unknown>)[key] = value;
  else document[key] = { ...(document[key] ?? {}), [inner]: value };
  return JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, ...document });
}

interface BadValue {
  /** The value as the store would hold it: the validator refuses it. */
  value: unknown;
  /** The value as a link writes it. */
  link: string;
  /** The value as a state file writes it, and the first problem the file is refused with (where: message). */
  file: Json;
  fileSays: RegExp;
}

const TUTORIAL_ROWS = { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 0] };

const BAD: { [K in SetupKey]-?: BadValue } = {
  dataset: { value: { inputs: [[0, 1, 1]], targets: [2] }, link: '011-2', file: { inputs: [[0, 1, 1]], targets: [2] }, fileSays: /^Row 1, Target: 2 is outside 0 to 1/ },
  testInput: { value: [1, 0, 2e6], link: '1_0_2000000', file: [1, 0, 2e6], fileSays: /^Test input 3: '2000000' is too large/ },
  seed: { value: 1.5, link: '1.5', file: 1.5, fileSays: /^Seed: '1.5' is not allowed/ },
  learningRate: { value: 0, link: '0', file: 0, fileSays: /^Learning rate: '0' is not allowed/ },
  // A later segment must come after the start.
  laterSegments: {
    value: [{ from: 0, ...TUTORIAL_ROWS, learningRate: 1 }],
    link: '0:011-1,100-0,101-0',
    file: [{ from: 0, table: TUTORIAL_ROWS, learningRate: 1 }],
    fileSays: /^later\[1\]\.from: 0 is not allowed; it must be a whole number after 0/,
  },
  iteration: { value: -1, link: '-1', file: -1, fileSays: /^iteration: -1 is not allowed; the iteration must be a whole number from 0 to 4294967295\.$/ },
  stopAt: { value: 0, link: '0', file: 0, fileSays: /^stopAt: 0 is not allowed; Stop at must be a whole number from 1 to 4294967295, or null for no limit\.$/ },
  digits: { value: 3, link: '3', file: 3, fileSays: /^view\.digits: 3 is not allowed; the significant digits shown are 8, 4 or 2\.$/ },
  logAxis: { value: 'maybe', link: 'maybe', file: 'maybe', fileSays: /^view\.logAxis: the text 'maybe' is not allowed; it must be true or false\.$/ },
  presenter: { value: 'maybe', link: 'maybe', file: 'maybe', fileSays: /^view\.presenter: the text 'maybe' is not allowed; it must be true or false\.$/ },
  hiddenPanels: { value: ['oscilloscope'], link: 'oscilloscope', file: 'math', fileSays: /^view\.hiddenPanels: the text 'math' was found; it must be a list of panel names\.$/ },
  shownPanels: { value: ['oscilloscope'], link: 'oscilloscope', file: 'line', fileSays: /^view\.shownPanels: the text 'line' was found; it must be a list of panel names\.$/ },
  presenterPanels: {
    value: ['math', 'table'],
    link: 'math,table',
    file: ['math', 'table'],
    fileSays: /^view\.presenterPanels: a list is not allowed: 'math', 'table' cannot be shown in presenter mode \(weights, error, sigmoid, neuron can\)\.$/,
  },
};

const problemText = (problem: { where: string | null; message: string }) => plainMessage(problem.where === null ? problem.message : `${problem.where}: ${problem.message}`);

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
    expect(saved.kind === 'saved' && saved.entries[0]!.decoded).toEqual(decoded);
    // A state file: refused as a whole, the first problem naming the field and the rule.
    const file = readStateFile(fileWith(field, bad.file));
    expect(file.setup).toBeUndefined();
    expect(problemText(file.problems[0]!)).toMatch(bad.fileSays);
  });
});
