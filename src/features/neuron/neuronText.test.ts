import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import reference from '../../core/fixtures/reference.json';
import { createLabStore } from '../../state';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import { neuronSummary, neuronTable } from './neuronText';

/* NumPy at 10 iterations (reference.json): weights -0.17237086, 1.0977811, 0.83481497; prediction 0.65980921. */
const numpy10 = reference.cases['seed-tutorial'].checkpoints.find((c) => c.iterations === 10)!;

function stateAt10() {
  const store = createLabStore();
  store.getState().receiveFrame(makeFrame(TUTORIAL, 10));
  return store.getState();
}

describe('the neuron in words, in German', () => {
  afterAll(() => switchLanguage('en'));

  it('says the same NumPy numbers with the decimal comma, the list separated by semicolons, in German words', async () => {
    await switchLanguage('de');
    // The English summary's numbers below (NumPy's, rounded to 3 digits), each with a comma for its point.
    expect(neuronSummary(stateAt10())).toBe('Iteration 10, Eingaben 1; 0; 1: w1 -0,172; w2 1,1; w3 0,835; z = 0,662; Ausgabe 0,66');
    expect(neuronTable(stateAt10()).rows.map((r) => r.header)).toEqual(['Eingabe 1', 'Eingabe 2', 'Eingabe 3', 'z = x · w', 'Ausgabe Sigmoid(z)']);
  });
});

describe('the neuron in words', () => {
  it('summary: the test input, each weight, the weighted sum and the output', () => {
    // z = 1 * -0.17237086 + 0 * 1.0977811 + 1 * 0.83481497 = 0.66244411
    expect(neuronSummary(stateAt10())).toBe('iteration 10, inputs 1, 0, 1: w1 -0.172, w2 1.1, w3 0.835; z = 0.662; output 0.66');
    expect(neuronSummary(createLabStore().getState())).toBe('no training yet');
  });

  it("table: x, w and x × w per input, then z and the output, with NumPy's numbers", () => {
    const table = neuronTable(stateAt10());
    expect(table.columns).toEqual(['Input', 'x', 'w', 'x × w']);
    expect(table.rows.map((r) => r.header)).toEqual(['Input 1', 'Input 2', 'Input 3', 'z = x · w', 'Output sigmoid(z)']);
    numpy10.weights.forEach((w, j) => expect(table.rows[j]!.values).toEqual([TUTORIAL.testInput[j], w, TUTORIAL.testInput[j]! * w]));
    expect(table.rows[3]!.values[2]).toBe(numpy10.weights[0]! + numpy10.weights[2]!);
    expect(table.rows[4]!.values).toEqual([null, null, numpy10.prediction]);
  });
});
