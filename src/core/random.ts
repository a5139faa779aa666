import { mersenne } from 'pure-rand/generator/mersenne';

import { assertSeed } from './seed';

export { MAX_SEED, assertSeed } from './seed';

/** A source of doubles in [0, 1), the same sequence as NumPy's legacy `random.random()` after `random.seed(seed)`. */
export interface NumpyRandom {
  random(): number;
}

/**
 * NumPy's legacy generator: `random.seed(s)` is MT19937's `init_genrand(s)` (pure-rand's `mersenne` does exactly
 * that), and `random.random()` builds a 53-bit double from two 32-bit draws, `(a >> 5) * 2^26 + (b >> 6)` over 2^53.
 */
export function createNumpyRandom(seed: number): NumpyRandom {
  assertSeed(seed);
  const generator = mersenne(seed);
  return {
    random(): number {
      const a = generator.next() >>> 5;
      const b = generator.next() >>> 6;
      return (a * 67108864 + b) / 9007199254740992;
    },
  };
}

/** The first `count` draws of `random.random()` after `random.seed(seed)`. */
export function randomSample(seed: number, count: number): Float64Array {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Count ${String(count)} is not allowed: it must be a whole number, 0 or more.`);
  }
  const random = createNumpyRandom(seed);
  const sample = new Float64Array(count);
  for (let i = 0; i < count; i++) sample[i] = random.random();
  return sample;
}
