import { useLab } from '../../state';

const STEPS = [1, 10, 100, 1000] as const;

/** Step 1 / 10 / 100 / 1000, Run (Pause while running) and Reset: the teacher's main buttons. */
export function StepControls() {
  const step = useLab((s) => s.step);
  const running = useLab((s) => s.running);
  const toggleRun = useLab((s) => s.toggleRun);
  const reset = useLab((s) => s.reset);
  return (
    <div className="step-controls" role="group" aria-label="Training">
      {STEPS.map((count) => (
        <button key={count} type="button" onClick={() => step(count)}>
          Step {count}
        </button>
      ))}
      <button type="button" className={running ? 'primary is-running' : 'primary'} onClick={toggleRun}>
        <span aria-hidden="true" className="button-icon">
          {running ? '❚❚' : '▶'}
        </span>
        {running ? 'Pause' : 'Run'}
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
    </div>
  );
}
