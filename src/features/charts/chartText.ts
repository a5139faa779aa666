import { plural, t } from '@lingui/core/macro';
import type { LabState } from '../../state';
import type { Frame } from '../../worker/protocol';
import { formatCount } from '../../format/number';
import { briefNumber, type DataTableContent } from '../../ui/chartAccess';
import { sigmoidModel } from './sigmoidModel';
import { valueListSeparator } from '../../format/valueList';

const rowName = (n: number) => t`Row ${n}`;
const rowError = (n: number) => t`Row ${n} error`;

/*
 * The charts in words: a one-line summary for each chart's text alternative, and its data as a table. Summaries
 * round to 3 digits (they are read aloud); tables carry every value.
 */

const noFrame = () => t`no training yet`;

/** "iteration 1,200" or, after rewinding, "iteration 500 of 1,200 trained". */
function where(frame: Frame): string {
  const at = formatCount(frame.iteration);
  const trained = formatCount(frame.trainedTo);
  return frame.iteration === frame.trainedTo ? t`iteration ${at}` : t`iteration ${at} of ${trained} trained`;
}

export function weightsSummary({ frame }: LabState): string {
  if (!frame) return noFrame();
  const weights = Array.from(frame.weights, (w, j) => `w${j + 1} ${briefNumber(w)}`);
  return `${where(frame)}: ${weights.join(valueListSeparator())}`;
}

export function errorSummary({ frame }: LabState): string {
  if (!frame) return noFrame();
  let worst = 0;
  for (let r = 1; r < frame.rowCount; r++) if (Math.abs(frame.errors[r]!) > Math.abs(frame.errors[worst]!)) worst = r;
  const at = where(frame);
  const mse = briefNumber(frame.meanSquaredError);
  if (frame.rowCount === 0) return t`${at}: mean squared error ${mse}`;
  const largest = briefNumber(frame.errors[worst]!);
  const row = worst + 1;
  return t`${at}: mean squared error ${mse}; largest row error ${largest} (row ${row})`;
}

/**
 * "Weights at every iteration, 0 to 100" or "Weights at 1,280 sampled iterations, 0 to 10,000": short enough to
 * read in one line above a table narrower than its panel (each sampled value is the exact one of its iteration).
 */
function sampledCaption(what: 'weights' | 'errors', frame: Frame): string {
  const its = frame.series.iterations;
  const count = its.length;
  const end = formatCount(count > 0 ? its[count - 1]! : 0);
  const every = count === (count > 0 ? its[count - 1]! : 0) + 1;
  const sampled = formatCount(count);
  if (what === 'weights') return every ? t`Weights at every iteration, 0 to ${end}` : t`Weights at ${sampled} sampled iterations, 0 to ${end}`;
  return every ? t`Errors at every iteration, 0 to ${end}` : t`Errors at ${sampled} sampled iterations, 0 to ${end}`;
}

export function weightsTable({ frame }: LabState): DataTableContent {
  if (!frame) return { caption: t`Weights: no training yet`, columns: [t`Iteration`, 'w1', 'w2', 'w3'], rows: [] };
  const { series, inputCount: n } = frame;
  return {
    caption: sampledCaption('weights', frame),
    columns: [t`Iteration`, ...Array.from({ length: n }, (_, j) => `w${j + 1}`)],
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
  if (!frame) return { caption: t`Error: no training yet`, columns: [t`Iteration`, t`MSE`], rows: [] };
  const { series } = frame;
  const rows = series.rowCount;
  const shown = Math.min(rows, TABLE_ROW_ERRORS);
  const caption = sampledCaption('errors', frame);
  return {
    caption: rows > shown ? t`${caption}; rows 1 to ${shown} of ${rows}` : caption,
    columns: [t`Iteration`, t`MSE`, ...Array.from({ length: shown }, (_, r) => rowError(r + 1))],
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
  if (!frame) return noFrame();
  const model = sigmoidModel(frame, dataset.inputs, dataset.targets, testInput);
  const named = model.rows.slice(0, SUMMARY_ROWS).map((m) => {
    const row = m.row + 1;
    const output = briefNumber(m.output);
    const target = briefNumber(m.target);
    return t`row ${row} output ${output} (target ${target})`;
  });
  const rest = model.rows.length - named.length;
  const more = rest > 0 ? plural(rest, { one: ', and # more row', other: ', and # more rows' }) : '';
  const at = where(frame);
  const list = `${named.join(valueListSeparator())}${more}`;
  const prediction = briefNumber(model.test.output);
  return t`${at}: ${list}; test input prediction ${prediction}`;
}

export function sigmoidTable({ frame, dataset, testInput }: LabState): DataTableContent {
  const columns = [t`Point`, 'z', t`Output`, t`Target`, t`Slope out(1 - out)`];
  if (!frame) return { caption: t`Rows on the sigmoid: no training yet`, columns, rows: [] };
  const model = sigmoidModel(frame, dataset.inputs, dataset.targets, testInput);
  const at = where(frame);
  return {
    caption: t`At ${at}: z = inputs · weights`,
    columns,
    rows: [
      ...model.rows.map((m) => ({ key: `row${m.row}`, header: rowName(m.row + 1), values: [m.z, m.output, m.target, m.slope] })),
      { key: 'test', header: t`Test input`, values: [model.test.z, model.test.output, null, model.test.slope] },
    ],
  };
}
