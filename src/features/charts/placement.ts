import { boxesIntersect, boxInside, circleHitsBox, type Box, type Point } from '../../ui/geometry';

/*
 * Placing a chart's marks and labels so that none hides another: each goes to the first of its candidate places
 * that is free of what was placed before it. Cheap enough for every frame: a few dozen marks, a few candidates.
 */

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export type Obstacle = { box: Box } | { circle: Circle };

function hits(box: Box, obstacle: Obstacle): boolean {
  return 'box' in obstacle ? boxesIntersect(box, obstacle.box) : circleHitsBox(obstacle.circle, obstacle.circle.r, box);
}

/**
 * The first candidate inside `bounds` that meets no obstacle; when none is free, the one inside `bounds` that meets
 * the fewest (the first candidate if none lies inside). `crossings`, if given, counts what else a candidate crosses
 * (a chart's curves): it only decides between candidates that meet the same number of obstacles, so a label stays
 * clear of the marks first and of the curves second.
 */
export function placeBox(candidates: readonly Box[], obstacles: readonly Obstacle[], bounds: Box, crossings?: (box: Box) => number): { box: Box; free: boolean } {
  let best: Box | null = null;
  let fewest = Infinity;
  for (const box of candidates) {
    if (!boxInside(box, bounds)) continue;
    const hit = obstacles.reduce((n, o) => n + (hits(box, o) ? 1 : 0), 0);
    // Worse than the best so far on obstacles alone: its crossings cannot make up for it.
    if (hit * 1000 >= fewest) continue;
    const count = hit * 1000 + (crossings ? crossings(box) : 0);
    if (count === 0) return { box, free: true };
    if (count < fewest) {
      fewest = count;
      best = box;
    }
  }
  return { box: best ?? candidates[0]!, free: false };
}

/** Where each mark is drawn, and whether it left its true place (then a leader line joins the two). */
export interface PlacedMark {
  at: Point;
  drawn: Point;
  moved: boolean;
}

/**
 * Marks of radius r at their true points: each stays there unless an earlier mark (or an obstacle) is in the way;
 * then it goes beside it (left or right, the first side with room), else above or below, else further out. Two
 * rows at the same point are drawn side by side, each still named, with a leader line to where both belong.
 */
export function placeMarks(points: readonly Point[], r: number, bounds: Box, obstacles: readonly Obstacle[] = []): PlacedMark[] {
  const step = 2 * r + 4;
  const offsets: Point[] = [{ x: 0, y: 0 }];
  for (let k = 1; k <= 4; k++) {
    const d = k * step;
    offsets.push({ x: d, y: 0 }, { x: -d, y: 0 }, { x: 0, y: -d }, { x: 0, y: d }, { x: d, y: -d }, { x: -d, y: -d }, { x: d, y: d }, { x: -d, y: d });
  }
  const placed: Circle[] = [];
  // Squared distances: with 64 marks this test runs thousands of times a tick, and Math.hypot is slow.
  const near = (p: Point) => placed.some((c) => (c.x - p.x) ** 2 + (c.y - p.y) ** 2 < (c.r + r + 2) ** 2);
  return points.map((at) => {
    const clear = (p: Point) => {
      const box = { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
      if (!boxInside(box, bounds)) return false;
      if (near(p)) return false;
      return !obstacles.some((o) => hits(box, o));
    };
    // A mark at its true place may overhang the plot's edge (an output of 1 sits on the top line); a moved one may not.
    const atPlace = !near(at) && !obstacles.some((o) => hits({ x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r }, o));
    let drawn: Point = at;
    if (!atPlace) {
      for (let k = 1; k < offsets.length; k++) {
        const p = { x: at.x + offsets[k]!.x, y: at.y + offsets[k]!.y };
        if (clear(p)) {
          drawn = p;
          break;
        }
      }
    }
    placed.push({ x: drawn.x, y: drawn.y, r });
    return { at, drawn, moved: drawn !== at };
  });
}
