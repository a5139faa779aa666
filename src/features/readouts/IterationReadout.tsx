import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useRef } from 'react';
import { formatCount } from '../../format/number';
import type { LabState } from '../../state';
import { LiveReadout } from '../../ui/LiveReadout';
import { setText } from '../../ui/domWrites';
import { useTextWriter } from '../../ui/useTextWriter';

const iterationOf = (s: { iteration: number }) => s.iteration;

/**
 * What the line beside the label says: how fast a run goes, where a recomputation is heading (the number below
 * stays the iteration whose numbers are on screen), or that the run stopped at "Stop at".
 */
function statusOf(s: LabState): string {
  if (s.catchingUpTo !== null) {
    const target = formatCount(s.catchingUpTo);
    return t`going to ${target}`;
  }
  if (s.running) {
    const rate = s.frame ? Math.round(s.frame.iterationsPerSecond) : 0;
    const perSecond = formatCount(rate);
    return rate ? t`${perSecond} / s` : '';
  }
  return s.stoppedAt !== null && s.stoppedAt === s.iteration ? t`stopped here (Stop at)` : '';
}

/**
 * The iteration shown, large, labelled, always in view; beside the label, the run's speed or why it stopped.
 * Its width is fixed for the largest count with separators (4,294,967,295), so nothing after it ever moves.
 */
export function IterationReadout() {
  // Written at the text clock's pace without a React render: during a run the speed changes with every tick.
  const statusRef = useRef<HTMLSpanElement>(null);
  useTextWriter(statusRef, (state) => statusRef.current && setText(statusRef.current, statusOf(state)));
  return (
    <div className="iteration-readout">
      <span className="iteration-label" id="iteration-label">
        <Trans>Iteration</Trans>
      </span>
      <span ref={statusRef} className="iteration-status" data-testid="iteration-status" aria-live="off" />
      <LiveReadout testId="iteration" select={iterationOf} kind="count" className="iteration-value" labelledBy="iteration-label" />
    </div>
  );
}
