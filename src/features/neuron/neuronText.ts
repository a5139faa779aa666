import { t } from '@lingui/core/macro';
import type { LabState } from '../../state';
import { formatCount } from '../../format/number';
import { formatValueList, valueListSeparator } from '../../format/valueList';
import { briefNumber, type DataTableContent } from '../../ui/chartAccess';
import { weightedSum } from '../../core/neuronMath';

/** The neuron diagram in words: a one-line summary for its text alternative, and its numbers as a table. */

export function neuronSummary({ frame, testInput }: LabState): string {
  if (!frame) return t`no training yet`;
  const weights = Array.from(frame.weights, (w, j) => `w${j + 1} ${briefNumber(w)}`).join(valueListSeparator());
  const z = briefNumber(weightedSum(testInput, frame.weights));
  const iteration = formatCount(frame.iteration);
  const inputs = formatValueList(testInput);
  const output = briefNumber(frame.prediction);
  return t`iteration ${iteration}, inputs ${inputs}: ${weights}; z = ${z}; output ${output}`;
}

const inputName = (n: number) => t`Input ${n}`;

export function neuronTable({ frame, testInput }: LabState): DataTableContent {
  const columns = [t`Input`, 'x', 'w', 'x × w'];
  if (!frame) return { caption: t`The neuron on the test input: no training yet`, columns, rows: [] };
  const w = frame.weights;
  const iteration = formatCount(frame.iteration);
  return {
    caption: t`At iteration ${iteration}: z = x · w`,
    columns,
    rows: [
      ...Array.from(w, (weight, j) => ({ key: `in${j}`, header: inputName(j + 1), values: [testInput[j]!, weight, testInput[j]! * weight] })),
      { key: 'z', header: 'z = x · w', values: [null, null, weightedSum(testInput, w)] },
      { key: 'out', header: t`Output sigmoid(z)`, values: [null, null, frame.prediction] },
    ],
  };
}
