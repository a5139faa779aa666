import { linearMap, niceDomain, symlogMap } from '../../ui/plainScales';

export type AxisKind = 'linear' | 'log';

/** The smallest power of ten at or above `value` (and at least 10). */
export function powerOfTenAbove(value: number): number {
  let power = 10;
  while (power < value) power *= 10;
  return power;
}

/** Where an iteration sits on the time charts' x axis, and the axis's last iteration. */
export interface IterationAxis {
  /** Iteration -> x pixel. */
  x: (iteration: number) => number;
  /** The last iteration the axis shows: a round number at or above the furthest trained. */
  end: number;
}

/**
 * The iteration axis of the time charts, in plain arithmetic (the charts' worker draws with it; the page's axes add
 * ticks in iterationScale.ts). Linear: 0 to d3's nice end for 5 ticks. Logarithmic: a symmetric log scale (so
 * iteration 0 has a place) up to the power of ten at or above the furthest trained.
 */
export function iterationAxis(kind: AxisKind, trainedTo: number, range: readonly [number, number]): IterationAxis {
  if (kind === 'log') {
    const end = powerOfTenAbove(trainedTo);
    return { x: symlogMap(0, end, range[0], range[1]), end };
  }
  const [start, end] = niceDomain(0, Math.max(10, trainedTo), 5);
  return { x: linearMap(start, end, range[0], range[1]), end };
}
