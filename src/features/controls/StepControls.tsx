import { useLab } from '../../state';
import { formatCount } from '../../format/number';

const STEPS = [1, 10, 100, 1000] as const;

/** Step 1 / 10 / 100 / 1000, Run (Pause while running) and Reset: the teacher's main buttons. */
export function StepControls() {
  const step = useLab((s) => s.step);
  const running = useLab((s) => s.running);
  const toggleRun = useLab((s) => s.toggleRun);
  const reset = useLab((s) => s.reset);
  const pause = useLab((s) => s.pause);
  // Recomputing towards an iteration (a link, a file, an edit, a restart): the main button stops it where it is.
  const catchingUpTo = useLab((s) => s.catchingUpTo);
  const stoppable = catchingUpTo !== null && !running;
  return (
    <div className="step-controls" role="group" aria-label="Training">
      {STEPS.map((count) => (
        <button key={count} type="button" onClick={() => step(count)}>
          Step {count}
        </button>
      ))}
      {stoppable ? (
        <button type="button" className="primary is-running" onClick={pause}>
          <span aria-hidden="true" className="button-icon">
            ■
          </span>
          Stop
        </button>
      ) : (
        <button type="button" className={running ? 'primary is-running' : 'primary'} onClick={toggleRun}>
          <span aria-hidden="true" className="button-icon">
            {running ? '❚❚' : '▶'}
          </span>
          {running ? 'Pause' : 'Run'}
        </button>
      )}
      <button type="button" onClick={reset}>
        Reset
      </button>
      {catchingUpTo !== null && <CatchUpProgress target={catchingUpTo} />}
    </div>
  );
}

/** "about 3 min left": from the worker's measured speed. */
function leftText(remaining: number, perSecond: number): string {
  if (!(perSecond > 0)) return '';
  const seconds = remaining / perSecond;
  if (seconds < 60) return `, about ${Math.max(1, Math.round(seconds))} s left`;
  if (seconds < 3600) return `, about ${Math.round(seconds / 60)} min left`;
  return `, about ${(seconds / 3600).toFixed(1)} h left`;
}

/** "Recomputing to 1,000,000,000: 37%, about 2 min left": the target, how far, and an estimate. */
function CatchUpProgress({ target }: { target: number }) {
  const reached = useLab((s) => s.frame?.trainedTo ?? 0);
  const perSecond = useLab((s) => s.frame?.iterationsPerSecond ?? 0);
  const share = target > 0 ? Math.min(99, Math.floor((100 * Math.min(reached, target)) / target)) : 0;
  return (
    <p className="catch-up-progress" role="status" aria-live="off">
      <progress max={target} value={Math.min(reached, target)} aria-label={`Recomputing to ${formatCount(target)}`} />
      Recomputing to {formatCount(target)}: {share}%{leftText(target - reached, perSecond)}
    </p>
  );
}
