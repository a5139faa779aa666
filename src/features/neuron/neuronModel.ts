import { linearScale } from '../../ui/plainScales';
import { NEGATIVE, POSITIVE } from '../../ui/palette';

export interface Connection {
  index: number;
  weight: number;
  /** Stroke width in pixels: the larger the weight's size, the thicker the connection. */
  width: number;
  color: string;
  /** Negative weights are dashed, so the sign reads without colour. */
  dash: string | undefined;
  sign: 'positive' | 'negative' | 'zero';
}

export const MIN_WIDTH = 2;
export const MAX_WIDTH = 16;

/**
 * How each connection looks for these weights. The width scale runs from 0 to the largest weight's size (at
 * least 1), so the tutorial's weights, which grow from below 1 to about 9, keep their proportions at any time.
 * While comparing, `alongside` is the other run's weights: both runs' connections are drawn on one scale, so
 * the thicker of two wires is the larger weight.
 */
export function connections(weights: ArrayLike<number>, alongside?: ArrayLike<number> | null): Connection[] {
  const values = Array.from(weights);
  const size = (w: number) => (Number.isFinite(w) ? Math.abs(w) : 0);
  const largest = Math.max(1, ...values.map(size), ...(alongside ? Array.from(alongside, size) : []));
  const width = linearScale([0, largest], [MIN_WIDTH, MAX_WIDTH], { clamp: true });
  return values.map((weight, index) => {
    const sign = weight > 0 ? 'positive' : weight < 0 ? 'negative' : 'zero';
    return {
      index,
      weight,
      width: width(Math.abs(weight)),
      color: sign === 'negative' ? NEGATIVE : POSITIVE,
      dash: sign === 'negative' ? '10 6' : undefined,
      sign,
    };
  });
}
