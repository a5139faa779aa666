import { scaleLinear, scaleSymlog } from 'd3-scale';

export type AxisKind = 'linear' | 'log';

export interface IterationScale {
  /** Iteration -> x pixel. */
  x: (iteration: number) => number;
  /** x pixel -> iteration (not rounded). */
  invert: (pixel: number) => number;
  /** The last iteration the axis shows: a round number at or above the furthest trained. */
  end: number;
  ticks: number[];
}

/** The smallest power of ten at or above `value` (and at least 10). */
export function powerOfTenAbove(value: number): number {
  let power = 10;
  while (power < value) power *= 10;
  return power;
}

/**
 * The iteration axis of the time charts. Linear: 0 to a round end with d3's ticks. Logarithmic: a symmetric
 * log scale (so iteration 0 has a place) with a tick at every power of ten, which tells the tutorial's
 * 10 / 100 / 10,000 story at a glance.
 */
export function iterationScale(kind: AxisKind, trainedTo: number, range: [number, number]): IterationScale {
  if (kind === 'log') {
    const end = powerOfTenAbove(trainedTo);
    const scale = scaleSymlog().constant(1).domain([0, end]).range(range);
    const ticks = [0];
    for (let power = 1; power <= end; power *= 10) ticks.push(power);
    const stride = Math.ceil(ticks.length / 7);
    return { x: scale, invert: (pixel) => scale.invert(pixel), end, ticks: ticks.filter((_, i) => i === 0 || i % stride === 0) };
  }
  const scale = scaleLinear().domain([0, Math.max(10, trainedTo)]).range(range).nice(5);
  const end = scale.domain()[1]!;
  return { x: scale, invert: (pixel) => scale.invert(pixel), end, ticks: scale.ticks(5) };
}
