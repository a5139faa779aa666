import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode } from './codec';
import { sharedStateProblems, type SharedState } from './sharedState';
import { sharedStateArb } from './testing/arbitraries';
import { SETUP_FIELDS } from '../setup/fields';

/** Run B as a link carries it: its own run fields, the screen's fields of run A. */
function withScreenOf(run: SharedState, screen: SharedState): SharedState {
  const other = structuredClone(run);
  for (const field of SETUP_FIELDS) if (field.scope === 'screen') (other as unknown as Record<string, unknown>)[field.key] = structuredClone(screen[field.key]);
  return other;
}

describe('a link with another run (suffix "b")', () => {
  it('gives back both runs exactly, with no problems (property)', () => {
    fc.assert(
      fc.property(sharedStateArb, sharedStateArb, (a, rawB) => {
        const b = withScreenOf(rawB, a);
        const decoded = decode(encode(a, [{ suffix: 'b', setup: b }]), { runs: ['b'] });
        expect(decoded.problems).toEqual([]);
        expect(decoded.state).toEqual(a);
        expect(decoded.others).toEqual([b]);
        expect(sharedStateProblems(decoded.others![0]!)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('writes only the parts where run B differs from run A, after run A\'s', () => {
    const a = decode('?v=1&data=011-1,100-0,101-1&seed=1&it=10000').state;
    expect(encode(a, [{ suffix: 'b', setup: { ...a, learningRate: 0.1 } }])).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=10000&lr.b=0.1');
    expect(encode(a, [{ suffix: 'b', setup: { ...a, seed: 7 } }])).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=10000&seed.b=7');
  });

  it('writes the seed of a run B that differs in nothing yet, so the link still carries run B', () => {
    const a = decode('?v=1&data=011-1,100-0,101-1&seed=1&it=10000').state;
    expect(encode(a, [{ suffix: 'b', setup: a }])).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=10000&seed.b=1');
    const decoded = decode(encode(a, [{ suffix: 'b', setup: a }]), { runs: ['b'] });
    expect(decoded.othersNamed).toEqual([true]);
    expect(decoded.others).toEqual([a]);
    expect(decode(encode(a), { runs: ['b'] }).othersNamed).toEqual([false]);
  });

  it("reads run B's parts left out as run A's, and its later segments against its own table", () => {
    const { state, others } = decode('?v=1&data=011-1,100-0,101-1&seed=1&lr=0.5&seg=100:/200::2&it=300&data.b=001-0', { runs: ['b'] });
    expect(state.laterSegments!.map((segment) => segment.targets)).toEqual([[1, 0, 1], [1, 0, 1]]);
    expect(others![0]!.learningRate).toBe(0.5);
    expect(others![0]!.iteration).toBe(300);
    // "100:" keeps the table before it: run B's own.
    expect(others![0]!.laterSegments).toEqual([
      { from: 100, inputs: [[0, 0, 1]], targets: [0], learningRate: 0.5 },
      { from: 200, inputs: [[0, 0, 1]], targets: [0], learningRate: 2 },
    ]);
  });

  it("names a bad part of run B's, which falls back to its default as run A's does; a screen field has no run B part", () => {
    const decoded = decode('?v=1&data=011-1,100-0,101-1&seed=3&lr=0.5&it=0&seed.b=-1&lr.b=0&digits.b=2', { runs: ['b'] });
    // The default, which the message names ("seed 1 is used"), not run A's 3.
    expect(decoded.others![0]!.seed).toBe(1);
    expect(decoded.others![0]!.learningRate).toBe(1);
    expect(decoded.state).toMatchObject({ seed: 3, learningRate: 0.5 });
    expect(decoded.othersNamed).toEqual([true]);
    expect(decoded.problems.map((problem) => problem.part)).toEqual(['link', 'seed.b', 'lr.b']);
    expect(decoded.problems[0]!.message).toMatch(/is not part of a Neuron Lab link/);
    // The same words as run A's part gets (the page names the run: features/sharing/linkNotices.ts).
    expect(decoded.problems[1]!.message).toBe(decode('?seed=-1').problems[0]!.message);
    expect(decoded.problems[2]!.message).toBe(decode('?lr=0').problems[0]!.message);
  });

  it('is not read as another run when none was asked for: its parts are not part of the link', () => {
    const decoded = decode('?v=1&data=011-1,100-0,101-1&seed=1&it=0&lr.b=0.1');
    expect(decoded.others).toBeUndefined();
    expect(decoded.state.learningRate).toBe(1);
    expect(decoded.problems.map((problem) => problem.part)).toEqual(['link']);
  });
});
