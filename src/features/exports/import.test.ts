import { describe, expect, it } from 'vitest';
import { plainMessage } from '../../text/userText';
import fc from 'fast-check';
import { createLabStore } from '../../state';
import { MAX_IMPORT_CHARS, MAX_LISTED_PROBLEMS, problemText, type ImportResult } from './importProblem';
import { importFile, importText } from './importFile';
import { STATE_FORMAT, applySetup, setupOf, stateJson, type Setup } from '../../state/setup';
import { sharedStateArb } from '../../state/url/testing/arbitraries';

/** Every problem of a failed import as one text per problem; fails the test if the import succeeded. */
function errorsOf<T>(result: ImportResult<T>): string[] {
  if (result.ok) throw new Error(`expected the import to fail, got ${JSON.stringify(result.value)}`);
  return result.errors.map((problem) => plainMessage(problemText(problem)));
}

function valueOf<T>(result: ImportResult<T>): T {
  if (!result.ok) throw new Error(`expected the import to succeed, got ${result.errors.map(problemText).join(' | ')}`);
  return result.value;
}

const tutorialTable = { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] };

describe('importText: CSV tables', () => {
  it('reads a table with the header Input 1, Input 2, Input 3, Target', () => {
    expect(valueOf(importText('Input 1,Input 2,Input 3,Target\n0,1,1,1\n1,0,0,0\n1,0,1,1\n'))).toEqual({ kind: 'table', dataset: tutorialTable });
  });

  it('reads a table without a header, with CRLF line ends, a byte order mark and blank lines', () => {
    expect(valueOf(importText('\uFEFF0,1,1,1\r\n\r\n1,0,0,0\r\n1,0,1,1\r\n\r\n')).dataset).toEqual(tutorialTable);
  });

  it('reads semicolons with decimal commas, tabs, quotes and a trailing empty field', () => {
    expect(valueOf(importText('"Input 1";"Input 2";"Input 3";"Target"\n0,5;-1,25;2;0,9\n')).dataset).toEqual({ inputs: [[0.5, -1.25, 2]], targets: [0.9] });
    expect(valueOf(importText('0.5\t-1.25\t2\t0.9\n')).dataset).toEqual({ inputs: [[0.5, -1.25, 2]], targets: [0.9] });
    expect(valueOf(importText('0.5,-1.25,2,0.9,\n1e-7,3,-0,1\n')).dataset).toEqual({ inputs: [[0.5, -1.25, 2], [1e-7, 3, 0]], targets: [0.9, 1] });
  });

  it('reads quoted fields as RFC 4180 says: separators, doubled quotes and line breaks inside quotes', () => {
    expect(valueOf(importText('"Input 1","Input ""2""","Input\n3",Target\n"0","1",1,"1"\n')).dataset).toEqual({ inputs: [[0, 1, 1]], targets: [1] });
    // A quoted "1,5" is one field: refused by the comma rule, with what to type, on the line an editor shows.
    expect(errorsOf(importText('Input 1,"Input\n2",Input 3,Target\n"1,5",0,0,1\n'))).toEqual([
      "Line 3, Input 1: '1,5' has a comma, which could group thousands or mark a decimal; type 15 without the comma, or 1.5 with a decimal point; type a number.",
    ]);
  });

  it('quotes at most a short piece of a junk file: 990 kB on one line gives a short message', () => {
    for (const junk of ['x'.repeat(990_000), `${'x,'.repeat(3)}${'y'.repeat(990_000)}`, Array.from({ length: 9_000 }, () => 'zzz;'.repeat(25)).join('\n')]) {
      const errors = errorsOf(importText(junk));
      expect(errors.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 1);
      for (const error of errors) expect(error.length).toBeLessThan(200);
    }
  });

  it('keeps every double exactly', () => {
    const value = valueOf(importText('0.1,0.30000000000000004,-3.3333333333333335,0.123456789012345\n'));
    expect(value.dataset.inputs[0]).toEqual([0.1, 0.30000000000000004, -3.3333333333333335]);
    expect(value.dataset.targets[0]).toBe(0.123456789012345);
  });

  it.each([
    ['an empty file', '', ['The file is empty: a table file has one row per line.']],
    ['a file of blank lines', '  \n\n \r\n', ['The file is empty: a table file has one row per line.']],
    ['a header and no rows', 'Input 1,Input 2,Input 3,Target\n', ['The file has a header but no rows: add at least one row of numbers.']],
    ['a row of 3 values', '0,1,1,1\n1,0,0\n', ['Line 2: has 3 values; each row needs 4 values: Input 1, Input 2, Input 3, Target.']],
    ['a row of 5 values', '0,1,1,1,1\n', ['Line 1: has 5 values; each row needs 4 values: Input 1, Input 2, Input 3, Target.']],
    ['a header of 3 columns', 'a,b,c\n0,1,1\n', ["Line 1: the header has 3 columns ('a, b, c'); each row needs 4 values: Input 1, Input 2, Input 3, Target.", 'Line 2: has 3 values; each row needs 4 values: Input 1, Input 2, Input 3, Target.']],
    ['NaN', '0,NaN,1,1\n', ["Line 1, Input 2: 'NaN' is not a number; type a number."]],
    ['a word in the target', '0,1,1,yes\n', ["Line 1, Target: 'yes' is not a number; type a number from 0 to 1."]],
    ['an empty cell', '0,,1,1\n', ['Line 1, Input 2: is empty; type a number.']],
    ['a target above 1', '0,1,1,1.5\n', ['Line 1, Target: 1.5 is outside 0 to 1; a target must be from 0 to 1.']],
    ['a target below 0', '\n\n0,1,1,-0.1\n', ['Line 3, Target: -0.1 is outside 0 to 1; a target must be from 0 to 1.']],
    ['an input too large', '1e7,1,1,1\n', ['Line 1, Input 1: 10000000 is too large to train on; an input must be from -1000000 to 1000000.']],
    ['Infinity', '0,1,Infinity,1\n', ["Line 1, Input 3: 'Infinity' is not a number; type a number."]],
  ])('refuses %s, naming the line and the column', (_what, text, expected) => {
    expect(errorsOf(importText(text))).toEqual(expected);
  });

  it('refuses more than 64 rows', () => {
    const text = Array.from({ length: 65 }, () => '0,1,1,1').join('\n');
    expect(errorsOf(importText(text))).toEqual(['The file has 65 rows: a table may have at most 64.']);
    expect(valueOf(importText(text.split('\n').slice(1).join('\n')))!.dataset.inputs.length).toBe(64);
  });

  it('says when the file is a history export rather than a table', () => {
    expect(errorsOf(importText('Iteration,Weight 1,Weight 2,Weight 3,Mean squared error,Output row 1\n0,1,2,3,0.5,0.5\n'))[0]).toMatch(
      /^Line 1: this is a history export .*a table file has the columns Input 1, Input 2, Input 3, Target\.$/,
    );
  });

  it('lists the first 5 problems and says how many more there were', () => {
    const errors = errorsOf(importText(Array.from({ length: 30 }, () => 'x,1,1,1').join('\n')));
    expect(errors.length).toBe(MAX_LISTED_PROBLEMS + 1);
    expect(errors.at(-1)).toBe('... and 25 more problems.');
  });
});

describe('importText: refuses files it should not read', () => {
  it('refuses a file over the size limit without parsing it', () => {
    expect(errorsOf(importText('0,1,1,1\n'.repeat(MAX_IMPORT_CHARS / 8 + 1)))).toEqual([
      'The file is 1.0 MB: a table or state file is a few kB, at most 1.0 MB. Is it the right file?',
    ]);
  });

  it('refuses a huge Blob by its size, before reading it', async () => {
    const huge = { size: 50e6, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(errorsOf(await importFile(huge))).toEqual(['The file is 50.0 MB: a table or state file is a few kB, at most 1.0 MB. Is it the right file?']);
  });

  it('reads a small Blob', async () => {
    expect(valueOf(await importFile(new Blob(['0,1,1,1\n']))).dataset).toEqual({ inputs: [[0, 1, 1]], targets: [1] });
  });

  it('refuses a binary file', () => {
    expect(errorsOf(importText('\u0089PNG\r\n\u001a\n\u0000\u0000'))).toEqual([
      'This is not a text file: choose a .csv table or a .json state saved by Neuron Lab.',
    ]);
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.array(fc.array(fc.double()).map((row) => row.join(','))).map((rows) => rows.join('\n'))), (text) => {
        const result = importText(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const problem of result.errors) expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

/** A file as this app wrote it before the setup had one schema: the view held three options, nothing more. */
const firstFile = {
  format: STATE_FORMAT,
  version: 1,
  table: { inputs: [[0.5, -1.25, 2], [-0.3, 0.7, 0.1], [1e-7, 0, 1e6]], targets: [0.9, 0.2, 0] },
  testInput: [-0.75, 0.1, 2.5],
  seed: 4294967295,
  learningRate: 0.35,
  iteration: 12345,
  view: { logAxis: true, presenter: false, hiddenPanels: ['sigmoid', 'math'] },
};

/** That file's setup; every field it leaves out at its default. */
const setup: Setup = {
  dataset: firstFile.table,
  testInput: [-0.75, 0.1, 2.5],
  seed: 4294967295,
  learningRate: 0.35,
  iteration: 12345,
  stopAt: 10_000,
  digits: 8,
  logAxis: true,
  presenter: false,
  hiddenPanels: ['sigmoid', 'math'],
  shownPanels: [],
  presenterPanels: ['weights', 'neuron'],
};

describe('stateJson and importText: state files', () => {
  it('writes a versioned document with one line per table row', () => {
    const text = stateJson(setup);
    expect(JSON.parse(text)).toMatchObject({ format: STATE_FORMAT, version: 1, seed: 4294967295, iteration: 12345 });
    expect(text).toContain('      [0.5, -1.25, 2],\n');
    expect(text).toContain('"hiddenPanels": ["sigmoid", "math"]');
  });

  it('reads a file of the first version as it always did: its parts, and nothing it left out', () => {
    const { dataset, testInput, seed, learningRate, iteration, logAxis, presenter, hiddenPanels } = setup;
    expect(valueOf(importText(JSON.stringify(firstFile, null, 2)))).toEqual({ kind: 'state', dataset, testInput, seed, learningRate, iteration, logAxis, presenter, hiddenPanels });
  });

  it('round-trips a state exactly', () => {
    expect(valueOf(importText(stateJson(setup)))).toEqual({ ...setup, kind: 'state' });
  });

  it('round-trips any valid state exactly, every field of the setup (property)', () => {
    fc.assert(
      fc.property(sharedStateArb, (s) => {
        expect(valueOf(importText(stateJson(s)))).toEqual({ ...s, kind: 'state' });
      }),
      { numRuns: 200 },
    );
  });

  it('restores only the parts a file has', () => {
    const text = JSON.stringify({ format: STATE_FORMAT, version: 1, table: tutorialTable, seed: 7 });
    expect(valueOf(importText(text))).toEqual({ kind: 'state', dataset: tutorialTable, seed: 7 });
  });

  it('drops unknown and repeated panels with a warning', () => {
    const text = JSON.stringify({ format: STATE_FORMAT, version: 1, table: tutorialTable, view: { hiddenPanels: ['math', 'oscilloscope', 'math'] } });
    const result = importText(text);
    expect(valueOf(result).hiddenPanels).toEqual(['math']);
    expect(result.ok && result.warnings.map(plainMessage)).toEqual(["The panel 'oscilloscope' is not one this app has: it was left out."]);
  });

  const state = (fields: Record<string, unknown>) => JSON.stringify({ format: STATE_FORMAT, version: 1, table: tutorialTable, ...fields });
  it.each([
    ['broken JSON', '{\n  "format": "neuron-lab-state",\n  "version": 1\n  "table": {}\n}', /^Line 4, column 3: the file stops being valid JSON here \(.+\)\.$/],
    ['a JSON list', '[1, 2, 3]', /^The file holds a list, not a Neuron Lab state/],
    ['another JSON document', '{"name": "package"}', /^format: nothing was found: this is not a Neuron Lab state file/],
    ['a newer version', JSON.stringify({ format: STATE_FORMAT, version: 2 }), /^version: the file was made by a newer Neuron Lab \(format version 2\)/],
    ['no version', JSON.stringify({ format: STATE_FORMAT }), /^version: nothing is not a version this app reads/],
    ['no table', JSON.stringify({ format: STATE_FORMAT, version: 1 }), /^table: nothing was found; the file needs a table/],
    ['a table without targets', state({ table: { inputs: [[0, 1, 1]] } }), /^table: the table needs two lists/],
    ['more targets than rows', state({ table: { inputs: [[0, 1, 1]], targets: [1, 0] } }), /^table: 1 rows of inputs but 2 targets/],
    ['65 rows', state({ table: { inputs: Array(65).fill([0, 1, 1]), targets: Array(65).fill(1) } }), /^table: the table has 65 rows: it may have at most 64\.$/],
    ['no rows', state({ table: { inputs: [], targets: [] } }), /^table: the table has no rows/],
    ['a row of 2 inputs', state({ table: { inputs: [[0, 1, 1], [1, 0]], targets: [1, 0] } }), /^Row 2: a list of 2 was found; each row needs 3 inputs\.$/],
    ['a text input', state({ table: { inputs: [[0, '1', 1]], targets: [1] } }), /^Row 1, Input 2: the text '1' is not allowed; it must be a number\.$/],
    ['a null input (NaN in JSON.stringify)', state({ table: { inputs: [[0, NaN, 1]], targets: [1] } }), /^Row 1, Input 2: null is not allowed/],
    ['a target of 2', state({ table: { inputs: [[0, 1, 1]], targets: [2] } }), /^Row 1, Target: 2 is outside 0 to 1/],
    ['a fractional seed', state({ seed: 1.5 }), /^Seed: '1.5' is not allowed; the seed must be a whole number from 0 to 4294967295\.$/],
    ['a seed as text', state({ seed: '1' }), /^seed: the text '1' is not allowed; it must be a number\.$/],
    ['a learning rate of 0', state({ learningRate: 0 }), /^Learning rate: '0' is not allowed/],
    ['a learning rate too large', state({ learningRate: 1001 }), /^Learning rate: '1001' is not allowed/],
    ['a fractional iteration', state({ iteration: 2.5 }), /^iteration: 2.5 is not allowed; the iteration must be a whole number from 0 to 4294967295\.$/],
    ['a test input of 2 numbers', state({ testInput: [1, 0] }), /^testInput: a list was found; the test input is a list of 3 numbers\.$/],
    ['a test input too large', state({ testInput: [1, 0, 1e9] }), /^Test input 3: '1000000000' is too large/],
    ['a view option as text', state({ view: { presenter: 'yes' } }), /^view.presenter: the text 'yes' is not allowed; it must be true or false\.$/],
  ])('refuses %s, naming the field', (_what, text, expected) => {
    const errors = errorsOf(importText(text));
    expect(errors[0]).toMatch(expected);
  });

  it('lists every bad field of a file at once', () => {
    const errors = errorsOf(importText(state({ seed: -1, learningRate: -2, iteration: -3 })));
    expect(errors.length).toBe(3);
  });
});

describe('applySetup(store, imported file)', () => {
  it('restores a state file: table, settings, view and iteration', () => {
    const store = createLabStore();
    store.getState().setPanelHidden('weights', true);
    applySetup(store, valueOf(importText(stateJson(setup))), { source: 'file' });
    expect(setupOf(store.getState())).toEqual(setup);
    expect(store.getState().rows.map((row) => row.cells)).toEqual([
      ['0.5', '-1.25', '2', '0.9'],
      ['-0.3', '0.7', '0.1', '0.2'],
      ['1e-7', '0', '1000000', '0'],
    ]);
  });

  it('replaces only the table for a CSV, keeping the settings and the iteration', () => {
    const store = createLabStore();
    store.getState().setSeed(42);
    store.getState().goTo(500);
    applySetup(store, valueOf(importText('0.5,0.5,0.5,0.5\n')), { source: 'file' });
    const state = store.getState();
    expect(state.dataset).toEqual({ inputs: [[0.5, 0.5, 0.5]], targets: [0.5] });
    expect(state.seed).toBe(42);
    expect(state.iteration).toBe(500);
    expect(state.tableProblems).toEqual([]);
  });
});
