import { describe, expect, it } from 'vitest';
import { createLabStore } from './store';
import { editIterations, runSegmentsOf, segmentAt } from './runSegments';

const TUTORIAL_INPUTS = [
  [0, 1, 1],
  [1, 0, 0],
  [1, 0, 1],
];

function atIteration(k: number) {
  const store = createLabStore();
  store.setState({ iteration: k, trainedTo: k });
  return { store, lab: () => store.getState() };
}

describe('the run as segments in the store', () => {
  it('an edit at iteration 0 changes the one table, as before', () => {
    const { lab } = atIteration(0);
    lab().setCell(2, 3, '0');
    expect(lab().pastSegments).toEqual([]);
    expect(lab().editedAt).toBe(0);
    expect(runSegmentsOf(lab())).toEqual([{ from: 0, inputs: TUTORIAL_INPUTS, targets: [1, 0, 0], learningRate: 1 }]);
  });

  it('an edit at 10,000 keeps the tutorial\'s table up to 10,000 and trains on the new one from there', () => {
    const { lab } = atIteration(10_000);
    lab().setCell(2, 3, '0');
    expect(runSegmentsOf(lab())).toEqual([
      { from: 0, inputs: TUTORIAL_INPUTS, targets: [1, 0, 1], learningRate: 1 },
      { from: 10_000, inputs: TUTORIAL_INPUTS, targets: [1, 0, 0], learningRate: 1 },
    ]);
    expect(editIterations(lab())).toEqual([10_000]);
  });

  it('typing "0.5" into a target makes one edit, not three; an invalid draft makes none', () => {
    const { lab } = atIteration(10_000);
    for (const text of ['0', '0.', '0.5', '0.5x', '0.5']) lab().setCell(2, 3, text);
    expect(runSegmentsOf(lab()).map((s) => [s.from, s.targets])).toEqual([
      [0, [1, 0, 1]],
      [10_000, [1, 0, 0.5]],
    ]);
  });

  it('a learning rate edit is a segment too; edits at later iterations add segments', () => {
    const { store, lab } = atIteration(100);
    lab().setLearningRate(0.5);
    store.setState({ iteration: 300 });
    lab().setCell(0, 0, '0.25');
    expect(runSegmentsOf(lab()).map((s) => [s.from, s.learningRate, s.inputs[0]![0]])).toEqual([
      [0, 1, 0],
      [100, 0.5, 0],
      [300, 0.5, 0.25],
    ]);
  });

  it('an edit back to the table the run had before it leaves one table', () => {
    const { lab } = atIteration(10_000);
    lab().setCell(2, 3, '0');
    lab().setCell(2, 3, '1');
    expect(lab().pastSegments).toEqual([]);
    expect(lab().editedAt).toBe(0);
  });

  it('a new seed, a preset, Reset and "Recompute from the start" make the run one table from 0', () => {
    for (const act of [
      (l: ReturnType<typeof createLabStore>['getState']) => l().setSeed(7),
      (l: ReturnType<typeof createLabStore>['getState']) => l().newSeed(),
      (l: ReturnType<typeof createLabStore>['getState']) => l().loadPreset('tutorial'),
      (l: ReturnType<typeof createLabStore>['getState']) => l().reset(),
      (l: ReturnType<typeof createLabStore>['getState']) => l().recomputeFromStart(),
    ]) {
      const { store, lab } = atIteration(10_000);
      lab().setCell(2, 3, '0');
      expect(lab().pastSegments).toHaveLength(1);
      act(store.getState);
      expect(lab().pastSegments).toEqual([]);
      expect(lab().editedAt).toBe(0);
    }
  });

  it('an edit while the run stands before an earlier edit drops the edits after it', () => {
    const { store, lab } = atIteration(10_000);
    lab().setCell(2, 3, '0');
    store.setState({ iteration: 5_000 });
    expect(segmentAt(lab(), 5_000)).toMatchObject({ index: 0, earlier: true });
    lab().editFromHere();
    expect(lab().pastSegments).toEqual([]);
    expect(lab().dataset.targets).toEqual([1, 0, 1]);
    expect(lab().rows.map((row) => row.cells[3])).toEqual(['1', '0', '1']);
    lab().setCell(0, 3, '0.5');
    expect(runSegmentsOf(lab()).map((s) => [s.from, s.targets])).toEqual([
      [0, [1, 0, 1]],
      [5_000, [0.5, 0, 1]],
    ]);
  });
});

describe('the 33rd table', () => {
  it('starts the run over on the new table from 0, and says so in a notice (never silently)', () => {
    const { store, lab } = atIteration(0);
    // 31 edits at 1,000, 2,000, ..., 31,000: with the table from 0 that is 32 tables, the most a run keeps.
    for (let k = 1; k <= 31; k++) {
      store.setState({ iteration: k * 1000, trainedTo: k * 1000 });
      lab().setCell(2, 3, k % 2 === 0 ? '1' : '0');
    }
    expect(runSegmentsOf(lab())).toHaveLength(32);
    expect(lab().notices).toEqual([]);
    store.setState({ iteration: 32_000, trainedTo: 32_000 });
    lab().setLearningRate(0.5);
    expect(runSegmentsOf(lab())).toEqual([{ from: 0, inputs: TUTORIAL_INPUTS, targets: [1, 0, 0], learningRate: 0.5 }]);
    expect(lab().notices.map((n) => [n.tone, n.text])).toEqual([
      ['warning', 'This run already has 32 tables, the most one run keeps, so this edit did not keep what was learned: the whole run is recomputed on the new table from iteration 0 up to 32,000.'],
    ]);
  });
});
