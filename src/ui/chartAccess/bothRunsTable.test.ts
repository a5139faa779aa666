import { describe, expect, it } from 'vitest';
import { bothRunsTable } from './bothRunsTable';

describe('bothRunsTable(a, b, caption)', () => {
  it("puts run B's columns after run A's, named with B, one row per iteration of either run, in order", () => {
    const a = { caption: 'A', columns: ['Iteration', 'w1', 'w2'], rows: [{ key: '0', header: '0', values: [1, 2] }, { key: '10', header: '10', values: [3, 4] }] };
    const b = { caption: 'B', columns: ['Iteration', 'w1', 'w2'], rows: [{ key: '0', header: '0', values: [5, 6] }, { key: '5', header: '5', values: [7, 8] }] };
    expect(bothRunsTable(a, b, 'both')).toEqual({
      caption: 'both',
      columns: ['Iteration', 'w1', 'w2', 'w1 B', 'w2 B'],
      rows: [
        { key: '0', header: '0', values: [1, 2, 5, 6] },
        // Run B has a sample at 5 and run A none: A's cells are empty there, and B's at 10.
        { key: '5', header: '5', values: [null, null, 7, 8] },
        { key: '10', header: '10', values: [3, 4, null, null] },
      ],
    });
  });

  it('keeps tables of different widths apart (run B with one column fewer)', () => {
    const a = { caption: '', columns: ['Iteration', 'MSE', 'Row 1 error'], rows: [{ key: '1', header: '1', values: [0.5, 0.25] }] };
    const b = { caption: '', columns: ['Iteration', 'MSE'], rows: [{ key: '1', header: '1', values: [0.125] }] };
    expect(bothRunsTable(a, b, '').rows).toEqual([{ key: '1', header: '1', values: [0.5, 0.25, 0.125] }]);
  });

  it("keeps rows named rather than numbered in run A's order, then run B's own (the neuron's inputs, z, output)", () => {
    const a = { caption: '', columns: ['Input', 'x', 'w'], rows: [{ key: 'in0', header: 'Input 1', values: [1, 0.5] }, { key: 'z', header: 'z', values: [null, 0.5] }] };
    const b = { caption: '', columns: ['Input', 'x', 'w'], rows: [{ key: 'in0', header: 'Input 1', values: [0, 2] }, { key: 'in1', header: 'Input 2', values: [1, 3] }, { key: 'z', header: 'z', values: [null, 3] }] };
    expect(bothRunsTable(a, b, '').rows).toEqual([
      { key: 'in0', header: 'Input 1', values: [1, 0.5, 0, 2] },
      { key: 'z', header: 'z', values: [null, 0.5, null, 3] },
      { key: 'in1', header: 'Input 2', values: [null, null, 1, 3] },
    ]);
  });
});
