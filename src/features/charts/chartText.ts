import type { LabState } from '../../state';
import type { Frame } from '../../worker/protocol';
import { formatCount } from '../../format/number';
import { briefNumber, type DataTableContent } from '../../ui/chartAccess';
import { sigmoidModel } from './sigmoidModel';

/*
 * The charts in words: a one-line summary for each chart's text alternative, and its data as a table. Summaries
 * round to 3 digits (they are read aloud); tables carry every value.
 */

const NO_FRAME = 'no training yet';

/** "iteration 1,200" or, after rewinding, "iteration 500 of 1,200 trained". */
function where(frame: Frame): string {
  const at = `iteration ${formatCount(frame.iteration)}`;
  return frame.iteration === frame.trainedTo ? at : `${at} of ${formatCount(frame.trainedTo)} trained`;
}

export function weightsSummary({ frame }: LabState): string {
  if (!frame) return NO_FRAME;
  const weights = Array.from(frame.weights, (w, j) => `w${j + 1} ${briefNumber(w)}`);
  return `${where(frame)}: ${weights.join(', ')}`;
}

export function errorSummary({ frame }: LabState): string {
  if (!frame) return NO_FRAME;
  let worst = 0;
  for (let r = 1; r < frame.rowCount; r++) if (Math.abs(frame.errors[r]!) > Math.abs(frame.errors[worst]!)) worst = r;
  const row = frame.rowCount > 0 ? `; largest row error ${briefNumber(frame.errors[worst]!)} (row ${worst + 1})` : '';
  return `${where(frame)}: mean squared error ${briefNumber(frame.meanSquaredError)}${row}`;
}

/**
 * "Weights at every iteration, 0 to 100" or "Weights at 1,280 sampled iterations, 0 to 10,000": short enough to
 * read in one line above a table narrower than its panel (each sampled value is the exact one of its iteration).
 */
function sampledCaption(what: string, frame: Frame): string {
  const its = frame.series.iterations;
  const count = its.length;
  const last = count > 0 ? its[count - 1]! : 0;
  const which = count === last + 1 ? 'every iteration' : `${formatCount(count)} sampled iterations`;
  return `${what} at ${which}, 0 to ${formatCount(last)}`;
}

export function weightsTable({ frame }: LabState): DataTableContent {
  if (!frame) return { caption: `Weights: ${NO_FRAME}`, columns: ['Iteration', 'w1', 'w2', 'w3'], rows: [] };
  const { series, inputCount: n } = frame;
  return {
    caption: sampledCaption('Weights', frame),
    columns: ['Iteration', ...Array.from({ length: n }, (_, j) => `w${j + 1}`)],
    rows: Array.from(series.iterations, (iteration, s) => ({
      key: String(iteration),
      header: formatCount(iteration),
      values: Array.from({ length: n }, (_, j) => series.weights[s * n + j]!),
    })),
  };
}

/** The row errors a data table shows as columns; a 64-row table would make 65 columns of a thousand cells each. */
export const TABLE_ROW_ERRORS = 8;

export function errorTable({ frame }: LabState): DataTableContent {
  if (!frame) return { caption: `Error: ${NO_FRAME}`, columns: ['Iteration', 'MSE'], rows: [] };
  const { series } = frame;
  const rows = series.rowCount;
  const shown = Math.min(rows, TABLE_ROW_ERRORS);
  const more = rows > shown ? `; rows 1 to ${shown} of ${rows}` : '';
  return {
    caption: `${sampledCaption('Errors', frame)}${more}`,
    columns: ['Iteration', 'MSE', ...Array.from({ length: shown }, (_, r) => `Row ${r + 1} error`)],
    rows: Array.from(series.iterations, (iteration, s) => ({
      key: String(iteration),
      header: formatCount(iteration),
      values: [series.mse[s]!, ...Array.from({ length: shown }, (_, r) => series.rowErrors[s * rows + r]!)],
    })),
  };
}

/** The rows a spoken summary names one by one; the data table has them all. */
export const SUMMARY_ROWS = 4;

export function sigmoidSummary({ frame, dataset, testInput }: LabState): string {
  if (!frame) return NO_FRAME;
  const model = sigmoidModel(frame, dataset.inputs, dataset.targets, testInput);
  const named = model.rows.slice(0, SUMMARY_ROWS).map((m) => `row ${m.row + 1} output ${briefNumber(m.output)} (target ${briefNumber(m.target)})`);
  const rest = model.rows.length - named.length;
  const more = rest > 0 ? `, and ${rest} more ${rest === 1 ? 'row' : 'rows'}` : '';
  return `${where(frame)}: ${named.join(', ')}${more}; test input prediction ${briefNumber(model.test.output)}`;
}

export function sigmoidTable({ frame, dataset, testInput }: LabState): DataTableContent {
  const columns = ['Point', 'z', 'Output', 'Target', 'Slope out(1 - out)'];
  if (!frame) return { caption: `Rows on the sigmoid: ${NO_FRAME}`, columns, rows: [] };
  const model = sigmoidModel(frame, dataset.inputs, dataset.targets, testInput);
  return {
    caption: `At ${where(frame)}: z = inputs · weights`,
    columns,
    rows: [
      ...model.rows.map((m) => ({ key: `row${m.row}`, header: `Row ${m.row + 1}`, values: [m.z, m.output, m.target, m.slope] })),
      { key: 'test', header: 'Test input', values: [model.test.z, model.test.output, null, model.test.slope] },
    ],
  };
}
