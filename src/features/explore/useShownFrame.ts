import { useEffect, useState } from 'react';
import { useLabStore } from '../../state';
import { followStore } from '../../ui/followStore';
import type { Frame } from '../../worker/protocol';

/**
 * The frame the Explore panels draw: the latest at once while paused (a step, a seek: the exact numbers of that
 * iteration), at most every `intervalMs` during a run. Ten drawings a second are smooth to the eye and keep
 * these SVG panels well inside the per-frame budget at full speed.
 */
export function useShownFrame(intervalMs = 100): Frame | null {
  const store = useLabStore();
  const [frame, setFrame] = useState<Frame | null>(() => store.getState().frame);
  useEffect(() => followStore(store, (state) => state.frame, Object.is, (state) => setFrame(state.frame), intervalMs), [store, intervalMs]);
  return frame;
}
