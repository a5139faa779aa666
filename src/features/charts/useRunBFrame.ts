import { useEffect, useRef, type RefObject } from 'react';
import type { LabStore } from '../../state';
import type { Frame } from '../../worker/protocol';

/**
 * Keeps run B's latest frame in `frameBRef` while comparing (null otherwise), outside React's render, and calls
 * `onChange` with each new one, and when comparing starts or ends: run B's lines on a chart follow its own frames.
 */
export function useRunBFrame(runB: LabStore | null, frameBRef: RefObject<Frame | null>, onChange: () => void): void {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    if (!runB) {
      if (frameBRef.current !== null) {
        frameBRef.current = null;
        callback.current();
      }
      return;
    }
    frameBRef.current = runB.getState().frame;
    callback.current();
    return runB.subscribe((state, previous) => {
      if (state.frame === previous.frame) return;
      frameBRef.current = state.frame;
      callback.current();
    });
  }, [runB, frameBRef]);
}
