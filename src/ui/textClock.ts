import { useSyncExternalStore } from 'react';
import { useLabStore, type LabState, type LabStore } from '../state';
import { followStore } from './followStore';
import { oncePerTask } from './oncePerTask';

/**
 * How often numbers a person reads are rewritten during a run: 8 times a second, steady and readable, where 60
 * would cost a frame's worth of text layout for nothing anyone can read. Paused, stepped or sought, every change
 * shows at once, so a still screen always shows the exact numbers of its iteration.
 */
export const TEXT_INTERVAL_MS = 125;

/** The store's state as the screen's text shows it: the latest state, at most every TEXT_INTERVAL_MS during a run. */
export interface TextClock {
  /** The state the text shows now. */
  current(): LabState;
  /** Called after each tick (a change shown). Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const clocks = new WeakMap<LabStore, TextClock>();

/** One clock per store: one subscription and one timer for all the text on the screen. */
export function textClock(store: LabStore): TextClock {
  let clock = clocks.get(store);
  if (clock) return clock;
  const listeners = new Set<() => void>();
  let shown: LabState | null = null;
  let stop: (() => void) | null = null;
  clock = {
    current: () => shown ?? store.getState(),
    subscribe(listener) {
      listeners.add(listener);
      stop ??= followStore(
        store,
        (state) => state,
        Object.is,
        (state) => {
          shown = state;
          for (const each of listeners) each();
        },
        TEXT_INTERVAL_MS,
      );
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop();
          stop = null;
          shown = null;
        }
      };
    },
  };
  clocks.set(store, clock);
  return clock;
}

/**
 * Calls `listener` on the ticks of `clock` and, while comparing, of `clockB` too: once for both clocks' ticks of one
 * task (they tick together, on one time grid), so a number of both runs (B - A) or a drawing of both is written
 * once. Returns the unsubscribe function.
 */
export function followClocks(clock: TextClock, clockB: TextClock | null, listener: () => void): () => void {
  if (!clockB) return clock.subscribe(listener);
  const onTick = oncePerTask(listener);
  const stopA = clock.subscribe(onTick);
  const stopB = clockB.subscribe(onTick);
  return () => {
    stopA();
    stopB();
  };
}

/**
 * `selector` of the state the text shows: like `useLab`, but during a run the component re-renders at most 8
 * times a second. For text and for marks a person reads; geometry that moves with every frame goes through
 * `useFrameListener` and refs instead. The selector must return a primitive or a reference the state holds.
 */
export function useLabText<T>(selector: (state: LabState) => T): T {
  return useRunText(useLabStore(), selector);
}

/** useLabText of a given run's store (Compare reads run B beside run A in one component, for their difference). */
export function useRunText<T>(store: LabStore, selector: (state: LabState) => T): T {
  const clock = textClock(store);
  return useSyncExternalStore(clock.subscribe, () => selector(clock.current()));
}
