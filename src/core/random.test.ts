import { describe, expect, it } from 'vitest';
import { thrownProblem } from './testing/thrownProblem';
import reference from './fixtures/reference.json';
import numpyExtra from './fixtures/numpy-extra.json';
import { MAX_SEED, createNumpyRandom, randomSample } from './random';
import { initialWeights } from './initialWeights';

describe('randomSample(seed, count)', () => {
  it("equals NumPy's first draws for seed 1, bit for bit", () => {
    expect(Array.from(randomSample(1, 6))).toEqual(reference.randomSample['1']);
  });

  it.each(Object.entries(numpyExtra.randomSample))("equals NumPy's draws for seed %s, bit for bit", (seed, draws) => {
    expect(Array.from(randomSample(Number(seed), draws.length))).toEqual(draws);
  });

  it('returns an empty sample for count 0', () => {
    expect(randomSample(1, 0).length).toBe(0);
  });

  it.each([-1, 1.5, NaN])('rejects count %s', (count) => {
    expect(() => randomSample(1, count)).toThrow(RangeError);
  });
});

describe('createNumpyRandom(seed)', () => {
  it.each([-1, 0.5, MAX_SEED + 1, NaN, Infinity, -Infinity, 2 ** 53])('rejects seed %s with a RangeError naming it and the range', (seed) => {
    expect(() => createNumpyRandom(seed)).toThrow(RangeError);
    expect(thrownProblem(() => createNumpyRandom(seed))).toEqual({ code: 'seed', value: String(seed), most: 4294967295 });
  });

  it('accepts both ends of the range', () => {
    expect(() => createNumpyRandom(0)).not.toThrow();
    expect(() => createNumpyRandom(MAX_SEED)).not.toThrow();
  });

  it('draws doubles in [0, 1)', () => {
    const random = createNumpyRandom(123);
    for (let i = 0; i < 10000; i++) {
      const value = random.random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

describe('initialWeights(seed, inputCount)', () => {
  it("equals the tutorial's 2 * random((3, 1)) - 1 after seed(1)", () => {
    expect(Array.from(initialWeights(1))).toEqual(reference.cases['seed-tutorial'].initialWeights);
  });

  it('is 2 * draw - 1 for each of the first draws, for any count', () => {
    const draws = numpyExtra.randomSample['42'];
    expect(Array.from(initialWeights(42, 5))).toEqual(draws.slice(0, 5).map((d) => 2 * d - 1));
  });

  it.each([0, -1, 2.5])('rejects input count %s', (count) => {
    expect(() => initialWeights(1, count)).toThrow(RangeError);
  });
});
