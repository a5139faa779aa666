import type { LabState } from '../../state';
import { formatCount, formatValue, SIGNIFICANT_DIGITS, type Digits } from '../../format/number';
import { briefNumber, type DataTableContent } from '../../ui/chartAccess';
import { situationsOf } from './situationsModel';

/** "Every situation" in words: a one-line summary for the cube's text alternative, and the eight outputs as a table. */

export function situationsSummary({ frame, dataset, testInput }: LabState): string {
  if (!frame) return 'no training yet';
  const { corners, tableOnCorners } = situationsOf(frame.weights, dataset, testInput);
  const listed = corners.map((c) => `${c.name} ${briefNumber(c.output)}${c.targets.length > 0 ? ' (trained)' : ''}${c.isTest ? ' (test)' : ''}`);
  const where = tableOnCorners ? '' : "; the table's rows are not 0/1 inputs and lie elsewhere";
  return `iteration ${formatCount(frame.iteration)}, the output for each input: ${listed.join(', ')}${where}`;
}

export function situationsTable({ frame, dataset, testInput }: LabState): DataTableContent {
  const columns = ['Input', 'Output', 'Target in the table'];
  if (!frame) return { caption: 'Every situation: no training yet', columns, rows: [] };
  const { corners } = situationsOf(frame.weights, dataset, testInput);
  return {
    caption: `The neuron's output for each of the eight inputs at iteration ${formatCount(frame.iteration)}`,
    columns,
    rows: corners.map((c) => ({
      key: c.name,
      header: c.isTest ? `${c.name} (test input)` : c.name,
      values: [c.output, c.targets.length > 0 ? c.targets[0]! : null],
    })),
  };
}

/** A target as the table writes it; several rows with the same input but different targets are all named. */
export function targetsText(targets: readonly number[], digits: Digits = SIGNIFICANT_DIGITS): string {
  return [...new Set(targets)].map((target) => formatValue(target, digits)).join(' / ');
}
