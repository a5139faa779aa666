import { useEffect } from 'react';
import { useLab } from '../../state';
import type { AxisKind } from './iterationScale';

/**
 * Samples per series the time charts ask for: more than a plot's width in pixels on any screen here, so a
 * line never shows its corners, and few enough to draw 60 times a second.
 */
export const SERIES_POINTS = 1000;

/**
 * Tells the engine how the time charts want the history sampled: evenly in iterations for a linear axis, evenly
 * in log(1 + iteration) for the log axis (so the first ten iterations get as many samples as the last
 * thousands). Sent again whenever the axis changes or an engine attaches.
 */
export function useSeriesRequest(axis: AxisKind): void {
  const engine = useLab((s) => s.engine);
  useEffect(() => {
    engine?.send({ type: 'setSeries', request: { scale: axis, points: SERIES_POINTS } });
  }, [engine, axis]);
}
