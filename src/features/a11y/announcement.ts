import type { LabState, LabStore } from '../../state';
import { formatCount, formatValue } from '../../format/number';

/**
 * How long the neuron must stand still before the live region speaks: repeated Step presses, a timeline drag or
 * the frames of a recomputation settle into one announcement instead of a queue of stale ones.
 */
export const SETTLE_MS = 400;

/** What the live region says: the iteration and the prediction, written as the screen writes them. */
export function announcementOf(frame: { iteration: number; prediction: number }): string {
  return `Iteration ${formatCount(frame.iteration)}, prediction ${formatValue(frame.prediction)}`;
}

/** Paused, with a frame the worker sent while paused: the numbers on screen will stay as they are. */
function settled(state: LabState): boolean {
  return !state.running && state.frame !== null && !state.frame.running;
}

/**
 * Calls `announce` with the iteration and prediction once they settle after a step, a pause, a seek or an edit,
 * never during a run and never for every frame. The first settled state (the app as it opened) is not announced,
 * nor is a state that reads the same as the last one announced. Returns the unsubscribe function.
 */
export function followAnnouncements(store: LabStore, announce: (text: string) => void, settleMs = SETTLE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let spoken: string | null = null;
  const speak = () => {
    timer = null;
    const state = store.getState();
    if (!settled(state)) return;
    const text = announcementOf(state.frame!);
    if (text === spoken) return;
    const opening = spoken === null;
    spoken = text;
    if (!opening) announce(text);
  };
  const initial = store.getState();
  if (settled(initial)) spoken = announcementOf(initial.frame!);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.frame === previous.frame && state.running === previous.running) return;
    if (timer !== null) clearTimeout(timer);
    timer = settled(state) ? setTimeout(speak, settleMs) : null;
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
