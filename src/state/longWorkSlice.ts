import { t } from '@lingui/core/macro';
import { formatCount, formatDecimalText } from '../format/number';
import type { LongWorkSlice, Slice } from './labState';

/** Work that would take longer than this (seconds, at the speed measured on this device) is asked about first. */
export const ASK_AFTER_SECONDS = 10;

/** Seconds to train from `reached` to `target` at `perSecond` iterations a second; Infinity while unmeasured. */
export function secondsToReach(target: number, reached: number, perSecond: number): number {
  if (!(perSecond > 0)) return Number.POSITIVE_INFINITY;
  return Math.max(0, target - reached) / perSecond;
}

/** "about 6 min", "about 2.5 h": the rough size of a wait, for the question and its notice. */
export function aboutText(seconds: number): string {
  if (seconds < 90) {
    const amount = Math.max(1, Math.round(seconds));
    return t`about ${amount} s`;
  }
  if (seconds < 90 * 60) {
    const amount = Math.round(seconds / 60);
    return t`about ${amount} min`;
  }
  const amount = formatDecimalText((seconds / 3600).toFixed(1));
  return t`about ${amount} h`;
}

/**
 * "Ask before a long recomputation" (issue 15, part 4): a link or file whose iteration is far ahead opens at
 * once and starts towards it; as soon as the worker has measured its speed on this table, a wait of more than
 * ASK_AFTER_SECONDS pauses it where it is and asks. Going on trains on from there (nothing trained is lost);
 * staying keeps the iteration reached, and a notice still offers the way on.
 */
export const createLongWorkSlice: Slice<LongWorkSlice> = (set, get) => ({
  longWork: null,
  openAt(iteration, source) {
    get().goTo(iteration);
    // Within what is trained there is nothing to wait for.
    set({ longWork: get().catchingUpTo === null ? null : { phase: 'measuring', target: iteration, source } });
  },
  weighLongWork() {
    const { longWork, catchingUpTo, frame } = get();
    if (longWork === null || longWork.phase !== 'measuring') return;
    // Arrived, stopped, reset or edited before the speed was known: nothing to ask.
    if (catchingUpTo !== longWork.target || frame === null) {
      if (catchingUpTo !== longWork.target) set({ longWork: null });
      return;
    }
    const perSecond = frame.iterationsPerSecond;
    if (!(perSecond > 0)) return; // not measured yet
    // The first quarter second's speed is a warm-up's (the worker's code is still being compiled and its chunks
    // sized): the estimate uses the next one.
    if (longWork.warmUpRate === undefined || longWork.warmUpRate === perSecond) {
      if (longWork.warmUpRate === undefined) set({ longWork: { ...longWork, warmUpRate: perSecond } });
      return;
    }
    const seconds = secondsToReach(longWork.target, frame.trainedTo, perSecond);
    if (seconds <= ASK_AFTER_SECONDS) {
      set({ longWork: null });
      return;
    }
    get().pause();
    // Shown at once where it stopped (the pause's own frame comes a moment later, a few iterations further): the
    // question must not say "open now at 4,294,967,295" while the counter still shows the target.
    set({
      iteration: frame.trainedTo,
      catchingUpTo: null,
      longWork: { phase: 'asking', target: longWork.target, source: longWork.source, seconds, perSecond },
    });
  },
  answerLongWork(goOn) {
    const { longWork } = get();
    if (longWork === null || longWork.phase !== 'asking') return;
    set({ longWork: null });
    if (goOn) {
      get().goTo(longWork.target);
      return;
    }
    const { target } = longWork;
    const stayedAt = get().iteration;
    const at = formatCount(stayedAt);
    const to = formatCount(target);
    const wait = aboutText(longWork.seconds);
    const text =
      longWork.source === 'file'
        ? t`Stayed at iteration ${at}; the file goes on to ${to} (${wait} on this device).`
        : longWork.source === 'saved table'
          ? t`Stayed at iteration ${at}; the saved table goes on to ${to} (${wait} on this device).`
          : t`Stayed at iteration ${at}; the link goes on to ${to} (${wait} on this device).`;
    get().addNotice(text, 'info', [{ label: t`Go on to ${to}`, run: () => get().goTo(target) }]);
  },
});
