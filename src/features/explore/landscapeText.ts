import { cellCentre } from '../../core/landscape';
import { formatCount, formatValue, SIGNIFICANT_DIGITS, type Digits } from '../../format/number';
import { briefNumber, type DataTableContent } from '../../ui/chartAccess';
import type { Frame } from '../../worker/protocol';
import type { LandscapeAnswer } from '../../worker/landscapeProtocol';

const name = (j: number) => `w${j + 1}`;

/** The weights of the answer's lowest cell, or null. */
export function lowestWeights(answer: LandscapeAnswer): { a: number; b: number; value: number } | null {
  const { lowest } = answer;
  if (!lowest) return null;
  return {
    a: cellCentre(answer.xRange[0], answer.xRange[1], answer.columns, lowest.column),
    b: cellCentre(answer.yRange[0], answer.yRange[1], answer.rows, lowest.row),
    value: lowest.value,
  };
}

/**
 * "Lowest error in view 0.0012 at w1 = -4.1, w3 = 8.6; the neuron is at w1 = 9.67, w3 = -4.63, error
 * 8.7361337e-5. A slice at w2 = -0.2078663, its value at iteration 10,000." The neuron's error is written as the
 * table writes it (with the digits setting, 8 unless a class chose fewer), the rest briefly.
 */
export function landscapeSummary(
  frame: Frame | null,
  answer: LandscapeAnswer | null,
  axes: readonly [number, number],
  third: number,
  digits: Digits = SIGNIFICANT_DIGITS,
): string {
  if (!frame) return 'No training yet.';
  const [a, b] = axes;
  const w = frame.weights;
  const now = `the neuron is at ${name(a)} = ${briefNumber(w[a]!)}, ${name(b)} = ${briefNumber(w[b]!)}, error ${formatValue(frame.meanSquaredError, digits)}`;
  const slice = `A slice at ${name(third)} = ${formatValue(w[third]!, digits)}, its value at iteration ${formatCount(frame.iteration)}.`;
  const low = answer ? lowestWeights(answer) : null;
  const lowest = low ? `Lowest error in view ${briefNumber(low.value)} at ${name(a)} = ${briefNumber(low.a)}, ${name(b)} = ${briefNumber(low.b)}; ` : 'Computing the surface; ';
  return `${lowest}${now}. ${slice}`;
}

export function landscapeTable(
  frame: Frame | null,
  answer: LandscapeAnswer | null,
  axes: readonly [number, number],
  third: number,
  digits: Digits = SIGNIFICANT_DIGITS,
): DataTableContent {
  const [a, b] = axes;
  const columns = ['Point', name(a), name(b), name(third), 'Mean squared error'];
  if (!frame) return { caption: 'Error landscape: no training yet', columns, rows: [] };
  const w = frame.weights;
  const low = answer ? lowestWeights(answer) : null;
  const rows = [{ key: 'now', header: `The neuron (iteration ${formatCount(frame.iteration)})`, values: [w[a]!, w[b]!, w[third]!, frame.meanSquaredError] }];
  if (low && answer) rows.push({ key: 'lowest', header: 'Lowest in view', values: [low.a, low.b, answer.weights[third]!, low.value] });
  return { caption: landscapeSummary(frame, answer, axes, third, digits), columns, rows };
}
