import { describe, expect, it } from 'vitest';
import { createLabStore, runSegmentsOf } from '../../state';
import { problemText, type ImportResult } from './importProblem';
import { quote } from '../../text/userText';
import { importText } from './importFile';
import { applySetup, setupOf, stateJson, type FileSetup } from '../../state/setup';
import { historyCsv } from './historyCsv';
import { recordHistory } from './recordHistory';

const TUTORIAL = [[0, 1, 1], [1, 0, 0], [1, 0, 1]];

/** A store at 13,000 after the lesson's edit at 10,000 (row 3's target 0) and a rate of 0.5 from 12,000. */
function lessonStore() {
  const store = createLabStore();
  store.setState({ iteration: 10_000, trainedTo: 10_000 });
  store.getState().setCell(2, 3, '0');
  store.setState({ iteration: 12_000, trainedTo: 12_000 });
  store.getState().setLearningRate(0.5);
  store.setState({ iteration: 13_000, trainedTo: 13_000 });
  return store;
}

/** Applies an import as the Save & open menu does. */
function applyImport(store: ReturnType<typeof createLabStore>, imported: FileSetup) {
  applySetup(store, imported, { source: 'file' });
}

function valueOf<T>(result: ImportResult<T>): T {
  if (!result.ok) throw new Error(`expected the import to succeed, got ${result.errors.map(problemText).join(' | ')}`);
  return result.value;
}

describe('state files of a run with edits', () => {
  it('write the first table and the later segments, and a fresh store reads the same run back', () => {
    const store = lessonStore();
    const text = stateJson(setupOf(store.getState()));
    const document = JSON.parse(text) as Record<string, unknown>;
    expect(document.table).toEqual({ inputs: TUTORIAL, targets: [1, 0, 1] });
    expect(document.learningRate).toBe(1);
    expect(document.later).toEqual([
      { from: 10_000, table: { inputs: TUTORIAL, targets: [1, 0, 0] }, learningRate: 1 },
      { from: 12_000, table: { inputs: TUTORIAL, targets: [1, 0, 0] }, learningRate: 0.5 },
    ]);
    const fresh = createLabStore();
    fresh.setState({ iteration: 500 });
    applyImport(fresh, valueOf(importText(text)));
    expect(runSegmentsOf(fresh.getState())).toEqual(runSegmentsOf(store.getState()));
    expect(fresh.getState().iteration).toBe(13_000);
    expect(fresh.getState().rows.map((row) => row.cells[3])).toEqual(['1', '0', '0']);
  });

  it('of a run without edits have no "later", and importing one at iteration 500 makes no edit of its rate', () => {
    const store = createLabStore();
    store.setState({ iteration: 500, learningRate: 0.5 });
    const text = stateJson(setupOf(store.getState()));
    expect(JSON.parse(text)).not.toHaveProperty('later');
    const fresh = createLabStore();
    fresh.setState({ iteration: 500 });
    applyImport(fresh, valueOf(importText(text)));
    expect(fresh.getState().pastSegments).toEqual([]);
    expect(fresh.getState().learningRate).toBe(0.5);
  });

  it('with a bad later segment are refused as a whole (nothing is applied), each problem naming where', () => {
    const good = JSON.parse(stateJson(setupOf(lessonStore().getState()))) as { later: Record<string, unknown>[] };
    const bad = (change: (later: Record<string, unknown>[]) => unknown) => {
      const document = structuredClone(good);
      document.later = change(document.later) as Record<string, unknown>[];
      const result = importText(JSON.stringify(document));
      if (result.ok) throw new Error('expected the import to fail');
      return result.errors.map(problemText);
    };
    expect(bad((later) => [later[1], later[0]])).toEqual([
      'later[2].from: 10000 is not allowed; it must be a whole number after the segment before\'s 12000 and at most 4294967295.',
    ]);
    expect(bad((later) => [{ ...later[0], table: { inputs: TUTORIAL, targets: [1, 0, 2] } }])).toEqual([
      'later[1].Row 3, Target: 2 is outside 0 to 1; a target must be from 0 to 1.',
    ]);
    expect(bad((later) => [{ ...later[0], learningRate: 0 }])).toEqual([
      `later[1].learningRate: Learning rate: ${quote('0')} is not allowed; the learning rate must be above 0 and at most 1000.`,
    ]);
    expect(bad(() => 'x')).toEqual([`later: the text ${quote('x')} was found; the later segments are a list of { "from", "table", "learningRate" }.`]);
  });
});

describe('the history of a run with edits', () => {
  it('is retrained segment by segment, each line naming the iteration its table starts from', async () => {
    const store = lessonStore();
    const [first, ...later] = runSegmentsOf(store.getState());
    const iterations = Float64Array.from([0, 9_999, 10_000, 12_000, 13_000]);
    const history = await recordHistory({ inputs: first!.inputs, targets: first!.targets, seed: 1, learningRate: 1, later }, iterations);
    expect(Array.from(history.segmentStarts!)).toEqual([0, 0, 10_000, 12_000, 12_000]);
    const plain = await recordHistory({ inputs: TUTORIAL, targets: [1, 0, 1], seed: 1, learningRate: 1 }, Float64Array.from([0, 9_999, 10_000]));
    expect(Array.from(history.weights).slice(0, 9)).toEqual(Array.from(plain.weights));
    // At 10,000 the weights are the tutorial's, the outputs theirs; the error line is the new table's (row 3's target 0).
    const csv = historyCsv(history).split('\r\n');
    expect(csv[0]).toBe('Iteration,Table from iteration,Weight 1,Weight 2,Weight 3,Mean squared error,Output row 1,Output row 2,Output row 3');
    expect(csv[3]!.startsWith('10000,10000,')).toBe(true);
    expect(csv[2]!.startsWith('9999,0,')).toBe(true);
  });
});
