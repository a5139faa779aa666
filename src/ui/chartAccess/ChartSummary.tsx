import type { LabState } from '../../state';
import { useFollowed } from './useFollowed';

/** Summaries follow a run at most 4 times a second: current when read, never a stream of changes. */
export const SUMMARY_INTERVAL_MS = 250;

/**
 * The one-line text alternative of a chart ("Weights over iterations, iteration 1,200: w1 -3.13, ..."), visually
 * hidden, for the chart's role="img" element to point at with aria-describedby. Not a live region: the live
 * announcer speaks after a step or a pause; this is read when the user reaches the chart.
 */
export function ChartSummary({ id, describe }: { id: string; describe: (state: LabState) => string }) {
  const text = useFollowed(describe, SUMMARY_INTERVAL_MS);
  return (
    <p id={id} className="visually-hidden">
      {text}
    </p>
  );
}
