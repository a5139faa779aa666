import type { Frame } from '../../worker/protocol';
import { useLatestFrame } from '../../ui/useFrame';

/**
 * The frame the Explore panels draw: the latest at once while paused (a step, a seek: the exact numbers of that
 * iteration), at the text clock's pace during a run (8 times a second). On the one clock of the screen's text,
 * the three panels change in the same task as every other number, so a tick costs the page one layout and one
 * paint, not one per panel at moments of its own.
 */
export function useShownFrame(): Frame | null {
  return useLatestFrame();
}
