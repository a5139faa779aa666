import { useEffect, useRef } from 'react';
import { labStore, useLab } from '../state';
import type { Frame } from '../worker/protocol';

/**
 * Calls `onFrame` with every new frame (and once with the current one), outside React's render: the
 * transient-update pattern, for drawing on a canvas 60 times a second without re-rendering anything.
 */
export function useFrameListener(onFrame: (frame: Frame | null) => void): void {
  const callback = useRef(onFrame);
  useEffect(() => {
    callback.current = onFrame;
  });
  useEffect(() => {
    callback.current(labStore.getState().frame);
    return labStore.subscribe((state, previous) => {
      if (state.frame !== previous.frame) callback.current(state.frame);
    });
  }, []);
}

/**
 * One number from the latest frame, for a readout. The component re-renders only when that number changes,
 * so a table cell does not re-render while its value stands still.
 */
export function useFrameNumber(select: (frame: Frame) => number | undefined): number | undefined {
  return useLab((state) => (state.frame ? select(state.frame) : undefined));
}

/**
 * The latest frame, for SVG charts with a handful of marks: only the calling component re-renders with each
 * frame, and in the same commit as every number readout, so the diagram never lags a frame behind the table.
 */
export function useLatestFrame(): Frame | null {
  return useLab((state) => state.frame);
}
