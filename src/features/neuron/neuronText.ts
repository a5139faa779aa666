import type { LabState } from '../../state';
import { formatCount, formatValue } from '../../format/number';
import { briefNumber, type DataTableContent } from '../../ui/chartAccess';
import { weightedSum } from '../../core/neuronMath';

/** The neuron diagram in words: a one-line summary for its text alternative, and its numbers as a table. */

export function neuronSummary({ frame, testInput }: LabState): string {
  if (!frame) return 'no training yet';
  const weights = Array.from(frame.weights, (w, j) => `w${j + 1} ${briefNumber(w)}`);
  const z = weightedSum(testInput, frame.weights);
  return `iteration ${formatCount(frame.iteration)}, inputs ${testInput.map((value) => formatValue(value)).join(', ')}: ${weights.join(', ')}; z = ${briefNumber(z)}; output ${briefNumber(frame.prediction)}`;
}

export function neuronTable({ frame, testInput }: LabState): DataTableContent {
  const columns = ['Input', 'x', 'w', 'x × w'];
  if (!frame) return { caption: 'The neuron on the test input: no training yet', columns, rows: [] };
  const w = frame.weights;
  return {
    caption: `At iteration ${formatCount(frame.iteration)}: z = x · w`,
    columns,
    rows: [
      ...Array.from(w, (weight, j) => ({ key: `in${j}`, header: `Input ${j + 1}`, values: [testInput[j]!, weight, testInput[j]! * weight] })),
      { key: 'z', header: 'z = x · w', values: [null, null, weightedSum(testInput, w)] },
      { key: 'out', header: 'Output sigmoid(z)', values: [null, null, frame.prediction] },
    ],
  };
}
