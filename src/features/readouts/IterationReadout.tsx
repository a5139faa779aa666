import { useLab } from '../../state';
import { formatCount } from '../../format/number';
import { Readout } from '../../ui/Readout';
import { useFrameNumber } from '../../ui/useFrame';

/** The iteration shown, large, labelled, always in view; while running, how fast training goes. */
export function IterationReadout() {
  const iteration = useLab((s) => s.iteration);
  const running = useLab((s) => s.running);
  const perSecond = useFrameNumber((frame) => Math.round(frame.iterationsPerSecond));
  return (
    <div className="iteration-readout">
      <span className="iteration-label" id="iteration-label">
        Iteration
      </span>
      <Readout testId="iteration" value={iteration} kind="count" className="iteration-value" labelledBy="iteration-label" />
      <span className="iteration-rate" aria-live="off">
        {running && perSecond ? `${formatCount(perSecond)} / s` : ' '}
      </span>
    </div>
  );
}
