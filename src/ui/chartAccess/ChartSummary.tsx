import { useRef } from 'react';
import { duringRun, type LabState } from '../../state';
import { setText } from '../domWrites';
import { useTextWriter } from '../useTextWriter';

/**
 * Summaries follow a run once a second: current when read (a second behind at most), never a stream of changes.
 * Each is a sentence of formatted numbers worded through Lingui, and four charts' sentences 4 times a second were
 * a cost on every other frame on a school laptop for text nobody sees.
 */
export const SUMMARY_INTERVAL_MS = 1000;

/**
 * The one-line text alternative of a chart ("Weights over iterations, iteration 1,200: w1 -3.13, ..."), visually
 * hidden, for the chart's role="img" element to point at with aria-describedby. Not a live region: the live
 * announcer speaks after a step or a pause; this is read when the user reaches the chart. Written on the text
 * clock's ticks without a React render, at most every SUMMARY_INTERVAL_MS during a run, at once when it stops
 * (so a paused or stepped chart's summary is always that iteration's).
 */
export function ChartSummary({ id, describe }: { id: string; describe: (state: LabState) => string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const writtenAt = useRef(Number.NEGATIVE_INFINITY);
  useTextWriter(ref, (state) => {
    const element = ref.current;
    if (!element) return;
    const now = Date.now();
    if (duringRun(state) && now - writtenAt.current < SUMMARY_INTERVAL_MS) return;
    writtenAt.current = now;
    setText(element, describe(state));
  });
  return <p ref={ref} id={id} className="visually-hidden" />;
}
