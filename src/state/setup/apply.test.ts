import { describe, expect, it } from 'vitest';
import { createLabStore } from '../store';
import { decode } from '../url/codec';
import { readStateFile, STATE_FORMAT } from './stateFile';
import { applySetup } from './apply';
import { findPreset } from '../presets';
import { setupOf } from './fromStore';

/*
 * Before the schema, a link and a state file were put in place by two appliers that behaved differently: a file's
 * table was never recognised as a preset (the picker said "custom" and the preset's note was not shown), its test
 * input went in one number at a time, and its rate was set apart from the table. Now both go through applySetup:
 * the same setup lands on the same store, whatever brought it. These tests pin that behaviour.
 */

const TUTORIAL = { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] };
const file = (fields: Record<string, unknown>) => {
  const read = readStateFile(JSON.stringify({ format: STATE_FORMAT, version: 1, table: TUTORIAL, ...fields }));
  if (!read.setup) throw new Error(read.problems.map((p) => p.message).join(' | '));
  return read.setup;
};

describe('applySetup: one way to put a setup in place', () => {
  it("names a preset's table as that preset, from a link and from a file alike, and keeps the setup's own seed", () => {
    const fromLink = createLabStore();
    applySetup(fromLink, decode('?v=1&data=011-1,100-0,101-1&seed=7&it=10').state);
    const fromFile = createLabStore();
    fromFile.getState().loadPreset('xor');
    applySetup(fromFile, file({ testInput: [1, 0, 1], seed: 7, learningRate: 1, iteration: 10 }), { source: 'file' });
    for (const store of [fromLink, fromFile]) {
      expect(store.getState().presetId).toBe('tutorial');
      expect(store.getState().presetNote).toBe(findPreset('tutorial')!.note);
      expect(store.getState().seed).toBe(7);
      expect(store.getState().iteration).toBe(10);
    }
    expect(setupOf(fromFile.getState())).toEqual(setupOf(fromLink.getState()));
  });

  it('does not name a preset when the test input is not the preset\'s', () => {
    const store = createLabStore();
    applySetup(store, file({ testInput: [0, 0, 1] }));
    expect(store.getState().presetId).toBe('custom');
    expect(store.getState().testInput).toEqual([0, 0, 1]);
  });

  it('keeps what the store has for every field a file leaves out; a link that leaves one out means its default', () => {
    const store = createLabStore();
    store.getState().setDigits(2);
    store.getState().setStopAt(null);
    store.getState().setSeed(42);
    store.getState().setPanelHidden('math', true);
    applySetup(store, file({ learningRate: 0.5 }), { source: 'file' });
    expect(store.getState()).toMatchObject({ digits: 2, stopAt: null, seed: 42, hiddenPanels: ['math'], learningRate: 0.5 });

    applySetup(store, decode('?v=1&data=011-1,100-0,101-1&seed=42&it=0').state);
    expect(store.getState()).toMatchObject({ digits: 8, stopAt: 10_000, seed: 42, hiddenPanels: [], learningRate: 1 });
  });

  it("drops the run's later segments with a table given without them (a CSV), and keeps the iteration shown", () => {
    const store = createLabStore();
    store.setState({ iteration: 10_000, trainedTo: 10_000 });
    store.getState().setCell(2, 3, '0');
    expect(store.getState().pastSegments.length).toBe(1);
    applySetup(store, { dataset: { inputs: [[0.5, 0.5, 0.5]], targets: [0.5] } }, { source: 'file' });
    expect(store.getState().pastSegments).toEqual([]);
    expect(store.getState().iteration).toBe(10_000);
    expect(setupOf(store.getState()).laterSegments).toBeUndefined();
  });
});
