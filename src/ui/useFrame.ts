import { useEffect, useRef } from 'react';
import { useLabStore } from '../state';
import type { Frame } from '../worker/protocol';
import { useLabText } from './textClock';

/**
 * Calls `onFrame` with every new frame (and once with the current one), outside React's render: the
 * transient-update pattern, for drawing on a canvas or moving SVG marks through refs 60 times a second
 * without re-rendering anything.
 */
export function useFrameListener(onFrame: (frame: Frame | null) => void): void {
  const store = useLabStore();
  const callback = useRef(onFrame);
  useEffect(() => {
    callback.current = onFrame;
  });
  useEffect(() => {
    callback.current(store.getState().frame);
    return store.subscribe((state, previous) => {
      if (state.frame !== previous.frame) callback.current(state.frame);
    });
  }, [store]);
}

/**
 * One number from the frame the screen's text shows, for a readout: the component re-renders at most 8 times a
 * second during a run (the text clock), and only when that number changes; at once when paused or stepped.
 */
export function useFrameNumber(select: (frame: Frame) => number | undefined): number | undefined {
  return useLabText((state) => (state.frame ? select(state.frame) : undefined));
}

/**
 * The frame the screen's text shows, for what a person reads (labels, names, readouts): a re-render at most 8
 * times a second during a run, at once when paused or stepped. Marks that move with every frame are set through
 * refs from `useFrameListener` instead.
 */
export function useLatestFrame(): Frame | null {
  return useLabText((state) => state.frame);
}
