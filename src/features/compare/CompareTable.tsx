import { useLab, type LabState, type LabStore } from '../../state';
import { ReadoutText } from '../../ui/Readout';
import { useLabText, useRunText } from '../../ui/textClock';

interface Line {
  key: string;
  name: string;
  select: (state: LabState) => number | undefined;
}

const ITERATION: Line = { key: 'iteration', name: 'Iteration', select: (s) => s.frame?.iteration };
const PREDICTION: Line = { key: 'prediction', name: 'Prediction', select: (s) => s.frame?.prediction };
const MSE: Line = { key: 'mse', name: 'MSE', select: (s) => s.frame?.meanSquaredError };
const outputLine = (row: number): Line => ({
  key: `output-${row + 1}`,
  name: `Row ${row + 1}`,
  select: (s) => (s.frame && row < s.frame.rowCount ? s.frame.outputs[row] : undefined),
});

/** One line of the table: run A's number (this provider's run), run B's, and B - A, at the text clock's pace. */
function CompareLine({ line, runB }: { line: Line; runB: LabStore }) {
  const a = useLabText(line.select);
  const b = useRunText(runB, line.select);
  const digits = useLab((s) => s.digits);
  const count = line.key === 'iteration';
  const diff = a === undefined || b === undefined ? undefined : b - a;
  return (
    <tr data-line={line.key}>
      <th scope="row">{line.name}</th>
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
      <caption className="visually-hidden">Run A and run B at the same iteration, and B minus A (rows: each row's output; MSE: mean squared error)</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Run A</th>
          <th scope="col">Run B</th>
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
