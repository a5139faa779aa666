import { useEffect, useId, useState } from 'react';
import { formatCount } from '../../format/number';
import { labStore, MAX_ITERATION } from '../../state';
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
  // At the text clock's pace: 8 times a second during a run, at once when paused or stepped.
  const iteration = useLabText((s) => s.iteration);
  // A link may ask for an iteration the worker has not reached yet: the slider's end never cuts the iteration off.
  const end = useLabText((s) => Math.max(s.trainedTo, s.iteration));
  const [draft, setDraft] = useState<number | null>(null);
  const off = useNeedsTraining();
  const [scrubber] = useState(
    () =>
      new Scrubber(
        {
          seek: (k) => labStore.getState().seek(k),
          requestFrame: (callback) => window.requestAnimationFrame(callback),
        },
        setDraft,
      ),
  );

  useEffect(() => {
    const unsubscribe = labStore.subscribe((state, previous) => {
      if (state.iteration !== previous.iteration || state.frame !== previous.frame) scrubber.shown(state.iteration);
    });
    return () => {
      unsubscribe();
      scrubber.cancel();
    };
  }, [scrubber]);

  const value = Math.min(draft ?? iteration, end);
  return (
    <div className="timeline">
      <label htmlFor={id} className="timeline-label">
        Timeline
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
          aria-valuetext={`Iteration ${formatCount(value)} of ${formatCount(end)}`}
          onChange={(event) => scrubber.move(Number(event.currentTarget.value), labStore.getState().iteration)}
          onKeyDown={(event) => {
            // Shift+Left and Shift+Right move ten iterations, as the keyboard help says (forward past the end trains).
            if (!event.shiftKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
            event.preventDefault();
            const from = labStore.getState().iteration;
            labStore.getState().goTo(event.key === 'ArrowRight' ? Math.min(from + 10, MAX_ITERATION) : Math.max(from - 10, 0));
          }}
        />
        <TimelineMarks end={end} disabled={off.disabled} />
      </div>
      <GoToIteration shown={value} />
    </div>
  );
}
