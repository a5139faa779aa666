import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvParse } from 'd3-dsv';
import reference from '../../core/fixtures/reference.json';
import compareFixture from '../../../e2e/fixtures/compare.json';
import { plainMessage } from '../../text/userText';
import { stateJson } from '../../state/setup';
import { defaultSetup } from '../../state/setup/defaults';
import { sharedStateArb } from '../../state/url/testing/arbitraries';
import { problemText, type ImportResult } from './importProblem';
import { importText } from './importFile';
import { tableCsv } from './tableCsv';
import { runsHistoryCsv } from './historyCsv';
import { historyIterations, recordHistory } from './recordHistory';

/*
 * Compare's files: a state file with run B, a table file with a Run column and a history with a Run column, each
 * read back exactly; bad files refused with messages that say where.
 */

function valueOf<T>(result: ImportResult<T>): T {
  if (!result.ok) throw new Error(`expected the import to succeed, got ${result.errors.map(problemText).join(' | ')}`);
  return result.value;
}
function errorsOf<T>(result: ImportResult<T>): string[] {
  if (result.ok) throw new Error(`expected the import to fail, got ${JSON.stringify(result.value)}`);
  return result.errors.map((problem) => plainMessage(problemText(problem)));
}

const tutorialTable = { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] };
const xorTable = { inputs: [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], targets: [0, 1, 1, 0] };

describe('a state file with run B, as importText reads it', () => {
  it('gives both runs of any valid pair back exactly (property)', () => {
    fc.assert(
      fc.property(sharedStateArb, sharedStateArb, (a, b) => {
        const { kind, runB, ...setup } = valueOf(importText(stateJson(a, b)));
        expect(kind).toBe('state');
        expect(setup).toEqual(a);
        // Run B's run fields, the iteration aside: B is shown at the file's iteration.
        expect(runB).toEqual({ dataset: b.dataset, testInput: b.testInput, seed: b.seed, learningRate: b.learningRate, ...(b.laterSegments ? { laterSegments: b.laterSegments } : {}) });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("refuses a file whose run B is bad, naming runB and the rule, as run A's would be", () => {
    const text = stateJson(defaultSetup(), { ...defaultSetup(), seed: 7 }).replace('"seed": 7', '"seed": -3');
    expect(errorsOf(importText(text))).toEqual(["runB: Seed: '-3' is not allowed; the seed must be a whole number from 0 to 4294967295."]);
  });
});

describe('tableCsv and importText: a table file with a Run column', () => {
  it('writes run A then run B, each row starting with its run, and reads both tables back', () => {
    const text = tableCsv(tutorialTable, xorTable);
    expect(text).toBe('Run,Input 1,Input 2,Input 3,Target\nA,0,1,1,1\nA,1,0,0,0\nA,1,0,1,1\nB,0,0,1,0\nB,0,1,1,1\nB,1,0,1,1\nB,1,1,1,0\n');
    expect(valueOf(importText(text))).toEqual({ kind: 'table', dataset: tutorialTable, runB: { dataset: xorTable } });
  });

  it('writes one table as it always read, with no Run column', () => {
    expect(tableCsv(tutorialTable)).toBe('Input 1,Input 2,Input 3,Target\n0,1,1,1\n1,0,0,0\n1,0,1,1\n');
    expect(valueOf(importText(tableCsv(tutorialTable)))).toEqual({ kind: 'table', dataset: tutorialTable });
  });

  it('keeps every double exactly, rows in any order of runs (property)', () => {
    const cell = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
    const table = fc
      .array(fc.tuple(cell, cell, cell, fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x))), { minLength: 1, maxLength: 8 })
      .map((rows) => ({ inputs: rows.map(([x, y, z]) => [x, y, z]), targets: rows.map((row) => row[3]) }));
    fc.assert(
      fc.property(table, table, (a, b) => {
        expect(valueOf(importText(tableCsv(a, b)))).toEqual({ kind: 'table', dataset: a, runB: { dataset: b } });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('refuses a row whose run is neither A nor B, rows of run B only, and says where', () => {
    expect(errorsOf(importText('Run,Input 1,Input 2,Input 3,Target\nA,0,1,1,1\nC,1,0,0,0\n'))).toEqual(["Line 3, Run: 'C' is not a run: the Run column says A or B."]);
    expect(errorsOf(importText('Run,Input 1,Input 2,Input 3,Target\nB,0,1,1,1\n'))).toEqual(["The file has rows of run B only: run A's table needs at least one row (Run A)."]);
    expect(errorsOf(importText('Run,Input 1,Input 2,Input 3,Target\nA,0,1,1\n'))).toEqual(['Line 2: has 4 values; each row needs 5 values: Run, Input 1, Input 2, Input 3, Target.']);
    expect(errorsOf(importText('Run,Input 1,Input 2,Input 3,Target\nB,0,x,1,1\nA,0,1,1,1\n'))[0]).toMatch(/^Line 2, Input 2: /);
  });

  it('says a history with a Run column is a history export, not a table', () => {
    expect(errorsOf(importText('Run,Iteration,Weight 1,Weight 2,Weight 3,Mean squared error,Output row 1\nA,0,1,2,3,0.5,0.5\n'))[0]).toMatch(/^Line 1: this is a history export/);
  });
});

describe('runsHistoryCsv: the history of runs A and B in one file', () => {
  it("has a Run column, A's lines then B's, and B's numbers NumPy's (read back with d3-dsv)", async () => {
    const tutorial = reference.cases['seed-tutorial'];
    const runB = compareFixture['rate-0.1'];
    const iterations = historyIterations(10, 3, 3, 2);
    const a = await recordHistory({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1, learningRate: 1 }, iterations);
    const b = await recordHistory({ inputs: tutorial.inputs, targets: tutorial.targets, seed: runB.seed, learningRate: runB.learningRate }, iterations);
    const rows = csvParse(runsHistoryCsv([{ run: 'A', history: a }, { run: 'B', history: b }]));
    expect(rows.columns).toEqual(['Run', 'Iteration', 'Weight 1', 'Weight 2', 'Weight 3', 'Mean squared error', 'Output row 1', 'Output row 2', 'Output row 3']);
    expect(rows.map((row) => `${row.Run}${row.Iteration}`)).toEqual([...Array.from({ length: 11 }, (_, k) => `A${k}`), ...Array.from({ length: 11 }, (_, k) => `B${k}`)]);
    // Run A at 10 is the tutorial's reference, bit for bit.
    const aAt10 = rows.find((row) => row.Run === 'A' && row.Iteration === '10')!;
    expect([1, 2, 3].map((j) => Number(aAt10[`Weight ${j}`]))).toEqual(tutorial.checkpoints.find((checkpoint) => checkpoint.iterations === 10)!.weights);
    // Run B's weights at 10 give NumPy's prediction for [1, 0, 1] (e2e/fixtures/make-compare-fixture.py).
    const bAt10 = rows.find((row) => row.Run === 'B' && row.Iteration === '10')!;
    const z = Number(bAt10['Weight 1']) + Number(bAt10['Weight 3']);
    expect(Math.abs(1 / (1 + Math.exp(-z)) / runB.predictions['10'] - 1)).toBeLessThan(1e-12);
  });

  it('leaves empty the rows a run does not have, and refuses runs with different numbers of inputs', () => {
    const one = { inputCount: 1, rowCount: 1, iterations: [0], weights: [0.5], mse: [0.25], outputs: [0.5] };
    const two = { inputCount: 1, rowCount: 2, iterations: [0], weights: [-1], mse: [0.125], outputs: [0.25, 0.75] };
    expect(runsHistoryCsv([{ run: 'A', history: one }, { run: 'B', history: two }])).toBe(
      'Run,Iteration,Weight 1,Mean squared error,Output row 1,Output row 2\r\nA,0,0.5,0.25,0.5,\r\nB,0,-1,0.125,0.25,0.75\r\n',
    );
    expect(() => runsHistoryCsv([{ run: 'A', history: one }, { run: 'B', history: { ...two, inputCount: 2, weights: [1, 2] } }])).toThrow(RangeError);
  });
});
