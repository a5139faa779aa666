/**
 * The d3-scale calls the charts make, as plain arithmetic: the same operations in the same order as d3-scale 4 and
 * d3-array 3, so the same doubles (plainScales.test.ts holds them to d3 itself). An import of d3-scale brings
 * d3-array, -interpolate, -color and -format with it (~11 kB gzip, the worker's and the page's first load alike, of a
 * first load that must stay under 100 kB), for the few linear maps, ticks and round ends the charts need.
 */

/** d3-scale's bimap: normalize into [0, 1] over the domain, then interpolateNumber over the range. */
function bimap(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  // A descending domain is normalized from its lower end, with the range's ends swapped.
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  // d3's normalize gives the middle (t = 0.5) for an empty domain, and NaN for a NaN one, whatever x is.
  const middle = Number.isNaN(span) ? NaN : 0.5;
  // d3's interpolateNumber: a * (1 - t) + b * t.
  return (x) => {
    const t = span ? (x - d0) / span : middle;
    return r0 * (1 - t) + r1 * t;
  };
}

/** d3-scale's `scaleLinear().domain([d0, d1]).range([r0, r1])` (no clamp): a domain value to its range value. */
export function linearMap(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const map = bimap(d0, d1, r0, r1);
  // A NaN value is d3's `unknown` (undefined, which a canvas or SVG reads as NaN); NaN here.
  return (x) => (Number.isNaN(x) ? NaN : map(x));
}

/** d3-scale's symlog transform with constant `c`: sign(x) * log1p(|x / c|). */
const symlog = (c: number) => (x: number) => Math.sign(x) * Math.log1p(Math.abs(x / c));

/** d3-scale's `scaleSymlog().constant(c).domain([d0, d1]).range([r0, r1])`: the linear map of the transformed values. */
export function symlogMap(d0: number, d1: number, r0: number, r1: number, c = 1): (x: number) => number {
  const transform = symlog(c);
  const map = bimap(transform(d0), transform(d1), r0, r1);
  return (x) => (Number.isNaN(x) ? NaN : map(transform(x)));
}

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/** d3-array's tickSpec: the first and last tick's index and the step (negative: its inverse) for about `count` ticks. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's tickIncrement(start, stop, count). */
export const tickIncrement = (start: number, stop: number, count: number): number => tickSpec(start, stop, count)[2];

/** d3-scale's `scaleLinear().domain([d0, d1]).nice(count).domain()`: the domain stretched to round ends. */
export function niceDomain(d0: number, d1: number, count = 10): [number, number] {
  let start = d0;
  let stop = d1;
  const reversed = stop < start;
  if (reversed) [start, stop] = [stop, start];
  let previous: number | undefined;
  for (let tries = 10; tries > 0; tries--) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  // d3 keeps the domain it had when the steps never settle (or a step is 0 or NaN).
  return [d0, d1];
}

/** d3-array's ticks(start, stop, count): about `count` round values from start to stop, both included when round. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const values = new Array<number>(n);
  if (reverse) {
    if (inc < 0) for (let i = 0; i < n; ++i) values[i] = (i2 - i) / -inc;
    else for (let i = 0; i < n; ++i) values[i] = (i2 - i) * inc;
  } else if (inc < 0) for (let i = 0; i < n; ++i) values[i] = (i1 + i) / -inc;
  else for (let i = 0; i < n; ++i) values[i] = (i1 + i) * inc;
  return values;
}

/** A linear scale as the charts use d3's: called for a position, with its inverse and its ticks. */
export interface LinearScale {
  (x: number): number;
  invert(y: number): number;
  ticks(count?: number): number[];
}

/**
 * d3-scale's `scaleLinear().domain(domain).range(range)`, with `.clamp(true)` when `clamp` (a value outside the
 * domain takes the nearer end's place): the same values, inverse (`invert`) and ticks (`ticks(count)`, 10 by default).
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], { clamp = false } = {}): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // d3's clamper: the ends in order (swapped only when the first is greater: 0 and -0 stay as given), then
  // max(low, min(high, x)), on the way in and (for invert) on the way out.
  const [low, high] = d0 > d1 ? [d1, d0] : [d0, d1];
  const clamped = clamp ? (x: number) => Math.max(low, Math.min(high, x)) : (x: number) => x;
  const map = bimap(d0, d1, r0, r1);
  const back = bimap(r0, r1, d0, d1);
  const scale = ((x: number) => (Number.isNaN(x) ? NaN : map(clamped(x)))) as LinearScale;
  // d3's invert has no `unknown`: a position goes straight through.
  scale.invert = (y) => clamped(back(y));
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/** d3-scale's symlog inverse transform with constant `c`: sign(x) * expm1(|x|) * c. */
const symexp = (c: number) => (x: number) => Math.sign(x) * Math.expm1(Math.abs(x)) * c;

/** The inverse of `symlogMap(d0, d1, r0, r1, c)`, as d3's `scaleSymlog().invert`: a position to its value. */
export function symlogInvert(d0: number, d1: number, r0: number, r1: number, c = 1): (y: number) => number {
  const transform = symlog(c);
  const back = bimap(r0, r1, transform(d0), transform(d1));
  const untransform = symexp(c);
  return (y) => untransform(back(y));
}
