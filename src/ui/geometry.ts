/** Boxes and thick lines in a chart's pixels, for placing labels where they hide nothing. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A text box from its anchor: x at its start, middle or end; y at the middle of the line. */
export function textBox(x: number, y: number, width: number, height: number, anchor: 'start' | 'middle' | 'end' = 'start'): Box {
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x: left, y: y - height / 2, width, height };
}

/** The box grown by `pad` on every side. */
export function padded(box: Box, pad: number): Box {
  return { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies wholly inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The distance from point p to the segment a-b. */
export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (o: Point, p: Point, q: Point) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** The shortest distance between the segment a-b and the box (0 when they meet). */
export function segmentBoxDistance(a: Point, b: Point, box: Box): number {
  const inside = (p: Point) => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
  if (inside(a) || inside(b)) return 0;
  const corners: Point[] = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
  let best = Infinity;
  for (let k = 0; k < 4; k++) {
    const c = corners[k]!;
    const d = corners[(k + 1) % 4]!;
    if (segmentsCross(a, b, c, d)) return 0;
    best = Math.min(best, pointSegmentDistance(c, a, b), pointSegmentDistance(a, c, d), pointSegmentDistance(b, c, d));
  }
  return best;
}

/** Whether a line of this stroke width from a to b, with round caps, touches the box. */
export function strokeHitsBox(a: Point, b: Point, strokeWidth: number, box: Box): boolean {
  return segmentBoxDistance(a, b, box) < strokeWidth / 2;
}

/** Whether a line of this stroke width from a to b, with square-cut (butt) ends as SVG draws by default, overlaps the box. */
export function buttStrokeHitsBox(a: Point, b: Point, strokeWidth: number, box: Box): boolean {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return false;
  const nx = (-(b.y - a.y) / length) * (strokeWidth / 2);
  const ny = ((b.x - a.x) / length) * (strokeWidth / 2);
  const stroke: Point[] = [
    { x: a.x + nx, y: a.y + ny },
    { x: b.x + nx, y: b.y + ny },
    { x: b.x - nx, y: b.y - ny },
    { x: a.x - nx, y: a.y - ny },
  ];
  const corners: Point[] = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
  // Separating axes: the box's two and the stroke's two. Overlap only if no axis separates them (touching does not count).
  const axes: Point[] = [{ x: 1, y: 0 }, { x: 0, y: 1 }, { x: b.x - a.x, y: b.y - a.y }, { x: nx, y: ny }];
  for (const axis of axes) {
    const project = (points: Point[]) => points.map((p) => p.x * axis.x + p.y * axis.y);
    const s = project(stroke);
    const c = project(corners);
    const scale = Math.hypot(axis.x, axis.y);
    if (Math.max(...s) <= Math.min(...c) + 1e-9 * scale || Math.max(...c) <= Math.min(...s) + 1e-9 * scale) return false;
  }
  return true;
}

/** Whether a circle touches the box. */
export function circleHitsBox(center: Point, radius: number, box: Box): boolean {
  const nx = Math.max(box.x, Math.min(center.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(center.y, box.y + box.height));
  return Math.hypot(center.x - nx, center.y - ny) < radius;
}
