import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLab, type LabState, type LabStore } from '../../state';
import { ReadoutText } from '../../ui/Readout';
import { useLabText, useRunText } from '../../ui/textClock';

interface Line {
  key: string;
  name: MessageDescriptor;
  select: (state: LabState) => number | undefined;
}

const ITERATION: Line = { key: 'iteration', name: msg`Iteration`, select: (s) => s.frame?.iteration };
const PREDICTION: Line = { key: 'prediction', name: msg`Prediction`, select: (s) => s.frame?.prediction };
const MSE: Line = { key: 'mse', name: msg`MSE`, select: (s) => s.frame?.meanSquaredError };
const outputLine = (row: number): Line => {
  const n = row + 1;
  return {
    key: `output-${n}`,
    name: msg`Row ${n}`,
    select: (s) => (s.frame && row < s.frame.rowCount ? s.frame.outputs[row] : undefined),
  };
};

/** One line of the table: run A's number (this provider's run), run B's, and B - A, at the text clock's pace. */
function CompareLine({ line, runB }: { line: Line; runB: LabStore }) {
  const { i18n } = useLingui();
  const a = useLabText(line.select);
  const b = useRunText(runB, line.select);
  const digits = useLab((s) => s.digits);
  const count = line.key === 'iteration';
  const diff = a === undefined || b === undefined ? undefined : b - a;
  return (
    <tr data-line={line.key}>
      <th scope="row">{i18n._(line.name)}</th>
      <td className="number">
        <ReadoutText testId={`compare-a-${line.key}`} value={a} digits={digits} kind={count ? 'count' : 'value'} />
      </td>
      <td className="number">
        <ReadoutText testId={`compare-b-${line.key}`} value={b} digits={digits} kind={count ? 'count' : 'value'} />
      </td>
      <td className="number">{count ? '' : <ReadoutText testId={`compare-diff-${line.key}`} value={diff} digits={digits} />}</td>
    </tr>
  );
}

/**
 * Run A and run B side by side at the same iteration, with their difference: the prediction for each run's test
 * input, each row's output and the mean squared error (the neuron panel shows run B's weights). While B is still training up to A's iteration
 * (after an edit of B), its iteration says so.
 */
export function CompareTable({ runB }: { runB: LabStore }) {
  const rowsA = useLab((s) => s.dataset.targets.length);
  const rowsB = useRunText(runB, (s) => s.dataset.targets.length);
  const rows = Math.max(rowsA, rowsB);
  const lines = [ITERATION, PREDICTION, ...Array.from({ length: rows }, (_, r) => outputLine(r)), MSE];
  return (
    <table className="compare-table" data-testid="compare-table">
      <caption className="visually-hidden">
        <Trans>Run A and run B at the same iteration, and B minus A (rows: each row's output; MSE: mean squared error)</Trans>
      </caption>
      <thead>
        <tr>
          <td />
          <th scope="col">
            <Trans>Run A</Trans>
          </th>
          <th scope="col">
            <Trans>Run B</Trans>
          </th>
          <th scope="col">B − A</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <CompareLine key={line.key} line={line} runB={runB} />
        ))}
      </tbody>
    </table>
  );
}
