import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Fragment, memo, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cellName, MAX_ROWS, useLab, useLabStore, type CellColumn, type CellProblem, type RowDraft } from '../../state';
import { LiveReadout } from '../../ui/LiveReadout';
import { UserMessage } from '../../ui/UserMessage';
import { StepChange, useStepFrom } from '../../ui/StepChange';
import { cellMove } from './cellKeys';
import { problemsByRow } from './problemsByRow';
import { refuseLongInput } from '../../ui/refuseLongInput';
import { screenNumberText, storedNumberText } from '../../format/typedText';
import { useElementSize } from '../../ui/useElementSize';
import { useRunNames } from '../../ui/runNames';

/**
 * Narrower than this (a phone) the table has no room for two numbers of up to 16 characters beside the inputs:
 * each row's output and error go on a line of their own under it, named and whole.
 */
export const STACKED_BELOW = 460;

const COLUMNS: { column: CellColumn }[] = [{ column: 0 }, { column: 1 }, { column: 2 }, { column: 3 }];

export const problemId = (row: number, column: number | null) => `table-problem-${row}-${column ?? 'table'}`;

/** This row's output and error, written by the text clock: no React render while training runs. */
function LiveCells({ row, stacked }: { row: number; stacked: boolean }) {
  // After a Step: how much this row's output moved (its error moved as much the other way). Read only while a
  // step's change is shown (paused), so a run renders nothing here.
  const stepFrom = useStepFrom();
  const names = useRunNames();
  const before = stepFrom && row < stepFrom.outputs.length ? stepFrom.outputs[row] : undefined;
  const output = useLab((s) => (s.frame?.stepFrom && row < s.frame.rowCount ? s.frame.outputs[row] : undefined));
  const outputNumber = <LiveReadout testId={names.id(`output-${row + 1}`)} select={(s) => (s.frame && row < s.frame.rowCount ? s.frame.outputs[row] : undefined)} />;
  const change = before !== undefined && output !== undefined && <StepChange testId={names.id(`output-change-${row + 1}`)} change={output - before} since={stepFrom!.iteration} />;
  const errorNumber = <LiveReadout testId={names.id(`error-${row + 1}`)} select={(s) => (s.frame && row < s.frame.rowCount ? s.frame.errors[row] : undefined)} />;
  // On a phone: one cell across the row, each number named and on one line.
  if (stacked)
    return (
      <td colSpan={5} className="num live live-stack">
        <div className="live-items">
          <span className="live-item">
            <span className="live-name">
              <Trans>Output</Trans>
            </span>{' '}
            {outputNumber}
            {change}
          </span>
          <span className="live-item">
            <span className="live-name">
              <Trans>Error</Trans>
            </span>{' '}
            {errorNumber}
          </span>
        </div>
      </td>
    );
  return (
    <>
      <td className="num live">
        {outputNumber}
        {change}
      </td>
      <td className="num live">{errorNumber}</td>
    </>
  );
}

interface RowProps {
  index: number;
  draft: RowDraft;
  problems: readonly CellProblem[];
  canDelete: boolean;
  /** Output and error on a line of their own under the inputs (a narrow table). */
  stacked?: boolean;
}

/** "Delete row 2". */
const deleteName = (row: number) => t`Delete row ${row}`;

export const TableRow = memo(function TableRow({ index, draft, problems, canDelete, stacked = false }: RowProps) {
  const setCell = useLab((s) => s.setCell);
  const deleteRow = useLab((s) => s.deleteRow);
  // While comparing, run B's cells are named "..., run B".
  const names = useRunNames();
  // Stacked, a row of the table is two rows of the grid: both take the row's stripe.
  const stripe = stacked && index % 2 === 1 ? 'is-striped' : undefined;
  return (
    <Fragment>
      <tr className={stripe}>
        <th scope="row" className="row-number">
          {index + 1}
        </th>
        {COLUMNS.map(({ column }) => {
          const problem = problems.find((p) => p.column === column);
          return (
            <td key={column} className={problem ? 'cell is-invalid' : 'cell'}>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                aria-label={names.name(cellName(index, column))}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? names.id(problemId(index, column)) : undefined}
                data-row={index}
                data-column={column}
                // The store keeps the machine form ("0.5"); the cell shows the screen's ("0,5" in German).
                value={screenNumberText(draft.cells[column])}
                onChange={(event) => setCell(index, column, storedNumberText(event.target.value))}
              />
            </td>
          );
        })}
        {!stacked && <LiveCells row={index} stacked={false} />}
        <td className="row-tools">
          <button type="button" className="icon-button" aria-label={names.name(deleteName(index + 1))} title={names.name(deleteName(index + 1))} disabled={!canDelete} onClick={() => deleteRow(index)}>
            ✕
          </button>
        </td>
      </tr>
      {stacked && (
        <tr className={stripe ? `live-row ${stripe}` : 'live-row'}>
          <td />
          <LiveCells row={index} stacked />
        </tr>
      )}
    </Fragment>
  );
});

/**
 * The training table: inputs and targets as typed (nothing typed is ever lost), with each row's live output
 * and error. Invalid cells get a thick border, a hatched background and a ⚠ mark, and a message under the
 * table names the cell and the rule; the neuron meanwhile trains on the last valid table.
 */
export function TrainingTable({ tools }: { tools?: ReactNode } = {}) {
  const labStore = useLabStore();
  const rows = useLab((s) => s.rows);
  const problems = useLab((s) => s.tableProblems);
  const addRow = useLab((s) => s.addRow);
  const presetNote = useLab((s) => s.presetNote);
  const names = useRunNames();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(boxRef);
  const stacked = width > 0 && width < STACKED_BELOW;
  const rowProblems = problemsByRow(problems, rows.length);
  // A paste longer than a cell holds is refused before the browser puts it in: a megabyte in an input alone
  // costs seconds of layout.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    return refuseLongInput(body, (input, length) => {
      if (input.dataset.row === undefined) return;
      labStore.getState().setCellRefused(Number(input.dataset.row), Number(input.dataset.column) as CellColumn, length);
    });
  }, [labStore]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const input = event.target as HTMLInputElement;
    if (input.tagName !== 'INPUT' || input.dataset.row === undefined) return;
    const at = { row: Number(input.dataset.row), column: Number(input.dataset.column) };
    const caret = { start: input.selectionStart, end: input.selectionEnd, length: input.value.length };
    const next = cellMove(event.key, event.shiftKey, at, rows.length, COLUMNS.length, caret);
    if (event.key === 'Enter') event.preventDefault();
    if (!next) return;
    const target = bodyRef.current?.querySelector<HTMLInputElement>(`input[data-row="${next.row}"][data-column="${next.column}"]`);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.select();
  };

  return (
    <div className={['training-table', rows.length > 4 && 'has-many-rows', stacked && 'is-stacked'].filter(Boolean).join(' ')} ref={boxRef}>
      <div className="table-scroll">
        <table>
          <colgroup>
            <col className="col-row" />
            <col className="col-input" />
            <col className="col-input" />
            <col className="col-input" />
            <col className="col-target" />
            {!stacked && <col className="col-output" />}
            {!stacked && <col className="col-error" />}
            <col className="col-tools" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="row-number">
                <span className="visually-hidden">
                  <Trans>Row</Trans>
                </span>
                #
              </th>
              <th scope="colgroup" colSpan={3} className="group">
                <Trans>Inputs</Trans>
              </th>
              <th scope="col" rowSpan={2}>
                <Trans>Target</Trans>
              </th>
              {!stacked && (
                <th scope="col" rowSpan={2} className="live">
                  <Trans>Output</Trans>
                </th>
              )}
              {!stacked && (
                <th scope="col" rowSpan={2} className="live">
                  <Trans>Error</Trans>
                </th>
              )}
              <th scope="col" rowSpan={2} className="row-tools">
                <span className="visually-hidden">
                  <Trans>Delete</Trans>
                </span>
              </th>
            </tr>
            <tr>
              {COLUMNS.slice(0, 3).map(({ column }) => (
                <th scope="col" key={column} className="input-col">
                  <span className="visually-hidden">
                    <Trans context="before an input's number">Input</Trans>{' '}
                  </span>
                  {column + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef} onKeyDown={onKeyDown}>
            {rows.map((draft, index) => (
              <TableRow key={draft.id} index={index} draft={draft} problems={rowProblems[index]!} canDelete={rows.length > 1} stacked={stacked} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-footer">
        <button type="button" onClick={addRow} disabled={rows.length >= MAX_ROWS} aria-label={names.name(t`Add row`)} aria-describedby={rows.length >= MAX_ROWS ? names.id('row-limit') : undefined}>
          <Trans>Add row</Trans>
        </button>
        {tools}
        {rows.length >= MAX_ROWS && (
          <span id={names.id('row-limit')} className="row-limit" role="status">
            <Trans>{MAX_ROWS} rows: the most a table can have.</Trans>
          </span>
        )}
        <span className="mse">
          <Trans>Mean squared error</Trans> <MseReadout />
        </span>
      </div>
      {/* What the live columns mean; it gives its room to messages and to a preset's note when there are any. */}
      {problems.length === 0 && !presetNote && (
        <p className="table-legend">
          <span>
            <Trans>Output = sigmoid(inputs · weights)</Trans>
          </span>
          <span>
            <Trans>Error = target - output</Trans>
          </span>
          <span>
            <Trans>MSE = mean of the squared errors</Trans>
          </span>
        </p>
      )}
      {problems.length > 0 && (
        <div className="problems" role="alert">
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.row}-${problem.column}`} id={names.id(problemId(problem.row, problem.column))}>
                <span aria-hidden="true">⚠ </span>
                <UserMessage text={problem.message} />
              </li>
            ))}
          </ul>
          <p>
            <Trans>Until this is fixed, the neuron keeps training on the last valid table.</Trans>
          </p>
        </div>
      )}
    </div>
  );
}

function MseReadout() {
  const names = useRunNames();
  return <LiveReadout testId={names.id('mse')} select={(s) => s.frame?.meanSquaredError} className="strong" />;
}
