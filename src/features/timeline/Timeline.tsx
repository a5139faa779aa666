import { useEffect, useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { formatCount } from '../../format/number';
import { MAX_ITERATION, useLabStore } from '../../state';
import { useLabText } from '../../ui/textClock';
import { useNeedsTraining } from '../../ui/trainingOff';
import { Scrubber } from './scrubber';
import { TimelineMarks } from './TimelineMarks';
import { GoToIteration } from './GoToIteration';
import './timeline.css';

/**
 * The timeline: a slider over every iteration trained, 0 to the furthest. Moving it shows that iteration's exact
 * weights and outputs (the worker rewinds through its checkpoints), and the time charts mark it with a cursor.
 * With the keyboard, Left and Right go back and forward one iteration, Shift with them ten, Page Up/Down further,
 * Home and End to the ends. Its number is the iteration in view, and a field: type one and press Enter to go there.
 */
export function Timeline() {
  const id = useId();
  const store = useLabStore();
  // At the text clock's pace: 8 times a second during a run, at once when paused or stepped.
  const iteration = useLabText((s) => s.iteration);
  // A link may ask for an iteration the worker has not reached yet: the slider's end never cuts the iteration off.
  const end = useLabText((s) => Math.max(s.trainedTo, s.iteration));
  // After a worker restart that took the run up from the last frame, the history starts there (see Frame.knownFrom).
  const knownFrom = useLabText((s) => s.frame?.knownFrom ?? 0);
  const [draft, setDraft] = useState<number | null>(null);
  const off = useNeedsTraining();
  const { t } = useLingui();
  const [scrubber] = useState(
    () =>
      new Scrubber(
        {
          seek: (k) => store.getState().seek(k),
          requestFrame: (callback) => window.requestAnimationFrame(callback),
        },
        setDraft,
      ),
  );

  useEffect(() => {
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.iteration !== previous.iteration || state.frame !== previous.frame) scrubber.shown(state.iteration);
    });
    return () => {
      unsubscribe();
      scrubber.cancel();
    };
  }, [store, scrubber]);

  const value = Math.min(draft ?? iteration, end);
  const kept = formatCount(knownFrom);
  const unknown = knownFrom > 0 && end > 0 ? t`Before ${kept} is not kept since the training restarted: going there recomputes it from 0` : null;
  const at = formatCount(value);
  const of = formatCount(end);
  const valueText =
    knownFrom > 0 && end > 0 ? t`Iteration ${at} of ${of} (before ${kept} is not kept since the training restarted: going there recomputes it from 0)` : t`Iteration ${at} of ${of}`;
  return (
    <div className="timeline" data-known-from={knownFrom}>
      <label htmlFor={id} className="timeline-label">
        <Trans>Timeline</Trans>
      </label>
      <div className="timeline-track">
        <input
          id={id}
          className="timeline-range"
          type="range"
          min={0}
          max={end}
          step={1}
          value={value}
          disabled={end === 0 || off.disabled}
          aria-describedby={off.describedBy}
          title={off.title}
          aria-valuetext={valueText}
          onChange={(event) => scrubber.move(Number(event.currentTarget.value), store.getState().iteration)}
          onKeyDown={(event) => {
            // Shift+Left and Shift+Right move ten iterations, as the keyboard help says (forward past the end trains).
            if (!event.shiftKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
            event.preventDefault();
            const from = store.getState().iteration;
            store.getState().goTo(event.key === 'ArrowRight' ? Math.min(from + 10, MAX_ITERATION) : Math.max(from - 10, 0));
          }}
        />
        {unknown && (
          // The thumb's middle runs from 10 px to 100% - 10 px: the hatching ends where the thumb stands at knownFrom.
          <div className="timeline-unknown" title={unknown} style={{ width: `calc((100% - 20px) * ${Math.min(1, knownFrom / end)})` }} />
        )}
        <TimelineMarks end={end} disabled={off.disabled} />
      </div>
      <GoToIteration shown={value} />
    </div>
  );
}
