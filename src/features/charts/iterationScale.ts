import { iterationAxis, type AxisKind, type IterationAxis } from './iterationAxis';
import { linearScale, symlogInvert } from '../../ui/plainScales';

export { powerOfTenAbove, type AxisKind } from './iterationAxis';

export interface IterationScale extends IterationAxis {
  /** x pixel -> iteration (not rounded). */
  invert: (pixel: number) => number;
  ticks: number[];
}

/**
 * The iteration axis as the page's axes draw it: iterationAxis's positions (the ones the charts' worker draws with)
 * and end, with d3's ticks and inverse. Linear: ticks from d3. Logarithmic: a tick at every power of ten, which
 * tells the tutorial's 10 / 100 / 10,000 story at a glance.
 */
export function iterationScale(kind: AxisKind, trainedTo: number, range: [number, number]): IterationScale {
  const { x, end } = iterationAxis(kind, trainedTo, range);
  if (kind === 'log') {
    const invert = symlogInvert(0, end, range[0], range[1]);
    const ticks = [0];
    for (let power = 1; power <= end; power *= 10) ticks.push(power);
    const stride = Math.ceil(ticks.length / 7);
    return { x, invert, end, ticks: ticks.filter((_, i) => i === 0 || i % stride === 0) };
  }
  const scale = linearScale([0, end], range);
  return { x, invert: scale.invert, end, ticks: scale.ticks(5) };
}
