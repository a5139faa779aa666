import { t } from '@lingui/core/macro';
import type { LabState, LabStore } from '../../state';
import { formatCount, formatValue, SIGNIFICANT_DIGITS, type Digits } from '../../format/number';

/**
 * How long the neuron must stand still before the live region speaks: repeated Step presses, a timeline drag or
 * the frames of a recomputation settle into one announcement instead of a queue of stale ones.
 */
export const SETTLE_MS = 400;

/** What the live region says: the iteration and the prediction, written as the screen writes them. */
export function announcementOf(frame: { iteration: number; prediction: number }, digits: Digits = SIGNIFICANT_DIGITS): string {
  const iteration = formatCount(frame.iteration);
  const prediction = formatValue(frame.prediction, digits);
  return t`Iteration ${iteration}, prediction ${prediction}`;
}

/** Paused, with a frame the worker sent while paused: the numbers on screen will stay as they are. */
function settled(state: LabState): boolean {
  return !state.running && state.frame !== null && !state.frame.running;
}

/**
 * Calls `announce` with the iteration and prediction once they settle after a step, a pause, a seek or an edit,
 * never during a run and never for every frame. The first frame (the app as it opened) is not announced, nor is a
 * state that reads the same as the last one announced. Returns the unsubscribe function.
 */
export function followAnnouncements(store: LabStore, announce: (text: string) => void, settleMs = SETTLE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** What the timer will say: a paused worker may send more frames with the same numbers, which must not delay it. */
  let pending: string | null = null;
  let spoken: string | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  const speak = () => {
    const text = pending!;
    timer = null;
    pending = null;
    if (text === spoken) return;
    spoken = text;
    announce(text);
  };
  const initial = store.getState();
  if (settled(initial)) spoken = announcementOf(initial.frame!, initial.digits);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.frame === previous.frame && state.running === previous.running) return;
    if (!settled(state)) return cancel();
    // A run that stopped at "Stop at" says so first, as the header does.
    const stopped = state.stoppedAt !== null && state.stoppedAt === state.frame!.iteration;
    const said = announcementOf(state.frame!, state.digits);
    const text = stopped ? t`Stopped here (Stop at). ${said}` : said;
    // The first frame is the app as it opened (a Run may follow at once): taken as said, not announced.
    if (spoken === null) {
      spoken = text;
      return;
    }
    if (text === pending) return;
    cancel();
    pending = text;
    timer = setTimeout(speak, settleMs);
  });
  return () => {
    unsubscribe();
    cancel();
  };
}
