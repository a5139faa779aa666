import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, MAX_LINK_LENGTH } from './codec';
import { sharedStateProblems, type SharedState } from './sharedState';
import { sharedStateArb } from './testing/arbitraries';

describe('decode(encode(state))', () => {
  it('gives back any valid state exactly, with no problems', () => {
    fc.assert(
      fc.property(sharedStateArb, (state) => {
        expect(sharedStateProblems(state)).toEqual([]);
        const decoded = decode(encode(state));
        expect(decoded.problems).toEqual([]);
        expect(decoded.carriesState).toBe(true);
        // toEqual compares numbers with Object.is: every double must come back bit for bit.
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it(`fits any valid state in ${MAX_LINK_LENGTH} characters`, () => {
    fc.assert(
      fc.property(sharedStateArb, (state) => {
        expect(encode(state).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it(`fits the longest state there is in ${MAX_LINK_LENGTH} characters, and reads it back`, () => {
    // The longest texts String() gives within the limits: 25 characters for an input (a negative double from
    // 1e-6 to 1e-5 that needs 17 digits, written without an exponent: "-0.00000" and 17 digits), 24 for a target;
    // exponent forms are shorter ("-1.2345678901234567e-100" is 24).
    const input = -0.0000010037127926100834;
    const target = 0.0000075882222687237426;
    expect(String(input)).toHaveLength(25);
    expect(String(target)).toHaveLength(24);
    const state: SharedState = {
      dataset: { inputs: Array.from({ length: 64 }, () => [input, input, input]), targets: Array.from({ length: 64 }, () => target) },
      testInput: [input, input, input],
      seed: 4294967295,
      learningRate: target,
      iteration: 4294967295,
      stopAt: 4294967295,
      digits: 2,
      logAxis: true,
      presenter: true,
      hiddenPanels: ['weights', 'error', 'sigmoid', 'neuron', 'math', 'table'],
      shownPanels: ['situations', 'line', 'landscape'],
      presenterPanels: ['sigmoid', 'weights', 'error'],
    };
    const link = encode(state);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decode(link)).toEqual({ state, problems: [], carriesState: true });
  });
});
