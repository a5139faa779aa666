import { describe, expect, it } from 'vitest';
import reference from '../../core/fixtures/reference.json';
import { createLabStore } from '../../state';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import { errorSummary, errorTable, sigmoidSummary, sigmoidTable, TABLE_ROW_ERRORS, weightsSummary, weightsTable } from './chartText';

/*
 * Expected numbers are NumPy's (src/core/fixtures/reference.json, the tutorial at 10 iterations), rounded by hand
 * to the summaries' 3 digits: weights -0.17237086, 1.0977811, 0.83481497; outputs 0.87353649, 0.45701367,
 * 0.65980921; errors 0.12646351, -0.45701367, 0.34019079; mean squared error 0.11352809.
 */
const numpy = (k: number) => reference.cases['seed-tutorial'].checkpoints.find((c) => c.iterations === k)!;

/** The app's store on the tutorial's table, showing `iteration` (of `trainedTo`). */
function stateAt(iteration: number, trainedTo = iteration) {
  const store = createLabStore();
  const frame = makeFrame(TUTORIAL, trainedTo);
  store.getState().receiveFrame(iteration === trainedTo ? frame : { ...makeFrame(TUTORIAL, iteration), trainedTo, series: frame.series });
  return store.getState();
}

describe('chart summaries', () => {
  it('say "no training yet" before the first frame', () => {
    const state = createLabStore().getState();
    for (const summary of [weightsSummary, errorSummary, sigmoidSummary]) expect(summary(state)).toBe('no training yet');
  });

  it('weights: the iteration and each weight', () => {
    expect(weightsSummary(stateAt(10))).toBe('iteration 10: w1 -0.172, w2 1.1, w3 0.835');
  });

  it('error: the mean squared error and the largest row error', () => {
    expect(errorSummary(stateAt(10))).toBe('iteration 10: mean squared error 0.114; largest row error -0.457 (row 2)');
  });

  it('sigmoid: each row against its target, and the prediction', () => {
    expect(sigmoidSummary(stateAt(10))).toBe(
      'iteration 10: row 1 output 0.874 (target 1), row 2 output 0.457 (target 0), row 3 output 0.66 (target 1); test input prediction 0.66',
    );
  });

  it('after rewinding, say how far the run was trained', () => {
    expect(weightsSummary(stateAt(1, 10))).toBe('iteration 1 of 10 trained: w1 -0.142, w2 0.588, w3 -0.714');
  });
});

describe('chart data tables', () => {
  it("weights: one row per sample with NumPy's exact weights", () => {
    const table = weightsTable(stateAt(10));
    expect(table.caption).toBe('Weights at every iteration, 0 to 10');
    expect(table.columns).toEqual(['Iteration', 'w1', 'w2', 'w3']);
    expect(table.rows).toHaveLength(11);
    for (const k of [0, 1, 10]) {
      expect(table.rows[k]!.header).toBe(String(k));
      expect(table.rows[k]!.values).toEqual(numpy(k).weights);
    }
  });

  it('errors: the mean squared error and each row error, as NumPy computes them', () => {
    const table = errorTable(stateAt(10));
    expect(table.columns).toEqual(['Iteration', 'MSE', 'Row 1 error', 'Row 2 error', 'Row 3 error']);
    const [mse, ...errors] = table.rows[10]!.values as number[];
    const expected = numpy(10).outputs.map((out, r) => TUTORIAL.targets[r]! - out);
    expect(errors).toEqual(expected);
    expect(mse).toBeCloseTo(expected.reduce((sum, e) => sum + e * e, 0) / 3, 15);
  });

  it('errors: a long table shows the first rows and says how many there are', () => {
    const store = createLabStore();
    const inputs = Array.from({ length: 10 }, (_, r) => [r % 2, (r >> 1) % 2, 1]);
    store.getState().receiveFrame(makeFrame({ inputs, targets: inputs.map((row) => row[0]!) }, 2));
    const table = errorTable(store.getState());
    expect(table.columns).toHaveLength(2 + TABLE_ROW_ERRORS);
    expect(table.columns.at(-1)).toBe(`Row ${TABLE_ROW_ERRORS} error`);
    expect(table.caption).toBe(`Errors at every iteration, 0 to 2; rows 1 to ${TABLE_ROW_ERRORS} of 10`);
  });

  it('sigmoid: z, output, target and slope per row, then the test input', () => {
    const table = sigmoidTable(stateAt(10));
    expect(table.rows.map((r) => r.header)).toEqual(['Row 1', 'Row 2', 'Row 3', 'Test input']);
    const outputs = numpy(10).outputs;
    table.rows.slice(0, 3).forEach((row, r) => {
      const [, output, target, slope] = row.values as number[];
      expect(output).toBeCloseTo(outputs[r]!, 15);
      expect(target).toBe(TUTORIAL.targets[r]);
      expect(slope).toBeCloseTo(outputs[r]! * (1 - outputs[r]!), 15);
    });
    expect(table.rows[3]!.values[1]).toBeCloseTo(numpy(10).prediction, 15);
    expect(table.rows[3]!.values[2]).toBeNull();
  });
});
