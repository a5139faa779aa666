/**
 * The paths d3-shape's `line()` and `area()` trace with their default (linear) curve, as the same calls on the
 * context: drawn with these, the time charts' worker needs no d3-shape (tracePath.test.ts records both and holds them
 * equal). The caller begins the path; like d3 with a context, these only add to it.
 */

/** The path calls a trace makes: a canvas's, an OffscreenCanvas's, or a recorder's. */
export interface PathTarget {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/**
 * `line().x(x).y(y).defined(defined).context(ctx)(points 0..count-1)`: a line through the defined points, broken
 * where one is not; a lone defined point is a closed subpath of one point, as d3 draws it.
 */
export function traceLine(ctx: PathTarget, count: number, x: (i: number) => number, y: (i: number) => number, defined: (i: number) => boolean = () => true): void {
  let run = 0;
  for (let i = 0; i <= count; i++) {
    if (i < count && defined(i)) {
      const px = +x(i);
      const py = +y(i);
      if (run === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
      run++;
    } else {
      if (run === 1) ctx.closePath();
      run = 0;
    }
  }
}

/**
 * `area().x(x).y0(y0).y1(y1).context(ctx)(points 0..count-1)`: along the top (y1) from the first point to the last,
 * back along the bottom (y0), closed. Nothing for no points.
 */
export function traceArea(ctx: PathTarget, count: number, x: (i: number) => number, y0: (i: number) => number, y1: (i: number) => number): void {
  if (count === 0) return;
  const xs = new Float64Array(count);
  const bottoms = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    xs[i] = +x(i);
    bottoms[i] = +y0(i);
    const top = +y1(i);
    if (i === 0) ctx.moveTo(xs[i]!, top);
    else ctx.lineTo(xs[i]!, top);
  }
  for (let i = count - 1; i >= 0; i--) ctx.lineTo(xs[i]!, bottoms[i]!);
  ctx.closePath();
}

/** d3-shape's default precision for path text: 3 decimals (its withPath digits). */
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * `line().x(x).y(y).defined(defined)(points 0..count-1)` without a context: the path as SVG `d` text, numbers
 * rounded to 3 decimals as d3 writes them; '' where d3 gives null (nothing drawn).
 */
export function linePathText(count: number, x: (i: number) => number, y: (i: number) => number, defined?: (i: number) => boolean): string {
  let text = '';
  traceLine(
    {
      moveTo: (px, py) => void (text += `M${round3(px)},${round3(py)}`),
      lineTo: (px, py) => void (text += `L${round3(px)},${round3(py)}`),
      closePath: () => void (text += 'Z'),
    },
    count,
    x,
    y,
    defined,
  );
  return text;
}
