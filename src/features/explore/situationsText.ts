import { t } from '@lingui/core/macro';
import type { LabState } from '../../state';
import { formatCount, formatValue, SIGNIFICANT_DIGITS, type Digits } from '../../format/number';
import { briefNumber, type DataTableContent } from '../../ui/chartAccess';
import { situationsOf } from './situationsModel';
import { valueListSeparator } from '../../format/valueList';

/** "Every situation" in words: a one-line summary for the cube's text alternative, and the eight outputs as a table. */

export function situationsSummary({ frame, dataset, testInput }: LabState): string {
  if (!frame) return t`no training yet`;
  const { corners, tableOnCorners } = situationsOf(frame.weights, dataset, testInput);
  const listed = corners.map((c) => `${c.name} ${briefNumber(c.output)}${c.targets.length > 0 ? ` (${t`trained`})` : ''}${c.isTest ? ` (${t`test`})` : ''}`).join(valueListSeparator());
  const iteration = formatCount(frame.iteration);
  if (tableOnCorners) return t`iteration ${iteration}, the output for each input: ${listed}`;
  return t`iteration ${iteration}, the output for each input: ${listed}; the table's rows are not 0/1 inputs and lie elsewhere`;
}

export function situationsTable({ frame, dataset, testInput }: LabState): DataTableContent {
  const columns = [t`Input`, t`Output`, t`Target in the table`];
  if (!frame) return { caption: t`Every situation: no training yet`, columns, rows: [] };
  const { corners } = situationsOf(frame.weights, dataset, testInput);
  const iteration = formatCount(frame.iteration);
  return {
    caption: t`The neuron's output for each of the eight inputs at iteration ${iteration}`,
    columns,
    rows: corners.map((c) => ({
      key: c.name,
      header: c.isTest ? testCorner(c.name) : c.name,
      values: [c.output, c.targets.length > 0 ? c.targets[0]! : null],
    })),
  };
}

const testCorner = (name: string) => t`${name} (test input)`;

/** A target as the table writes it; several rows with the same input but different targets are all named. */
export function targetsText(targets: readonly number[], digits: Digits = SIGNIFICANT_DIGITS): string {
  return [...new Set(targets)].map((target) => formatValue(target, digits)).join(' / ');
}
