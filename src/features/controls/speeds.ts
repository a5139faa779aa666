import { t } from '@lingui/core/macro';
import { MAX_SPEED } from '../../worker/protocol';
import { formatCount } from '../../format/number';

/** The speed control's stops, in iterations per second: one at a time to watch, up to as fast as possible. */
export const SPEEDS: readonly number[] = [1, 2, 5, 10, 30, 100, 1000, 10_000, 100_000, MAX_SPEED];

/** The stop nearest to a speed (a speed from a link may fall between stops). */
export function speedIndex(speed: number): number {
  if (speed === MAX_SPEED) return SPEEDS.length - 1;
  let best = 0;
  SPEEDS.forEach((stop, i) => {
    if (Math.abs(Math.log(stop) - Math.log(speed)) < Math.abs(Math.log(SPEEDS[best]!) - Math.log(speed))) best = i;
  });
  return best;
}

export function speedText(speed: number): string {
  if (speed === MAX_SPEED) return t`max`;
  const perSecond = formatCount(speed);
  return t`${perSecond} / s`;
}
