import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertLearningRate, assertRunPlan, assertSeed, validateTable } from '../../core';
import { MAX_ITERATION, MAX_LEARNING_RATE } from '../limits';
import { checkCell, readTable, rowsFromDataset } from '../table';
import { decode, encode, type Decoded } from './codec';
import { PANEL_IDS, sharedStateProblems, type SharedState } from './sharedState';
import { sharedStateArb } from './testing/arbitraries';

/**
 * Checks a decoded state by the rules of the store and of the core, each asked on its own: the table as the
 * table slice reads it, the core's own table, seed and learning-rate checks, and the limits of the settings.
 */
function expectValid(state: SharedState) {
  expect(sharedStateProblems(state)).toEqual([]);
  expect(readTable(rowsFromDataset(state.dataset, 1)).problems).toEqual([]);
  expect(() => validateTable(state.dataset.inputs, state.dataset.targets)).not.toThrow();
  expect(state.dataset.inputs.every((row) => row.length === 3)).toBe(true);
  expect(() => assertSeed(state.seed)).not.toThrow();
  const first = { from: 0, inputs: state.dataset.inputs, targets: state.dataset.targets, learningRate: state.learningRate };
  expect(() => assertRunPlan({ seed: state.seed, segments: [first, ...(state.laterSegments ?? [])] })).not.toThrow();
  if (state.laterSegments) expect(state.laterSegments.length).toBeGreaterThan(0);
  expect(() => assertLearningRate(state.learningRate)).not.toThrow();
  expect(state.learningRate).toBeLessThanOrEqual(MAX_LEARNING_RATE);
  expect(state.testInput).toHaveLength(3);
  for (const value of state.testInput) expect(checkCell(String(value), 0)).toEqual({ value });
  expect(Number.isInteger(state.iteration) && state.iteration >= 0 && state.iteration <= MAX_ITERATION).toBe(true);
  expect(typeof state.logAxis).toBe('boolean');
  expect(typeof state.presenter).toBe('boolean');
  expect(state.hiddenPanels.every((panel) => (PANEL_IDS as readonly string[]).includes(panel))).toBe(true);
  expect(new Set(state.hiddenPanels).size).toBe(state.hiddenPanels.length);
}

/** Decodes without throwing; the state is valid, every problem a short sentence, and it writes back cleanly. */
function expectSafeDecode(search: string): Decoded {
  const decoded = decode(search);
  expectValid(decoded.state);
  for (const problem of decoded.problems) {
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeLessThan(400);
    expect(problem.message).not.toContain('could not be read; the defaults are used'); // the last-resort catch
  }
  // What a bad link turns into is itself a good link: the address bar can show it, and it reads back the same.
  const again = decode(encode(decoded.state));
  expect(again.problems).toEqual([]);
  expect(again.state).toEqual(decoded.state);
  return decoded;
}

const linkAlphabet = [...'v=1&data,_-.e0123456789%+?#;: seditlrgpsnhow/', 'seed', 'data', 'it', 'lr', 'hide', 'test', 'log', 'seg', '&seg=10000:'];

/** One edit of the kinds links suffer: cut short, characters swapped or lost, parts doubled, huge or odd values. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom('9'.repeat(400), '1e999', '-1e999', 'NaN', 'Infinity', '-0', '0x10', '%', '%E0%A4%A', '%00', '&', '=', ',', '_', '-', '--', 'e', '.', '+', ' ', '&data=', '&seed=', '&v=2', '\u0000', '\u202e', '😀', '\ud800', 'ß', '١٢٣'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: fc.constantFrom(...linkAlphabet), maxLength: 12 }),
      fc.constantFrom('x'.repeat(9000), `data=${'011-1,'.repeat(100)}`),
    ),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(link: string, edit: Mutation): string {
  const at = link.length === 0 ? 0 : edit.at % (link.length + 1);
  switch (edit.kind) {
    case 'truncate':
      return link.slice(0, at);
    case 'swap': {
      if (link.length < 2) return link;
      const i = at % link.length;
      const j = edit.other % link.length;
      const chars = [...link];
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
      return chars.join('');
    }
    case 'delete':
      return link.slice(0, at) + link.slice(at + edit.length);
    case 'duplicate':
      return link.slice(0, at + edit.length) + link.slice(at, at + edit.length) + link.slice(at + edit.length);
    case 'insert':
      return link.slice(0, at) + edit.text + link.slice(at);
  }
}

const mutatedLink = fc
  .tuple(sharedStateArb.map(encode), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([link, edits]) => edits.reduce(mutate, link));

/** Thousands of decodes take 2 to 4 s alone, and several times that on a busy machine. */
const FUZZ_TIMEOUT_MS = 60_000;

describe('decode(search) of any string', () => {
  it('never throws and always yields a valid state: 6,000 mutated links', () => {
    let withProblems = 0;
    fc.assert(
      fc.property(mutatedLink, (link) => {
        if (expectSafeDecode(link).problems.length > 0) withProblems += 1;
      }),
      { numRuns: 6000 },
    );
    // The mutations must really break links, or this test would prove nothing.
    expect(withProblems).toBeGreaterThan(2000);
  }, FUZZ_TIMEOUT_MS);

  it('never throws and always yields a valid state: 3,000 strings from the link alphabet', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...linkAlphabet), maxLength: 200 }), (text) => {
      expectSafeDecode(text);
    }), { numRuns: 3000 });
  }, FUZZ_TIMEOUT_MS);

  it('never throws and always yields a valid state: 2,000 random Unicode and binary strings', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }));
    fc.assert(fc.property(anyText, (text) => {
      expectSafeDecode(text);
      expectSafeDecode(`?data=${text}`);
    }), { numRuns: 2000 });
  }, FUZZ_TIMEOUT_MS);
});
