import type { AxisKind } from './iterationAxis';
import { iterationAxis } from './iterationAxis';
import type { Domain } from './drawTimeChart';

/**
 * The domain to draw a running frame with: the `needed` one, except that a linear iteration axis keeps the end it
 * shows while the run stays inside it and at least half of it, and otherwise jumps to the round end at or above
 * twice the needed one. The exact nice end moves every couple of million iterations, and each move is a new SVG
 * axis on the page (about six a second at full speed); with the room ahead an axis changes when the run doubles.
 * A still frame (paused, stepped, sought, the end) is drawn with the exact domain. The y range is never loosened:
 * the lines keep their full height.
 */
export function runningDomain(shown: Domain, needed: Domain, axis: AxisKind): Domain {
  if (axis !== 'linear') return needed;
  const ahead = iterationAxis('linear', 2 * needed.xEnd, [0, 1]).end;
  const keep = shown.xEnd >= needed.xEnd && shown.xEnd <= ahead;
  return { xEnd: keep ? shown.xEnd : ahead, y0: needed.y0, y1: needed.y1 };
}

/** The domain to draw with: a running frame's (with room ahead of the axes `shown`), or a still frame's exact one. */
export const domainToDraw = (running: boolean, shown: Domain | null, needed: Domain, axis: AxisKind): Domain =>
  running && shown ? runningDomain(shown, needed, axis) : needed;
