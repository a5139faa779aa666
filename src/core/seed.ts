import { CoreRangeError, valueText } from './coreProblem';

// The seed's limits, apart from the generator: the page checks seeds (links, files, settings) without carrying
// the Mersenne Twister, which only the trainer (the worker, a lesson's check) runs.

/** The largest seed NumPy's legacy `random.seed` takes: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 4294967295;

/** Throws a CoreRangeError unless `seed` is an integer from 0 to 4294967295, as NumPy requires. */
export function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new CoreRangeError({ code: 'seed', value: valueText(seed), most: MAX_SEED });
  }
}
