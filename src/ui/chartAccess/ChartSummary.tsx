import { useRef } from 'react';
import type { LabState } from '../../state';
import { setText } from '../domWrites';
import { useTextWriter } from '../useTextWriter';

/** Summaries follow a run at most 4 times a second: current when read, never a stream of changes. */
export const SUMMARY_INTERVAL_MS = 250;

/**
 * The one-line text alternative of a chart ("Weights over iterations, iteration 1,200: w1 -3.13, ..."), visually
 * hidden, for the chart's role="img" element to point at with aria-describedby. Not a live region: the live
 * announcer speaks after a step or a pause; this is read when the user reaches the chart. Written on the text
 * clock's ticks without a React render, at most every SUMMARY_INTERVAL_MS during a run, at once when it stops.
 */
export function ChartSummary({ id, describe }: { id: string; describe: (state: LabState) => string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const writtenAt = useRef(Number.NEGATIVE_INFINITY);
  useTextWriter(ref, (state) => {
    const element = ref.current;
    if (!element) return;
    const now = Date.now();
    if (state.running && now - writtenAt.current < SUMMARY_INTERVAL_MS) return;
    writtenAt.current = now;
    setText(element, describe(state));
  });
  return <p ref={ref} id={id} className="visually-hidden" />;
}
