import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { useLab } from '../../state';
import { formatCount, formatDecimalText } from '../../format/number';
import { useNeedsTraining } from '../../ui/trainingOff';
import { StopAtField } from './StopAtField';

const STEPS = [1, 10, 100, 1000] as const;

/**
 * Step 1 / 10 / 100 / 1000, Run (Pause while running) with "Stop at" beside it, and Reset: the teacher's main
 * buttons. Every one keeps its size and place whatever the iteration or the run's state (Run and Pause share one
 * width), so a second click lands on the same button as the first.
 */
export function StepControls() {
  const step = useLab((s) => s.step);
  const running = useLab((s) => s.running);
  const toggleRun = useLab((s) => s.toggleRun);
  const reset = useLab((s) => s.reset);
  const pause = useLab((s) => s.pause);
  // Recomputing towards an iteration (a link, a file, an edit, a restart): the main button stops it where it is.
  const catchingUpTo = useLab((s) => s.catchingUpTo);
  // After the engine gave up, every button here is disabled and described by the message that says why.
  const off = useNeedsTraining();
  const stoppable = catchingUpTo !== null && !running && !off.disabled;
  const { t } = useLingui();
  return (
    <div className="step-controls" role="group" aria-label={t`Training`}>
      {/* One visible "Step" for the four: each button's name still says it in full ("Step 10"), so voice
          control and the tests find it by what it does. */}
      <span className="step-label" aria-hidden="true">
        <Trans context="the label before the buttons Step 1, 10, 100, 1000">Step</Trans>
      </span>
      {STEPS.map((count) => (
        <button
          key={count}
          type="button"
          className="step-button"
          aria-label={stepName(count)}
          disabled={off.disabled}
          aria-describedby={off.describedBy}
          title={off.title}
          onClick={() => step(count)}
        >
          {count}
        </button>
      ))}
      {/* Run, Pause and (while recomputing) Stop are one button in one place, of one width. */}
      {stoppable ? (
        <button type="button" className="primary run-button is-running" onClick={pause}>
          <span aria-hidden="true" className="button-icon">
            ■
          </span>
          <RunLabels shown="stop" />
        </button>
      ) : (
        <button
          type="button"
          className={running ? 'primary run-button is-running' : 'primary run-button'}
          disabled={off.disabled}
          aria-describedby={off.describedBy}
          title={off.title}
          onClick={toggleRun}
        >
          <span aria-hidden="true" className="button-icon">
            {running ? '❚❚' : '▶'}
          </span>
          <RunLabels shown={running ? 'pause' : 'run'} />
        </button>
      )}
      <StopAtField />
      <button type="button" className="reset-button" disabled={off.disabled} aria-describedby={off.describedBy} title={off.title} onClick={reset}>
        <Trans>Reset</Trans>
      </button>
      {catchingUpTo !== null && !off.disabled && <CatchUpProgress target={catchingUpTo} />}
    </div>
  );
}

/**
 * Run, Pause and Stop in one cell of a grid, only one visible (the hidden ones are no part of the button's name):
 * the button is as wide as the longest of the three in the screen's language, whichever it shows.
 */
function RunLabels({ shown }: { shown: 'run' | 'pause' | 'stop' }) {
  const { t } = useLingui();
  const labels = { run: t`Run`, pause: t`Pause`, stop: t({ message: 'Stop', context: 'stop recomputing' }) };
  return (
    <span className="run-labels">
      {(['run', 'pause', 'stop'] as const).map((key) => (
        // aria-hidden as well as hidden from sight: no reader of the button's text (an engine test, an older
        // screen reader) takes "RunPauseStop" for its name.
        <span key={key} className={key === shown ? undefined : 'is-off'} aria-hidden={key === shown ? undefined : true}>
          {labels[key]}
        </span>
      ))}
    </span>
  );
}

/** "Step 10": the button's name keeps the plain count (voice control and the tests say "Step 1000"). */
function stepName(count: number): string {
  const shown = String(count);
  return plural(count, { one: `Step ${shown}`, other: `Step ${shown}` });
}

/** "about 3 min left": from the worker's measured speed. */
function useLeftText(remaining: number, perSecond: number): string {
  const { t } = useLingui();
  if (!(perSecond > 0)) return '';
  const seconds = remaining / perSecond;
  if (seconds < 60) {
    const left = Math.max(1, Math.round(seconds));
    return t`, about ${left} s left`;
  }
  if (seconds < 3600) {
    const left = Math.round(seconds / 60);
    return t`, about ${left} min left`;
  }
  const left = formatDecimalText((seconds / 3600).toFixed(1));
  return t`, about ${left} h left`;
}

/** "Recomputing to 1,000,000,000: 37%, about 2 min left": the target, how far, and an estimate. */
function CatchUpProgress({ target }: { target: number }) {
  const reached = useLab((s) => s.frame?.trainedTo ?? 0);
  const perSecond = useLab((s) => s.frame?.iterationsPerSecond ?? 0);
  const share = target > 0 ? Math.min(99, Math.floor((100 * Math.min(reached, target)) / target)) : 0;
  const left = useLeftText(target - reached, perSecond);
  const { t } = useLingui();
  const to = formatCount(target);
  return (
    <p className="catch-up-progress" role="status" aria-live="off">
      <progress max={target} value={Math.min(reached, target)} aria-label={t`Recomputing to ${to}`} />
      <Trans>Recomputing to {to}: {share}%</Trans>
      {left}
    </p>
  );
}
