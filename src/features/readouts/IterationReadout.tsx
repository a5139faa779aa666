import { formatCount } from '../../format/number';
import { LiveReadout } from '../../ui/LiveReadout';
import { useLabText } from '../../ui/textClock';

const iterationOf = (s: { iteration: number }) => s.iteration;

/** The iteration shown, large, labelled, always in view; while running, how fast training goes. */
export function IterationReadout() {
  const rate = useLabText((s) => (s.running && s.frame ? Math.round(s.frame.iterationsPerSecond) : 0));
  return (
    <div className="iteration-readout">
      <span className="iteration-label" id="iteration-label">
        Iteration
      </span>
      <LiveReadout testId="iteration" select={iterationOf} kind="count" className="iteration-value" labelledBy="iteration-label" />
      <span className="iteration-rate" aria-live="off">
        {rate ? `${formatCount(rate)} / s` : ' '}
      </span>
    </div>
  );
}
