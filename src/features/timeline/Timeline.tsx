import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { formatCount } from '../../format/number';
import { MAX_ITERATION, useLabStore, type LabState } from '../../state';
import { textClock, useLabText } from '../../ui/textClock';
import { useNeedsTraining } from '../../ui/trainingOff';
import { Scrubber } from './scrubber';
import { TimelineMarks } from './TimelineMarks';
import { GoToIteration } from './GoToIteration';
import './timeline.css';

/** The slider's end: a link may ask for an iteration the worker has not reached yet, and the end never cuts it off. */
const endOf = (state: LabState) => Math.max(state.trainedTo, state.iteration);

/**
 * The timeline: a slider over every iteration trained, 0 to the furthest. Moving it shows that iteration's exact
 * weights and outputs (the worker rewinds through its checkpoints), and the time charts mark it with a cursor.
 * With the keyboard, Left and Right go back and forward one iteration, Shift with them ten, Page Up/Down further,
 * Home and End to the ends. Its number is the iteration in view, and a field: type one and press Enter to go there.
 * What moves in a run (the thumb, the slider's end, its spoken value, the marks' places, the number) is written on
 * each tick of the text clock (8 times a second, at once when paused or stepped) without a render.
 */
export function Timeline() {
  const id = useId();
  const store = useLabStore();
  const clock = textClock(store);
  const inputRef = useRef<HTMLInputElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  // Renders only when the structure changes: training begun (the slider is enabled) or the history's start moved.
  const empty = useLabText((s) => endOf(s) === 0);
  // After a worker restart that took the run up from the last frame, the history starts there (see Frame.knownFrom).
  const knownFrom = useLabText((s) => s.frame?.knownFrom ?? 0);
  const [draft, setDraft] = useState<number | null>(null);
  const draftRef = useRef(draft);
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

  const kept = formatCount(knownFrom);
  const unknown = knownFrom > 0 && !empty ? t`Before ${kept} is not kept since the training restarted: going there recomputes it from 0` : null;
  const valueTextOf = useCallback(
    (value: number, end: number) => {
      const at = formatCount(value);
      const of = formatCount(end);
      return knownFrom > 0 && end > 0
        ? t`Iteration ${at} of ${of} (before ${kept} is not kept since the training restarted: going there recomputes it from 0)`
        : t`Iteration ${at} of ${of}`;
    },
    [kept, knownFrom, t],
  );

  // The moving parts, from the state the text shows (or the position being dragged to).
  const write = useCallback(() => {
    const input = inputRef.current;
    const track = trackRef.current;
    if (!input || !track) return;
    const state = clock.current();
    const end = endOf(state);
    const value = Math.min(draftRef.current ?? state.iteration, end);
    // The end first: a range input clamps its value to its max.
    if (input.max !== String(end)) input.max = String(end);
    if (input.value !== String(value)) input.value = String(value);
    input.setAttribute('aria-valuetext', valueTextOf(value, end));
    // The marks and the hatching are placed as fractions of the end (timeline.css).
    track.style.setProperty('--timeline-end', String(Math.max(1, end)));
  }, [clock, valueTextOf]);
  useLayoutEffect(() => {
    draftRef.current = draft;
    write();
  });
  useLayoutEffect(() => clock.subscribe(write), [clock, write]);

  return (
    <div className="timeline" data-known-from={knownFrom}>
      <label htmlFor={id} className="timeline-label">
        <Trans>Timeline</Trans>
      </label>
      <div className="timeline-track" ref={trackRef}>
        <input
          ref={inputRef}
          id={id}
          className="timeline-range"
          type="range"
          min={0}
          step={1}
          disabled={empty || off.disabled}
          aria-describedby={off.describedBy}
          title={off.title}
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
          <div className="timeline-unknown" title={unknown} style={{ '--known-from': knownFrom } as CSSProperties} />
        )}
        <TimelineMarks empty={empty} disabled={off.disabled} />
      </div>
      <GoToIteration dragged={draft} />
    </div>
  );
}
