import { describe, expect, it } from 'vitest';
import { createLabStore, runSegmentsOf } from '../../state';
import { decode, encode } from '../../state/url';
import { applySetup, setupOf } from '../../state/setup';

describe('a link of a run with edits', () => {
  it('carries the segments and puts them back in a fresh store, the edited table on screen', () => {
    const store = createLabStore();
    store.setState({ iteration: 10_000, trainedTo: 10_000 });
    store.getState().setCell(2, 3, '0');
    store.setState({ iteration: 12_000, trainedTo: 12_000 });
    store.getState().setLearningRate(0.5);
    store.setState({ iteration: 13_000, trainedTo: 13_000 });
    const link = encode(setupOf(store.getState()));
    expect(link).toBe('?v=1&data=011-1,100-0,101-1&seed=1&seg=10000:011-1,100-0,101-0/12000::0.5&it=13000');

    const fresh = createLabStore();
    applySetup(fresh, decode(link).state);
    expect(runSegmentsOf(fresh.getState())).toEqual(runSegmentsOf(store.getState()));
    expect(fresh.getState().rows.map((row) => row.cells[3])).toEqual(['1', '0', '0']);
    expect(fresh.getState().learningRate).toBe(0.5);
    expect(fresh.getState().iteration).toBe(13_000);
  });

  it('of one table is the link it always was', () => {
    const store = createLabStore();
    store.setState({ iteration: 10_000 });
    expect(encode(setupOf(store.getState()))).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
  });
});
