import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear, scaleSymlog } from 'd3-scale';
import { linearMap, linearScale, niceDomain, symlogInvert, symlogMap, ticks } from './plainScales';

/** d3 answers `undefined` (its `unknown`) for a NaN input, which a canvas reads as NaN; plainScales answers NaN. */
const asNumber = (value: number | undefined) => (value === undefined ? NaN : value);

// Any double (NaN, infinities and -0 included) and the values the charts meet: iterations, weights, pixels.
const anyDouble = fc.double();
const chartValue = fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constantFrom(0, -0, 1, 10, 1e9));
const value = fc.oneof(anyDouble, chartValue, chartValue);

/** What a call gives, or that it throws (d3 itself throws RangeError for ticks between subnormal numbers). */
function outcome<T>(call: () => T): T | 'throws' {
  try {
    return call();
  } catch {
    return 'throws';
  }
}

// Property tests run many cases; on a busy machine they take longer than vitest's default 5 s, which is no fault.
const MANY = 120_000;

describe('linearMap(d0, d1, r0, r1)', () => {
  it('gives exactly what d3 scaleLinear().domain([d0, d1]).range([r0, r1]) gives, for any doubles', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (d0, d1, r0, r1, x) => {
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        expect(linearMap(d0, d1, r0, r1)(x)).toBe(asNumber(d3(x)));
      }),
      { numRuns: 5000 },
    );
  }, MANY);

  it('maps by hand-worked arithmetic: [0, 800] onto [40, 540], a descending range, an empty domain', () => {
    expect(linearMap(0, 800, 40, 540)(400)).toBe(290); // 40 + 500 * 400 / 800
    expect(linearMap(-2, 3, 300, 20)(0)).toBe(188); // t = 2/5: 300 * 0.6 + 20 * 0.4
    expect(linearMap(5, 5, 0, 100)(5)).toBe(50); // d3 puts every value of an empty domain in the middle
    expect(linearMap(0, 1, 0, 100)(NaN)).toBeNaN();
  });
});

describe('symlogMap(d0, d1, r0, r1)', () => {
  it('gives exactly what d3 scaleSymlog().constant(1) gives, for any doubles', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (d0, d1, r0, r1, x) => {
        const d3 = scaleSymlog().constant(1).domain([d0, d1]).range([r0, r1]);
        expect(symlogMap(d0, d1, r0, r1)(x)).toBe(asNumber(d3(x)));
      }),
      { numRuns: 5000 },
    );
  }, MANY);

  it('puts x at log1p(x) / log1p(end) of the way', () => {
    expect(symlogMap(0, 10000, 0, 400)(0)).toBe(0);
    expect(symlogMap(0, 10000, 0, 400)(1000)).toBeCloseTo((400 * Math.log1p(1000)) / Math.log1p(10000), 12);
  });
});

describe('niceDomain(d0, d1, count)', () => {
  it('gives exactly what d3 scaleLinear().domain([d0, d1]).nice(count).domain() gives', () => {
    const count = fc.oneof(fc.constantFrom(4, 5, 10), fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 3, noNaN: true }));
    fc.assert(
      fc.property(value, value, count, (d0, d1, n) => {
        expect(niceDomain(d0, d1, n)).toEqual(scaleLinear().domain([d0, d1]).nice(n).domain());
      }),
      { numRuns: 5000 },
    );
  }, MANY);

  it('rounds to steps worked out by hand', () => {
    expect(niceDomain(0, 730, 5)).toEqual([0, 800]); // step 200
    expect(niceDomain(-1.5, 2.6, 4)).toEqual([-2, 3]); // step 1
    expect(niceDomain(0.2, 0.31, 4)).toEqual([0.2, 0.32]); // step 0.02
    expect(niceDomain(3, 1, 4)).toEqual([3, 1]); // a descending domain stays descending
  });
});

describe('ticks(start, stop, count)', () => {
  it('gives exactly the ticks of d3 scaleLinear().domain([start, stop]).ticks(count)', () => {
    const count = fc.oneof(fc.integer({ min: -1, max: 20 }), fc.double({ min: 0, max: 12, noNaN: true }));
    fc.assert(
      fc.property(value, value, count, (start, stop, n) => {
        expect(outcome(() => ticks(start, stop, n))).toEqual(outcome(() => scaleLinear().domain([start, stop]).ticks(n)));
      }),
      { numRuns: 5000 },
    );
  }, MANY);

  it('steps by round numbers worked out by hand', () => {
    expect(ticks(0, 800, 5)).toEqual([0, 200, 400, 600, 800]);
    expect(ticks(-2, 3, 4)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(ticks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('linearScale(domain, range, { clamp })', () => {
  it('maps, inverts and ticks exactly as d3 scaleLinear does, clamped or not', () => {
    fc.assert(
      fc.property(value, value, value, value, value, fc.boolean(), fc.integer({ min: 0, max: 12 }), (d0, d1, r0, r1, x, clamp, n) => {
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(clamp);
        const ours = linearScale([d0, d1], [r0, r1], { clamp });
        expect(ours(x)).toBe(asNumber(d3(x)));
        expect(ours.invert(x)).toBe(d3.invert(x));
        expect(outcome(() => ours.ticks(n))).toEqual(outcome(() => d3.ticks(n)));
        expect(outcome(() => ours.ticks())).toEqual(outcome(() => d3.ticks()));
      }),
      { numRuns: 5000 },
    );
  }, MANY);

  it('clamps to the domain: a width scale from 0..2 onto 1..6 px', () => {
    const width = linearScale([0, 2], [1, 6], { clamp: true });
    expect(width(1)).toBe(3.5);
    expect(width(5)).toBe(6);
    expect(width(-1)).toBe(1);
  });
});

describe('symlogInvert(d0, d1, r0, r1)', () => {
  it('gives exactly what d3 scaleSymlog().constant(1).invert gives', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (d0, d1, r0, r1, y) => {
        expect(symlogInvert(d0, d1, r0, r1)(y)).toBe(scaleSymlog().constant(1).domain([d0, d1]).range([r0, r1]).invert(y));
      }),
      { numRuns: 5000 },
    );
  }, MANY);
});
