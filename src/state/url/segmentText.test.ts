import { describe, expect, it } from 'vitest';
import { decode, encode } from './codec';
import { defaultSharedState, type SharedState } from './sharedState';
import { quote } from './quote';

const TUTORIAL = defaultSharedState().dataset;
const edited = { inputs: TUTORIAL.inputs, targets: [1, 0, 0], learningRate: 1 };
const lesson: SharedState = { ...defaultSharedState(), iteration: 13_000, laterSegments: [{ from: 10_000, ...edited }] };

describe('seg: the run\'s later segments in a link', () => {
  it('writes the lesson\'s edit compactly and reads it back exactly', () => {
    const link = encode(lesson);
    expect(link).toBe('?v=1&data=011-1,100-0,101-1&seed=1&seg=10000:011-1,100-0,101-0&it=13000');
    expect(decode(link)).toEqual({ state: lesson, problems: [], carriesState: true });
  });

  it('leaves out a table that did not change and a rate that did not, and reads them as the segment before\'s', () => {
    const state: SharedState = {
      ...defaultSharedState(),
      learningRate: 0.5,
      laterSegments: [
        { from: 10_000, ...edited, learningRate: 0.5 },
        { from: 20_000, ...edited, learningRate: 2 },
        { from: 30_000, inputs: TUTORIAL.inputs, targets: TUTORIAL.targets, learningRate: 2 },
      ],
    };
    const link = encode(state);
    expect(link).toContain('&seg=10000:011-1,100-0,101-0/20000::2/30000:011-1,100-0,101-1&');
    expect(decode(link)).toEqual({ state, problems: [], carriesState: true });
  });

  it('reads escaped separators as well (a link passed through a tool that escapes everything)', () => {
    expect(decode('?data=011-1,100-0,101-1&seg=10000%3A011-1%2C100-0%2C101-0&it=13000').state).toEqual(lesson);
  });

  it('gives old links, without seg, their meaning: one table, no later segments', () => {
    const { state, problems } = decode('?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
    expect(problems).toEqual([]);
    expect(state.laterSegments).toBeUndefined();
    expect(state).toEqual({ ...defaultSharedState(), iteration: 10_000 });
  });

  it('keeps the segments before a bad one and says what was wrong, and where', () => {
    const read = (seg: string) => decode(`?data=011-1,100-0,101-1&seg=${seg}&it=5`);
    const cases: [string, RegExp, number][] = [
      ['10000:011-1,100-0,101-0/500:011-1,100-0,101-1', /^Edit 2 \(seg\): iteration 500 does not come after the edit before it \(10000\); it was left out\.$/, 1],
      ['0:011-1', /^Edit 1 \(seg\): iteration 0 does not come after the start; it was left out\.$/, 0],
      ['x:011-1', new RegExp(`^Edit 1 \\(seg\\): the iteration ${quote('x')} is not a number; it must be a whole number from 0 to 4294967295; it was left out\\.$`), 0],
      ['10000:011-2/20000:011-1', /^Edit 1 \(seg\): Table row 1, target: 2 is outside 0 to 1; it and the edits after it were left out\.$/, 0],
      ['10000:011-1/20000::0', /^Edit 2 \(seg\): learning rate 0 is not above 0 and at most 1000; it was left out\.$/, 1],
      ['10000', new RegExp(`^Edit 1 \\(seg\\): ${quote('10000')} is not an iteration, ":", a table`), 0],
      ['10000:011-1:1:1', /is not an iteration/, 0],
    ];
    for (const [seg, message, kept] of cases) {
      const { state, problems } = read(seg);
      expect(problems.map((p) => p.part)).toEqual(['seg']);
      expect(problems[0]!.message).toMatch(message);
      expect(state.laterSegments?.length ?? 0).toBe(kept);
      // Everything else of the link is read as it was.
      expect(state.iteration).toBe(5);
      expect(state.dataset).toEqual(TUTORIAL);
    }
  });

  it('an empty seg is no edit, without a word', () => {
    const { state, problems } = decode('?data=011-1,100-0,101-1&seg=&it=5');
    expect(problems).toEqual([]);
    expect(state.laterSegments).toBeUndefined();
  });

  it('reads at most 31 later segments (32 tables in all)', () => {
    const seg = Array.from({ length: 33 }, (_, i) => `${i + 1}::${(i % 2) + 1}`).join('/');
    const { state, problems } = decode(`?data=011-1&seg=${seg}`);
    expect(state.laterSegments).toHaveLength(31);
    expect(problems[0]!.message).toBe('Edit 32 (seg): a run has at most 32 tables; it and the edits after it were left out.');
  });
});
