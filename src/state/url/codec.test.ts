import { plainMessage } from '../../text/userText';
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../store';
import { decode, encode, MAX_LINK_LENGTH } from './codec';
import { defaultSharedState, sharedStateProblems, type SharedState } from './sharedState';
import { MAX_QUOTED } from './quote';

const tutorialAt = (iteration: number): SharedState => ({ ...defaultSharedState(), iteration });

function messages(search: string): string[] {
  return decode(search).problems.map((p) => plainMessage(p.message));
}

describe('encode(state)', () => {
  it("writes the tutorial's table at iteration 10000 short enough for a board", () => {
    expect(encode(tutorialAt(10000))).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
  });

  it('writes fractions and negatives joined by _, and every option that differs from the defaults', () => {
    const state: SharedState = {
      dataset: { inputs: [[0.5, -1.25, 2], [1, 0, 10]], targets: [0.9, 1e-7] },
      testInput: [0.5, 1, -2],
      seed: 4294967295,
      learningRate: 0.5,
      iteration: 123,
      stopAt: 100_000,
      digits: 4,
      logAxis: true,
      presenter: true,
      hiddenPanels: ['math', 'error'],
      shownPanels: ['line', 'landscape'],
      presenterPanels: ['sigmoid', 'neuron', 'weights'],
    };
    expect(encode(state)).toBe(
      '?v=1&data=0.5_-1.25_2-0.9,1_0_10-1e-7&test=0.5_1_-2&seed=4294967295&lr=0.5&it=123&stop=100000&digits=4&log=1&presenter=1&hide=math,error&show=line,landscape&present=sigmoid,neuron,weights',
    );
  });

  it('writes -0 as 0, as the store holds it', () => {
    const state = defaultSharedState();
    state.dataset.inputs[0] = [-0, 1, 1];
    expect(encode(state)).toContain('data=011-1,');
  });
});

describe('decode(search)', () => {
  it("reads the board link back to the tutorial's table at 10000, with or without the ?", () => {
    expect(decode('?v=1&data=011-1,100-0,101-1&seed=1&it=10000')).toEqual({ state: tutorialAt(10000), problems: [], carriesState: true });
    expect(decode('v=1&data=011-1,100-0,101-1&seed=1&it=10000').state).toEqual(tutorialAt(10000));
  });

  it('reads the largest iteration, 2^32 - 1, and writes it back the same', () => {
    expect(decode('?v=1&data=011-1,100-0,101-1&seed=1&it=4294967295')).toEqual({ state: tutorialAt(4_294_967_295), problems: [], carriesState: true });
    expect(encode(tutorialAt(2 ** 32 - 1))).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=4294967295');
  });

  it('reads a link typed by hand: no version, names in capitals, parts in any order', () => {
    const decoded = decode('?IT=10000&Seed=1&data=011-1,100-0,101-1');
    expect(decoded.problems).toEqual([]);
    expect(decoded.state).toEqual(tutorialAt(10000));
  });

  it('refuses a comma in a number, as the fields do: it=10,000 could be ten thousand or ten', () => {
    const decoded = decode('?it=10,000&seed=1,5&data=011-1,100-0,101-1');
    expect(decoded.state).toEqual(tutorialAt(0));
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual([
      "Seed: '1,5' has a comma, which could group thousands or mark a decimal; type 15 without the comma, or 1.5 with a decimal point; it must be a whole number from 0 to 4294967295; seed 1 is used.",
      "Iteration (it): '10,000' has a comma, which could group thousands or mark a decimal; type 10000 without the comma, or 10.000 with a decimal point; it must be a whole number from 0 to 4294967295; the run starts at iteration 0.",
    ]);
  });

  it('reads numbers exactly: 0.1 + 0.2, exponents, the smallest double', () => {
    const { state, problems } = decode('?data=0.30000000000000004_1e-7_-2.5e-7-5e-324,0.1_-1000000_1000000-1');
    expect(problems).toEqual([]);
    expect(state.dataset.inputs).toEqual([
      [0.1 + 0.2, 1e-7, -2.5e-7],
      [0.1, -1e6, 1e6],
    ]);
    expect(state.dataset.targets).toEqual([Number.MIN_VALUE, 1]);
    expect(state.dataset.inputs[0]![0]).not.toBe(0.3);
  });

  it('finds the target after the last "-" that does not start a number', () => {
    // 1e-7 (an exponent), _-2 (a negative input) and -1e-7 (a target with an exponent) all hold a "-".
    expect(decode('?data=1e-7_0_-2-1e-7').state.dataset).toEqual({ inputs: [[1e-7, 0, -2]], targets: [1e-7] });
  });

  it('reads "+" as a plus sign, not a space: 1e+2 is 100', () => {
    expect(decode('?lr=1e%2B2').state.learningRate).toBe(100);
    expect(decode('?lr=1e+2').state.learningRate).toBe(100);
  });

  it('reads on/off options and panels', () => {
    const { state, problems } = decode('?presenter&log=true&hide=Error,%20math');
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ presenter: true, logAxis: true, hiddenPanels: ['error', 'math'] });
    expect(decode('?log=0&presenter=off').state).toMatchObject({ presenter: false, logAxis: false });
  });

  it('says whether the link carries any state', () => {
    expect(decode('').carriesState).toBe(false);
    expect(decode('?').carriesState).toBe(false);
    expect(decode('?utm_source=chat&fbclid=x')).toEqual({ state: defaultSharedState(), problems: [], carriesState: false });
    expect(decode('?foo=1').carriesState).toBe(false);
    expect(decode('?v=1').carriesState).toBe(true);
    expect(decode('?seed=abc').carriesState).toBe(true);
  });
});

describe('decode(search) of a bad link', () => {
  it("keeps the good rows and names the bad cell: row 2, input 3: 'abc' is not a number", () => {
    const decoded = decode('?v=1&data=011-1,1_0_abc-0,101-1&seed=1&it=10000');
    expect(decoded.state).toEqual({ ...tutorialAt(10000), dataset: { inputs: [[0, 1, 1], [1, 0, 1]], targets: [1, 1] } });
    expect(decoded.problems.map((p) => ({ ...p, message: plainMessage(p.message) }))).toEqual([{ part: 'data', message: "Table row 2, input 3: 'abc' is not a number; row 2 was left out." }]);
  });

  it.each([
    ['?data=01x-1,100-0', "Table row 1, input 3: 'x' is not a number; row 1 was left out."],
    ['?data=011-2,100-0', 'Table row 1, target: 2 is outside 0 to 1; row 1 was left out.'],
    ['?data=011--1,100-0', 'Table row 1, target: -1 is outside 0 to 1; row 1 was left out.'],
    ['?data=2e6_0_0-1,100-0', 'Table row 1, input 1: 2000000 is outside -1000000 to 1000000; row 1 was left out.'],
    ['?data=1e999_0_0-1,100-0', "Table row 1, input 1: '1e999' is too large; row 1 was left out."],
    ['?data=011,100-0', 'Table row 1: \'011\' has no target; write the inputs, "-", then the target (011-1); row 1 was left out.'],
    ['?data=0110-1,100-0', "Table row 1: '0110' is not 3 inputs; write three digits (011) or three numbers joined by _ (0.5_-1_2); row 1 was left out."],
    ['?data=0_1-1,100-0', "Table row 1: '0_1' has 2 inputs, not 3; write three digits (011) or three numbers joined by _ (0.5_-1_2); row 1 was left out."],
    ['?data=a_b_0-x,100-0', "Table row 1, input 1: 'a' is not a number; Table row 1, input 2: 'b' is not a number; Table row 1, target: 'x' is not a number; row 1 was left out."],
  ])('%s: %s', (search, message) => {
    const decoded = decode(search);
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual([message]);
    expect(decoded.state.dataset).toEqual({ inputs: [[1, 0, 0]], targets: [0] });
  });

  it("falls back to the tutorial's table when no row is usable, or the table is empty", () => {
    expect(decode('?data=abc').state.dataset).toEqual(defaultSharedState().dataset);
    expect(messages('?data=abc').at(-1)).toBe("The table has no usable row; the tutorial's table is used.");
    expect(messages('?data=')).toEqual(["The table (data) is empty; the tutorial's table is used."]);
  });

  it('skips empty rows without a word, and keeps 64 rows of a longer table', () => {
    expect(decode('?data=011-1,,100-0,').problems).toEqual([]);
    const decoded = decode(`?data=${Array.from({ length: 70 }, () => '011-1').join(',')}`);
    expect(decoded.state.dataset.inputs).toHaveLength(64);
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual(['The table has 70 rows, more than the 64 allowed; the last 6 were left out.']);
  });

  it.each([
    ['?seed=4294967296', 'seed', "Seed: '4294967296' is not a whole number from 0 to 4294967295; seed 1 is used."],
    ['?seed=-1', 'seed', "Seed: '-1' is not a whole number from 0 to 4294967295; seed 1 is used."],
    ['?seed=abc', 'seed', "Seed: 'abc' is not a number; it must be a whole number from 0 to 4294967295; seed 1 is used."],
    ['?lr=0', 'learningRate', 'Learning rate (lr): 0 is not allowed; it must be above 0 and at most 1000; learning rate 1 is used.'],
    ['?lr=1001', 'learningRate', 'Learning rate (lr): 1001 is not allowed; it must be above 0 and at most 1000; learning rate 1 is used.'],
    ['?lr=NaN', 'learningRate', "Learning rate (lr): 'NaN' is not a number; learning rate 1 is used."],
    ['?it=1.5', 'iteration', "Iteration (it): '1.5' is not a whole number from 0 to 4294967295; the run starts at iteration 0."],
    ['?it=4294967296', 'iteration', "Iteration (it): '4294967296' is not a whole number from 0 to 4294967295; the run starts at iteration 0."],
    ['?it=Infinity', 'iteration', "Iteration (it): 'Infinity' is not a number; it must be a whole number from 0 to 4294967295; the run starts at iteration 0."],
    ['?test=1_x_0', 'testInput', "Test input 2: 'x' is not a number; the test input 1, 0, 1 is used."],
    ['?log=maybe', 'logAxis', "Log axis (log): 'maybe' is not 1 or 0; it is off."],
    ['?presenter=2', 'presenter', "Presenter mode (presenter): '2' is not 1 or 0; it is off."],
  ] as const)('%s falls back to the default with: %s', (search, key, message) => {
    const decoded = decode(search);
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual([message]);
    expect(decoded.state[key]).toEqual(defaultSharedState()[key]);
  });

  it('uses the valid parts of a link beside the bad ones', () => {
    const decoded = decode('?data=100-0&seed=abc&lr=0.25&it=-3&hide=math');
    expect(decoded.state).toEqual({
      ...defaultSharedState(),
      dataset: { inputs: [[1, 0, 0]], targets: [0] },
      learningRate: 0.25,
      hiddenPanels: ['math'],
    });
    expect(decoded.problems.map((p) => p.part)).toEqual(['seed', 'it']);
  });

  it('ignores unknown panels and hides a repeated one once', () => {
    const decoded = decode('?hide=error,charts,error');
    expect(decoded.state.hiddenPanels).toEqual(['error']);
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual([
      "Hidden panels (hide): 'charts' is not a panel (weights, error, sigmoid, neuron, math, explore, table); it was ignored.",
      "Hidden panels (hide): 'error' is listed twice; it is hidden once.",
    ]);
  });

  it('reads the Explore view\'s panels in screen order, ignoring unknown ones and repeats', () => {
    const decoded = decode('?show=Landscape,cube,situations,landscape');
    expect(decoded.state.shownPanels).toEqual(['situations', 'landscape']);
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual([
      "Shown panels (show): 'cube' is not a panel of the Explore view (situations, line, landscape); it was ignored.",
    ]);
    expect(decode('?data=011-1').state.shownPanels).toEqual([]);
  });

  it('names unknown parts, repeated parts, broken escapes and other versions', () => {
    expect(messages('?colour=red&seed=2')).toEqual(["'colour' is not part of a Neuron Lab link; it was ignored."]);
    expect(decode('?seed=2&seed=3').state.seed).toBe(2);
    expect(messages('?seed=2&seed=3')).toEqual(["'seed' appears more than once in the link; the first was used."]);
    expect(messages('?seed=%E0%A4%A&it=5')).toEqual(["The part 'seed=%E0%A4%A' has a broken % escape; it was ignored."]);
    expect(decode('?seed=%E0%A4%A&it=5').state).toEqual({ ...defaultSharedState(), iteration: 5 });
    expect(decode('?v=2&seed=7').state.seed).toBe(7);
    expect(decode('?v=2&seed=7').problems.map((p) => [p.part, plainMessage(p.message)])).toEqual([
      ['v', "The link is version '2'; this app reads version 1 links, so it read what it could."],
    ]);
  });

  it(`ignores a part over ${MAX_LINK_LENGTH} characters and says so, keeping the rest`, () => {
    const huge = `${'011-1,'.repeat(1500)}011-1`;
    const decoded = decode(`?data=${huge}&seed=5`);
    expect(decoded.state).toEqual({ ...defaultSharedState(), seed: 5 });
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual([
      `The link is ${huge.length + 12} characters long, more than the 8192 it may be; only its parts under that length were read.`,
      `The part 'data' is ${huge.length + 5} characters long, more than 8192; it was ignored.`,
    ]);
  });

  it('quotes at most a short piece of any value, so a notice stays one line', () => {
    const long = 'x'.repeat(5000);
    for (const search of [`?seed=${long}`, `?data=${long}-1`, `?${long}=1`, `?hide=${long}`, `?v=${long}`]) {
      const all = messages(search);
      expect(all[0]).toContain(`'${'x'.repeat(MAX_QUOTED)}…'`);
      for (const message of all) expect(message.length).toBeLessThan(MAX_QUOTED + 200);
    }
  });

  it('never hands the store anything it would refuse', () => {
    for (const search of ['?data=1_1_1-1,nan-1&seed=1e3&lr=1e-320&it=0x10', '?data=.5_5._+1-.5&test=1_2_3']) {
      expect(sharedStateProblems(decode(search).state)).toEqual([]);
    }
    expect(decode('?data=.5_5._+1-.5').state.dataset).toEqual({ inputs: [[0.5, 5, 1]], targets: [0.5] });
  });
});

describe('defaultSharedState()', () => {
  it("is what the store starts with today (the link format's defaults are frozen; this flags a drift)", () => {
    const s = createLabStore().getState();
    const { dataset, testInput, seed, learningRate, iteration, stopAt, digits, logAxis, presenter, hiddenPanels, presenterPanels } = s;
    // The store starts with no view open, so with no Explore panels shown.
    expect(s.openView).toBe('lab');
    expect(defaultSharedState()).toEqual({ dataset, testInput, seed, learningRate, iteration, stopAt, digits, logAxis, presenter, hiddenPanels, shownPanels: [], presenterPanels });
  });

  it('is valid by the store rules', () => {
    expect(sharedStateProblems(defaultSharedState())).toEqual([]);
  });
});

describe('decode(search) of a huge link', () => {
  it('reads the first parts of a link with too many, and names each repeated part once', () => {
    const decoded = decode(`?seed=4&${'seed=5&'.repeat(100)}it=9`);
    expect(decoded.state.seed).toBe(4);
    expect(decoded.state.iteration).toBe(0); // it=9 comes after the parts read
    expect(decoded.problems.map((p) => plainMessage(p.message))).toEqual([
      "'seed' appears more than once in the link; the first was used.",
      'The link has more than 32 parts; only the first 32 were read.',
    ]);
  });

  it('reads 2 MB of junk, the most a browser puts in an address, into a valid state and a few problems', () => {
    // Reading stops after 32 parts and skips any part over 8192 characters, so the notices stay few.
    for (const junk of ['x'.repeat(2_000_000), '&'.repeat(2_000_000), 'seed=1&'.repeat(280_000), `data=${'011-1,'.repeat(330_000)}`]) {
      const decoded = decode(`?${junk}`);
      expect(decoded.problems.length).toBeLessThanOrEqual(3);
      expect(sharedStateProblems(decoded.state)).toEqual([]);
    }
  });
});

describe('the presenter panels (present=)', () => {
  it('reads two or three charts in the order written, in any case', () => {
    expect(decode('?present=Error,sigmoid').state.presenterPanels).toEqual(['error', 'sigmoid']);
    expect(decode('?present=neuron,weights,error')).toMatchObject({ state: { presenterPanels: ['neuron', 'weights', 'error'] }, problems: [] });
  });

  it('means weights and neuron when left out, and is not written then', () => {
    expect(decode('?v=1&it=3').state.presenterPanels).toEqual(['weights', 'neuron']);
    expect(encode(defaultSharedState())).not.toContain('present');
  });

  it('falls back to weights and neuron, saying why, for one panel, four, a repeat, an unknown or a non-chart', () => {
    for (const [text, why] of [
      ['error', '1 panel was chosen; presenter mode shows 2 or 3'],
      ['weights,error,sigmoid,neuron', '4 panels were chosen'],
      ['error,error', 'a panel is listed twice'],
      ['error,clock', "'clock' cannot be shown in presenter mode"],
      ['error,math', "'math' cannot be shown in presenter mode"],
    ]) {
      const { state, problems } = decode(`?present=${text}`);
      expect(state.presenterPanels, text).toEqual(['weights', 'neuron']);
      expect(problems, text).toHaveLength(1);
      expect(problems[0]!.part).toBe('present');
      expect(plainMessage(problems[0]!.message)).toContain(why);
      expect(problems[0]!.message).toContain('weights and neuron are shown');
    }
  });
});

describe('Stop at (stop=) and Digits (digits=) in a link', () => {
  const board = '?v=1&data=011-1,100-0,101-1&seed=1&it=0';

  it('an old link without them keeps its meaning: Run stops at 10,000, 8 digits show, and neither is written', () => {
    const { state, problems } = decode(board);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ stopAt: 10_000, digits: 8 });
    expect(encode(state)).toBe(board);
  });

  it('reads a stop, "none" for no limit, and 2 or 4 digits, and writes each back the same', () => {
    for (const [query, stopAt, digits] of [
      ['&stop=100', 100, 8],
      ['&stop=none', null, 8],
      ['&stop=NONE', null, 8],
      ['&stop=4294967295', 4_294_967_295, 8],
      ['&digits=2', 10_000, 2],
      ['&stop=1000000&digits=4', 1_000_000, 4],
    ] as const) {
      const { state, problems } = decode(board + query);
      expect(problems, query).toEqual([]);
      expect(state, query).toMatchObject({ stopAt, digits });
      expect(decode(encode(state)).state, query).toEqual(state);
    }
    expect(encode({ ...decode(board).state, stopAt: null, digits: 2 })).toBe(`${board}&stop=none&digits=2`);
  });

  it.each([
    ['stop=0', 'stop', "Stop at (stop): '0' is not allowed; Run stops at 1 iteration or more, or none; Run stops at 10,000."],
    ['stop=-5', 'stop', "Stop at (stop): '-5' is not a whole number from 0 to 4294967295, or none; Run stops at 10,000."],
    ['stop=2.5', 'stop', "Stop at (stop): '2.5' is not a whole number from 0 to 4294967295, or none; Run stops at 10,000."],
    ['stop=4294967296', 'stop', "Stop at (stop): '4294967296' is not a whole number from 0 to 4294967295, or none; Run stops at 10,000."],
    ['stop=forever', 'stop', "Stop at (stop): 'forever' is not a number; it must be a whole number from 0 to 4294967295, or none; Run stops at 10,000."],
    ['digits=3', 'digits', "Digits (digits): '3' is not 8, 4 or 2; 8 significant digits are shown."],
    ['digits=', 'digits', "Digits (digits): '' is not 8, 4 or 2; 8 significant digits are shown."],
    ['digits=4.0x', 'digits', "Digits (digits): '4.0x' is not 8, 4 or 2; 8 significant digits are shown."],
  ])('a bad %s is named, and the default is kept', (query, part, message) => {
    const { state, problems } = decode(`${board}&${query}`);
    expect(problems.map((p) => ({ part: p.part, message: plainMessage(p.message) }))).toEqual([{ part, message }]);
    expect(state).toMatchObject({ stopAt: 10_000, digits: 8, iteration: 0 });
  });

  it('a stop with a comma is refused with what to type, as the iteration is', () => {
    const { state, problems } = decode(`${board}&stop=10,000`);
    expect(state.stopAt).toBe(10_000);
    expect(problems).toHaveLength(1);
    expect(plainMessage(problems[0]!.message)).toMatch(/^Stop at \(stop\): '10,000' has a comma.*type 10000 without the comma.*Run stops at 10,000\.$/);
  });
});
