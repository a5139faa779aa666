import { describe, expect, it } from 'vitest';
import { thrownProblem } from './testing/thrownProblem';
import fc from 'fast-check';
import { createTrainer } from './trainer';
import { MAX_ROWS } from './validateTable';

const finite = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true });
const target = fc.double({ min: 0, max: 1, noNaN: true });
const seed = fc.integer({ min: 0, max: 4294967295 });

/** A table of 1 to 64 rows of three inputs with targets in [0, 1]. */
const table = (limit: number, maxRows = MAX_ROWS) =>
  fc
    .array(fc.tuple(finite(limit), finite(limit), finite(limit), target), { minLength: 1, maxLength: maxRows })
    .map((rows) => ({ inputs: rows.map((r) => [r[0], r[1], r[2]]), targets: rows.map((r) => r[3]) }));

describe('Trainer properties', () => {
  it('finite inputs give finite weights and outputs in [0, 1]', () => {
    fc.assert(
      fc.property(table(1e6), seed, fc.integer({ min: 0, max: 200 }), (t, s, steps) => {
        const trainer = createTrainer({ ...t, seed: s });
        trainer.step(steps);
        expect(trainer.weights.every(Number.isFinite)).toBe(true);
        for (const out of trainer.outputs()) expect(out >= 0 && out <= 1).toBe(true);
        const p = trainer.predict([1, 0, 1]);
        expect(p >= 0 && p <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('training n then m steps equals training n + m steps, bit for bit', () => {
    fc.assert(
      fc.property(table(10), seed, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (t, s, n, m) => {
        const split = createTrainer({ ...t, seed: s });
        split.step(n);
        split.step(m);
        const whole = createTrainer({ ...t, seed: s });
        whole.step(n + m);
        expect(split.iteration).toBe(n + m);
        expect(Array.from(split.weights)).toEqual(Array.from(whole.weights));
      }),
      { numRuns: 200 },
    );
  });

  it('one step is minus the gradient of 1/2 * sum((y - out)^2), checked by central finite differences', () => {
    fc.assert(
      fc.property(table(3, 8), seed, fc.double({ min: 0.01, max: 2, noNaN: true }), (t, s, lr) => {
        const trainer = createTrainer({ ...t, seed: s, learningRate: lr });
        const w = Array.from(trainer.weights);
        const loss = (weights: number[]) => {
          trainer.restore(0, weights);
          let sum = 0;
          trainer.outputs().forEach((out, r) => (sum += 0.5 * (t.targets[r]! - out) ** 2));
          return sum;
        };
        const h = 1e-6;
        const gradient = w.map((_, j) => {
          const up = [...w];
          const down = [...w];
          up[j]! += h;
          down[j]! -= h;
          return (loss(up) - loss(down)) / (2 * h);
        });
        trainer.restore(0, w);
        trainer.step(1);
        Array.from(trainer.weights).forEach((next, j) => {
          const update = next - w[j]!;
          const expected = -lr * gradient[j]!;
          // Central differences are accurate to about h^2 times the third derivative plus rounding (1e-16 / h).
          expect(Math.abs(update - expected)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(expected)) * t.inputs.length);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('every bad value in a table raises a RangeError naming its row', () => {
    const bad = fc.constantFrom(NaN, Infinity, -Infinity);
    const badTarget = fc.oneof(bad, fc.double({ min: 1, max: 1e300, minExcluded: true, noNaN: true }), fc.double({ max: 0, min: -1e300, maxExcluded: true, noNaN: true }).filter((x) => x < 0) /* -0 is a valid target */);
    fc.assert(
      fc.property(table(10), fc.nat(), fc.integer({ min: 0, max: 3 }), bad, badTarget, (t, rowPick, column, value, targetValue) => {
        const row = rowPick % t.inputs.length;
        const inputs = t.inputs.map((r) => [...r]);
        const targets = [...t.targets];
        if (column === 3) targets[row] = targetValue;
        else inputs[row]![column] = value;
        expect(() => createTrainer({ inputs, targets, seed: 1 })).toThrow(RangeError);
        expect(thrownProblem(() => createTrainer({ inputs, targets, seed: 1 }))).toMatchObject(column === 3 ? { code: 'targetOutside', row: row + 1 } : { code: 'inputNotFinite', row: row + 1, input: column + 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('every seed outside the integers 0 to 4294967295 raises a RangeError', () => {
    const badSeed = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double({ min: 4294967296, noNaN: true }),
      fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x)),
      fc.constantFrom(NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(badSeed, (s) => {
        expect(() => createTrainer({ inputs: [[1, 0, 1]], targets: [1], seed: s })).toThrow(RangeError);
      }),
    );
  });
});
