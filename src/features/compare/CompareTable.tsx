import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLab, type LabState, type LabStore } from '../../state';
import { LiveReadout } from '../../ui/LiveReadout';
import { useRunText } from '../../ui/textClock';

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

/**
 * One line's numbers: run A's (this provider's run), run B's and B - A, as live readouts: written at the text
 * clocks' pace through refs, not by rendering the table (ten lines of three numbers at 8 Hz per run were 190
 * renders a second).
 */
function lineNumbers(line: Line, runB: LabStore) {
  const kind = line.key === 'iteration' ? 'count' : 'value';
  const ofB = (_: LabState, b: LabState | null) => (b ? line.select(b) : undefined);
  const diff = (a: LabState, b: LabState | null) => {
    const valueA = line.select(a);
    const valueB = b ? line.select(b) : undefined;
    return valueA === undefined || valueB === undefined ? undefined : valueB - valueA;
  };
  return {
    a: <LiveReadout testId={`compare-a-${line.key}`} select={line.select} kind={kind} />,
    b: <LiveReadout testId={`compare-b-${line.key}`} select={ofB} runB={runB} kind={kind} />,
    // The iterations' difference says nothing: one clock.
    diff: kind === 'count' ? null : <LiveReadout testId={`compare-diff-${line.key}`} select={diff} runB={runB} />,
  };
}

/** One line of the table, across: its name, then run A's number, run B's, and B - A. */
function CompareLine({ line, runB }: { line: Line; runB: LabStore }) {
  const { i18n } = useLingui();
  const numbers = lineNumbers(line, runB);
  return (
    <tr data-line={line.key}>
      <th scope="row">{i18n._(line.name)}</th>
      <td className="number">{numbers.a}</td>
      <td className="number">{numbers.b}</td>
      <td className="number">{numbers.diff ?? ''}</td>
    </tr>
  );
}

/** One line of the table, stacked (a phone): its name beside run A's number, run B's under it, then B - A. */
function StackedLine({ line, runB }: { line: Line; runB: LabStore }) {
  const { i18n } = useLingui();
  const numbers = lineNumbers(line, runB);
  const rows = numbers.diff ? 3 : 2;
  return (
    <tbody data-line={line.key}>
      <tr>
        <th scope="rowgroup" rowSpan={rows}>
          {i18n._(line.name)}
        </th>
        <th scope="row">
          <Trans>Run A</Trans>
        </th>
        <td className="number">{numbers.a}</td>
      </tr>
      <tr>
        <th scope="row">
          <Trans>Run B</Trans>
        </th>
        <td className="number">{numbers.b}</td>
      </tr>
      {numbers.diff && (
        <tr>
          <th scope="row">B − A</th>
          <td className="number">{numbers.diff}</td>
        </tr>
      )}
    </tbody>
  );
}

/**
 * Below this width (in the table's own font sizes) the three numbers of a line do not fit side by side whole (8
 * digits, a sign, "× 10⁻⁵"): each line stacks its numbers, one per row, as the training table does on a phone.
 */
const STACK_BELOW_EM = 28;

/** Whether the box is narrower than STACK_BELOW_EM of its font size (presenter mode's type is larger), followed as it resizes. */
function useStacked(ref: RefObject<HTMLElement | null>): boolean {
  const [stacked, setStacked] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => {
      const em = parseFloat(getComputedStyle(box).fontSize) || 16;
      setStacked(box.clientWidth > 0 && box.clientWidth < STACK_BELOW_EM * em);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref]);
  return stacked;
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
  const boxRef = useRef<HTMLDivElement>(null);
  const stacked = useStacked(boxRef);
  const caption = (
    <caption className="visually-hidden">
      <Trans>Run A and run B at the same iteration, and B minus A (rows: each row's output; MSE: mean squared error)</Trans>
    </caption>
  );
  return (
    <div ref={boxRef} className="compare-table-box">
      {stacked ? (
        <table className="compare-table is-stacked" data-testid="compare-table">
          {caption}
          {lines.map((line) => (
            <StackedLine key={line.key} line={line} runB={runB} />
          ))}
        </table>
      ) : (
        <AcrossTable caption={caption} lines={lines} runB={runB} />
      )}
    </div>
  );
}

/** The table across: a column per run and one for B - A, a row per line. */
function AcrossTable({ caption, lines, runB }: { caption: ReactNode; lines: Line[]; runB: LabStore }) {
  return (
    <table className="compare-table" data-testid="compare-table">
      {caption}
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
