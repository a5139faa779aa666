import { t } from '@lingui/core/macro';
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
  if (!frame) return t`No training yet.`;
  const [a, b] = axes;
  const w = frame.weights;
  const [wa, wb, wc] = [name(a), name(b), name(third)];
  const [va, vb] = [briefNumber(w[a]!), briefNumber(w[b]!)];
  const error = formatValue(frame.meanSquaredError, digits);
  const sliceAt = formatValue(w[third]!, digits);
  const iteration = formatCount(frame.iteration);
  const now = t`the neuron is at ${wa} = ${va}, ${wb} = ${vb}, error ${error}`;
  const slice = t`A slice at ${wc} = ${sliceAt}, its value at iteration ${iteration}.`;
  const low = answer ? lowestWeights(answer) : null;
  if (!low) return t`Computing the surface; ${now}. ${slice}`;
  const [lowest, la, lb] = [briefNumber(low.value), briefNumber(low.a), briefNumber(low.b)];
  return t`Lowest error in view ${lowest} at ${wa} = ${la}, ${wb} = ${lb}; ${now}. ${slice}`;
}

export function landscapeTable(
  frame: Frame | null,
  answer: LandscapeAnswer | null,
  axes: readonly [number, number],
  third: number,
  digits: Digits = SIGNIFICANT_DIGITS,
): DataTableContent {
  const [a, b] = axes;
  const columns = [t`Point`, name(a), name(b), name(third), t`Mean squared error`];
  if (!frame) return { caption: t`Error landscape: no training yet`, columns, rows: [] };
  const w = frame.weights;
  const low = answer ? lowestWeights(answer) : null;
  const iteration = formatCount(frame.iteration);
  const rows = [{ key: 'now', header: t`The neuron (iteration ${iteration})`, values: [w[a]!, w[b]!, w[third]!, frame.meanSquaredError] }];
  if (low && answer) rows.push({ key: 'lowest', header: t`Lowest in view`, values: [low.a, low.b, answer.weights[third]!, low.value] });
  return { caption: landscapeSummary(frame, answer, axes, third, digits), columns, rows };
}
