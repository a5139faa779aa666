import { expect } from 'vitest';

/** Asserts that each value agrees with the expected one within `tolerance`, relative to its size (absolute near 0). */
export function expectAllClose(actual: ArrayLike<number>, expected: readonly number[], tolerance = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((want, i) => {
    const got = actual[i]!;
    const scale = Math.max(1, Math.abs(want));
    if (!(Math.abs(got - want) <= tolerance * scale)) {
      throw new Error(`value ${i}: got ${got}, expected ${want} (relative tolerance ${tolerance})`);
    }
  });
}
