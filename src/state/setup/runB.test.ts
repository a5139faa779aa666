import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainMessage } from '../../text/userText';
import { decode, encode } from '../url/codec';
import { sharedStateArb } from '../url/testing/arbitraries';
import { SETUP_FIELDS } from './fields';
import { defaultSetup } from './defaults';
import { setupProblems } from './validate';
import { runDocument, setupDocument } from './file';
import { readStateFile, stateJson, STATE_FORMAT, STATE_VERSION } from './stateFile';
import type { AnySetupField } from './field';
import type { FileProblem, Json } from './setup';
import { BAD, fileWith, linkWith } from './testing/badValues';
import { readSavedTables, writeSavedTable, type StorageLike } from './savedTables';

/*
 * Run B (Compare) through the same schema: each run field (scope 'run') round-trips through a link's ".b" parts,
 * a state file's "runB" and the tables saved in this browser, and a bad value of it is refused there exactly as
 * run A's is, named for run B.
 */

const RUN_FIELDS = SETUP_FIELDS.filter((field) => field.scope === 'run');
const problemText = (problem: FileProblem) => plainMessage(problem.where === null ? problem.message : `${problem.where}: ${problem.message}`);

/** A link of the default setup (twice: runs A and B) with one of run B's parts as given. */
const runBLinkWith = (field: AnySetupField, text: string) => `${encode(defaultSetup())}&${field.link.name}.b=${encodeURIComponent(text)}`;

/** A state file of the default setup, with a run B whose one field is as given. */
function runBFileWith(field: AnySetupField, value: Json): string {
  const runB = { ...runDocument(defaultSetup()), [field.file.path[0]]: value };
  return JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, ...setupDocument(defaultSetup()), runB });
}

/** localStorage in memory, as the tables saved in this browser use it. */
function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** A link saved in this browser and read back: the decoded entry, as a reload without a link opens it. */
function savedAndRead(link: string) {
  const storage = memoryStorage();
  expect(writeSavedTable(storage, { id: 'mine', rev: 'r1', savedAt: 1, link, cells: [] })).toBe(true);
  const read = readSavedTables(storage);
  if (read.kind !== 'saved') throw new Error(`nothing saved: ${read.kind}`);
  return read.entries[0]!.decoded;
}

describe('a state file with run B', () => {
  it("writes run B's run fields under runB, without an iteration (B keeps A's clock) and without the screen's fields", () => {
    const b = { ...defaultSetup(), seed: 7, learningRate: 0.1 };
    const document = JSON.parse(stateJson(defaultSetup(), b)) as Record<string, unknown>;
    expect(document.runB).toEqual({ table: { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] }, testInput: [1, 0, 1], seed: 7, learningRate: 0.1 });
    expect(readStateFile(stateJson(defaultSetup())).runB).toBeUndefined();
  });

  it('is refused as a whole when run B is not an object, saying where', () => {
    const text = JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, ...setupDocument(defaultSetup()), runB: 7 });
    const read = readStateFile(text);
    expect(read.setup).toBeUndefined();
    expect(read.problems.map(problemText)).toEqual(['runB: 7 was found; run B is an object with its own "table" and settings.']);
  });
});

describe.each(RUN_FIELDS.map((field) => [field.key, field] as const))('run B field %s', (key, field) => {
  it("round-trips through the link's .b parts and the state file's runB, for any valid runs A and B", () => {
    fc.assert(
      fc.property(sharedStateArb, sharedStateArb, (a, b) => {
        expect(decode(encode(a, [{ suffix: 'b', setup: b }]), { runs: ['b'] }).others![0]![key]).toEqual(b[key]);
        // The tables saved in this browser keep a link with run B (at run A's iteration, as Compare writes it).
        const saved = savedAndRead(encode(a, [{ suffix: 'b', setup: { ...b, iteration: a.iteration } }]));
        expect(saved.othersNamed).toEqual([true]);
        expect(saved.others![0]![key]).toEqual(key === 'iteration' ? a.iteration : b[key]);
        expect(saved.state[key]).toEqual(a[key]);
        if (key === 'iteration') return; // a file's run B is shown at the file's iteration
        const file = readStateFile(stateJson(a, b));
        expect(file.problems).toEqual([]);
        expect(file.setup?.[key]).toEqual(a[key]);
        expect(file.runB?.[key]).toEqual(b[key]);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  const bad = BAD[key];
  it("refuses a bad value as run A's is: the link's part falls back to its default with run A's words, the file names runB", () => {
    // The link: run B's part is named, with the words run A's part gets, and falls back to its default.
    const decoded = decode(runBLinkWith(field, bad.link), { runs: ['b'] });
    const asRunA = decode(linkWith(field, bad.link));
    const runAProblems = asRunA.problems.filter((problem) => problem.part === field.link.name);
    expect(runAProblems.length).toBeGreaterThan(0);
    expect(decoded.problems).toEqual(runAProblems.map((problem) => ({ part: `${field.link.name}.b`, message: problem.message })));
    expect(decoded.others![0]![key]).toEqual(asRunA.state[key]);
    expect(setupProblems(decoded.others![0]!)).toEqual([]);
    expect(decoded.state).toEqual(decode(encode(defaultSetup())).state);
    // A saved table with that part (a browser's storage is input too) is read exactly as the link is.
    expect(savedAndRead(runBLinkWith(field, bad.link))).toEqual(decoded);
    if (key === 'iteration') return;
    // The state file: refused as a whole, the first problem run A's own, its place under runB.
    const file = readStateFile(runBFileWith(field, bad.file));
    expect(file.setup).toBeUndefined();
    expect(file.runB).toBeUndefined();
    const asRunAFile = readStateFile(fileWith(field, bad.file));
    const first = asRunAFile.problems[0]!;
    expect(problemText(file.problems[0]!)).toBe(problemText({ where: first.where === null ? 'runB' : `runB.${first.where}`, message: first.message }));
    expect(problemText(asRunAFile.problems[0]!)).toMatch(bad.fileSays);
  });
});
