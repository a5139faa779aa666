import { INPUT_COUNT, MAX_ITERATION, MAX_LEARNING_RATE, MAX_SEED } from '../limits';
import { readTable as readCells, rowsFromDataset, type Dataset } from '../table';
import { checkLearningRate, checkSeed, checkTestInput } from '../settingsValidation';
import { DEFAULT_STOP_AT } from '../stops';
import { EXPLORE_PANEL_IDS, EXPLORE_VIEW, isExplorePanelId } from '../explorePanels';
import { DEFAULT_PRESENTER_PANELS, PANEL_IDS, isPanelId, presenterPanelsProblem } from '../panels';
import { runSegmentsOf } from '../runSegments';
import type { LabState } from '../labState';
import { assertRunPlan, type RunSegment } from '../../core/runPlan';
import { DIGIT_CHOICES, SIGNIFICANT_DIGITS, isDigits } from '../../format/number';
import { readNumber, readWholeNumber, writeNumber } from '../url/numberText';
import { readInputs, readTable, writeInputs, writeTable } from '../url/tableText';
import { readSegments, writeSegments } from '../url/segmentText';
import { NO_LIMIT_IN_LINK, readStopAt } from '../url/stopText';
import { fileProblem, jsonValue } from './fileProblem';
import { checkNumber, readFileLater, readFilePanels, readFileTable, readSwitch } from './fileValues';
import type { AnySetupField, Read, SetupField } from './field';
import type { Setup } from './setup';
import type { LinkProblem } from '../url/linkProblem';
import { presenterProblemText } from '../../text/linkProblemText';

/*
 * THE SETUP'S FIELDS: one entry per field, in the order a link writes them. A new setting is one entry here (and
 * its store field): the link codec (url/codec.ts), the state file (file.ts), the tables saved in this browser
 * (which keep a link), the validator (validate.ts), reading the store (fromStore.ts) and applying a setup
 * (apply.ts) all loop over this list.
 */

/** The tutorial's table: what a link or file that names none means. */
const TUTORIAL_TABLE = (): Dataset => ({
  inputs: [
    [0, 1, 1],
    [1, 0, 0],
    [1, 0, 1],
  ],
  targets: [1, 0, 1],
});
const DEFAULT_TEST_INPUT: [number, number, number] = [1, 0, 1];
const DEFAULT_SEED = 1;
const DEFAULT_LEARNING_RATE = 1;

/** A rule a value breaks, as the `problems` of a field say it: its code and parts as JSON, never a sentence. */
const rule = (code: string, parts: Record<string, unknown> = {}) => JSON.stringify({ code, ...parts });

function fail<T>(problem: LinkProblem): Read<T> {
  return { problems: [problem] };
}

/** The iteration a setup carries: where the run is going while it trains up to it or asks about it (see longWork). */
function linkIteration(state: LabState): number {
  return (state.longWork?.phase === 'asking' ? state.longWork.target : null) ?? state.catchingUpTo ?? state.iteration;
}

const copyTable = (table: { inputs: readonly (readonly number[])[]; targets: readonly number[] }): Dataset => ({
  inputs: table.inputs.map((row) => [...row]),
  targets: [...table.targets],
});

function tableProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const { inputs, targets } = dataset;
  if (inputs.length !== targets.length) problems.push(rule('tableTargetCount', { rows: inputs.length, targets: targets.length }));
  if (inputs.some((row) => row.length !== INPUT_COUNT)) problems.push(rule('rowInputCount', { needed: INPUT_COUNT }));
  if (problems.length === 0) problems.push(...readCells(rowsFromDataset(dataset, 1)).problems.map((p) => p.message));
  return problems;
}

function noRepeats(panels: readonly string[]): boolean {
  return new Set(panels).size === panels.length;
}

const ON = ['', '1', 'true', 'on', 'yes'];
const OFF = ['0', 'false', 'off', 'no'];

/** An on/off view option: "1" in a link when on (left out when off; a bare `?presenter` turns it on), true or false in a file. */
function switchField<K extends 'logAxis' | 'presenter'>(key: K, name: string): SetupField<K> {
  return {
    key,
    scope: 'screen',
    fallback: () => false,
    problems: (on) => (typeof on === 'boolean' ? [] : [rule('notOnOff', { key })]),
    link: {
      name,
      always: false,
      write: (on) => (on ? '1' : '0'),
      read(text) {
        const word = text.trim().toLowerCase();
        if (ON.includes(word)) return { value: true, problems: [] };
        if (OFF.includes(word)) return { value: false, problems: [] };
        return fail({ code: 'switch', field: key, name, text });
      },
    },
    file: { path: ['view', key], write: (on) => on, read: (value, problems) => readSwitch(value, `view.${key}`, problems) },
    of: (state) => state[key],
    watches: [key],
    edits: [key],
    toStore: (on) => ({ [key]: on }) as Partial<LabState>,
  };
}

const dataset: SetupField<'dataset'> = {
  key: 'dataset',
  scope: 'run',
  fallback: TUTORIAL_TABLE,
  problems: tableProblems,
  link: {
    name: 'data',
    always: true,
    write: writeTable,
    read(text) {
      if (text.trim() === '') return fail({ code: 'tableEmpty' });
      const { dataset: table, messages } = readTable(text);
      const problems = messages.map((problem): LinkProblem => ({ code: 'tableRows', problem }));
      if (!table) return { problems: [...problems, { code: 'tableUnusable' }] };
      return { value: table, problems };
    },
  },
  file: { path: ['table'], write: copyTable, read: (value, problems) => readFileTable(value, problems) },
  of: (state) => copyTable(runSegmentsOf(state)[0]!),
  watches: ['dataset', 'pastSegments', 'editedAt'],
  edits: ['rows'],
};

const testInput: SetupField<'testInput'> = {
  key: 'testInput',
  scope: 'run',
  fallback: () => [...DEFAULT_TEST_INPUT],
  problems(values) {
    const problems: string[] = [];
    values.forEach((value, i) => {
      const checked = checkTestInput(String(value), i as 0 | 1 | 2);
      if (!checked.ok) problems.push(checked.message);
    });
    if (values.length !== INPUT_COUNT) problems.push(rule('testInputValues', { count: values.length, needed: INPUT_COUNT }));
    return problems;
  },
  link: {
    name: 'test',
    always: false,
    write: writeInputs,
    read(text) {
      const read = readInputs(text);
      if (read.ok) return { value: read.values as [number, number, number], problems: [] };
      return fail({ code: 'testInput', problems: read.problems, fallback: DEFAULT_TEST_INPUT });
    },
  },
  file: {
    path: ['testInput'],
    write: (values) => [...values],
    read(value, problems) {
      if (!Array.isArray(value) || value.length !== INPUT_COUNT) {
        problems.push(fileProblem({ path: 'testInput' }, { code: 'testInputShape', value: jsonValue(value), needed: INPUT_COUNT }));
        return undefined;
      }
      const before = problems.length;
      const numbers = value.map((v, i) => checkNumber(v, { testInput: i + 1 }, (text) => checkTestInput(text, i as 0 | 1 | 2), problems) ?? NaN);
      return problems.length > before ? undefined : (numbers as [number, number, number]);
    },
  },
  of: (state) => [...state.testInput],
  watches: ['testInput'],
  edits: ['testInput'],
  toStore: (values) => ({ testInput: [...values] }),
};

const seed: SetupField<'seed'> = {
  key: 'seed',
  scope: 'run',
  fallback: () => DEFAULT_SEED,
  problems: (value) => {
    const checked = checkSeed(String(value));
    return checked.ok ? [] : [checked.message];
  },
  link: {
    name: 'seed',
    always: true,
    write: writeNumber,
    read(text) {
      const read = readWholeNumber(text, MAX_SEED);
      return read.ok ? { value: read.value, problems: [] } : fail({ code: 'seed', problem: read.problem, fallback: DEFAULT_SEED });
    },
  },
  file: { path: ['seed'], write: (value) => value, read: (value, problems) => checkNumber(value, { path: 'seed' }, checkSeed, problems) },
  of: (state) => state.seed,
  watches: ['seed'],
  edits: ['seed'],
  toStore: (value) => ({ seed: value }),
};

const learningRate: SetupField<'learningRate'> = {
  key: 'learningRate',
  scope: 'run',
  fallback: () => DEFAULT_LEARNING_RATE,
  problems: (value) => {
    const checked = checkLearningRate(String(value));
    return checked.ok ? [] : [checked.message];
  },
  link: {
    name: 'lr',
    always: false,
    write: writeNumber,
    read(text) {
      const read = readNumber(text);
      if (!read.ok) return fail({ code: 'learningRate', problem: read.problem, fallback: DEFAULT_LEARNING_RATE });
      if (!(read.value > 0 && read.value <= MAX_LEARNING_RATE)) {
        return fail({ code: 'learningRateRange', value: read.value, most: MAX_LEARNING_RATE, fallback: DEFAULT_LEARNING_RATE });
      }
      return { value: read.value, problems: [] };
    },
  },
  file: { path: ['learningRate'], write: (value) => value, read: (value, problems) => checkNumber(value, { path: 'learningRate' }, checkLearningRate, problems) },
  // A link's rate is the first segment's; the later segments carry their own.
  of: (state) => runSegmentsOf(state)[0]!.learningRate,
  watches: ['learningRate', 'pastSegments', 'editedAt'],
  edits: ['learningRate'],
  toStore: (value) => ({ learningRate: value }),
};

const laterSegments: SetupField<'laterSegments'> = {
  key: 'laterSegments',
  scope: 'run',
  fallback: () => undefined,
  problems(later, setup) {
    const problems: string[] = [];
    for (const segment of later ?? []) {
      problems.push(...tableProblems(copyTable(segment)).map((p) => rule('segmentTable', { from: segment.from, problem: p })));
      const rate = checkLearningRate(String(segment.learningRate));
      if (!rate.ok) problems.push(rule('segmentRate', { from: segment.from, problem: rate.message }));
    }
    try {
      const first = { from: 0, inputs: setup.dataset.inputs, targets: setup.dataset.targets, learningRate: setup.learningRate };
      assertRunPlan({ seed: setup.seed, segments: [first, ...(later ?? [])] });
    } catch (error) {
      problems.push((error as Error).message);
    }
    return problems;
  },
  link: {
    name: 'seg',
    always: false,
    write: (segments, setup) => writeSegments(segments ?? [], setup),
    read: (text, setup) => readSegments(text, setup),
  },
  file: {
    path: ['later'],
    // Written only for a run with edits, so a file without them is the file it always was.
    write: (later) => (later && later.length > 0 ? later.map(({ from, inputs, targets, learningRate: rate }) => ({ from, table: copyTable({ inputs, targets }), learningRate: rate })) : undefined),
    read(value, problems) {
      const later = readFileLater(value, problems);
      return later && later.length > 0 ? later : undefined;
    },
  },
  of(state) {
    const later = runSegmentsOf(state).slice(1);
    return later.length > 0 ? later.map((segment): RunSegment => ({ ...segment, ...copyTable(segment) })) : undefined;
  },
  watches: ['dataset', 'learningRate', 'pastSegments', 'editedAt'],
  edits: ['pastSegments', 'editedAt'],
};

const iteration: SetupField<'iteration'> = {
  key: 'iteration',
  scope: 'run',
  fallback: () => 0,
  problems: (value) => (!Number.isInteger(value) || value < 0 || value > MAX_ITERATION ? [rule('iteration', { value, most: MAX_ITERATION })] : []),
  link: {
    name: 'it',
    always: true,
    write: writeNumber,
    read(text) {
      const read = readWholeNumber(text, MAX_ITERATION);
      return read.ok ? { value: read.value, problems: [] } : fail({ code: 'iteration', problem: read.problem });
    },
  },
  file: {
    path: ['iteration'],
    write: (value) => value,
    read(value, problems) {
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_ITERATION) return value;
      problems.push(fileProblem({ path: 'iteration' }, { code: 'iteration', value: jsonValue(value), most: MAX_ITERATION }));
      return undefined;
    },
  },
  of: linkIteration,
  watches: ['iteration', 'catchingUpTo', 'longWork'],
  // A run changes the iteration many times a second: that alone is never saved.
  edits: [],
};

const stopAt: SetupField<'stopAt'> = {
  key: 'stopAt',
  scope: 'screen',
  fallback: () => DEFAULT_STOP_AT,
  problems: (value) =>
    value !== null && (!Number.isInteger(value) || value < 1 || value > MAX_ITERATION) ? [rule('stopAt', { value, most: MAX_ITERATION })] : [],
  link: {
    // stop=100000 or stop=none: where Run pauses on its own. Left out it is 10,000, as in every link before it.
    name: 'stop',
    always: false,
    write: (value) => (value === null ? NO_LIMIT_IN_LINK : writeNumber(value)),
    read: readStopAt,
  },
  file: {
    // A whole number, or null for no limit.
    path: ['stopAt'],
    write: (value) => value,
    read(value, problems) {
      if (value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ITERATION)) return value;
      problems.push(fileProblem({ path: 'stopAt' }, { code: 'stopAt', value: jsonValue(value), most: MAX_ITERATION }));
      return undefined;
    },
  },
  of: (state) => state.stopAt,
  watches: ['stopAt'],
  // Run moves Stop at on by itself, and a run never saves.
  edits: [],
  toStore: (value) => ({ stopAt: value }),
};

const digits: SetupField<'digits'> = {
  key: 'digits',
  scope: 'screen',
  fallback: () => SIGNIFICANT_DIGITS,
  problems: (value) => (isDigits(value) ? [] : [rule('digits', { value, choices: DIGIT_CHOICES })]),
  link: {
    // digits=4: the significant digits on screen, for a younger class. Left out it is 8.
    name: 'digits',
    always: false,
    write: (value) => String(value),
    read(text) {
      const value = Number(text.trim());
      if (text.trim() !== '' && isDigits(value)) return { value, problems: [] };
      return fail({ code: 'digits', text, choices: DIGIT_CHOICES, fallback: SIGNIFICANT_DIGITS });
    },
  },
  file: {
    path: ['view', 'digits'],
    write: (value) => value,
    read(value, problems) {
      if (isDigits(value)) return value;
      problems.push(fileProblem({ path: 'view.digits' }, { code: 'digits', value: jsonValue(value), choices: DIGIT_CHOICES }));
      return undefined;
    },
  },
  of: (state) => state.digits,
  watches: ['digits'],
  edits: ['digits'],
  toStore: (value) => ({ digits: value }),
};

const hiddenPanels: SetupField<'hiddenPanels'> = {
  key: 'hiddenPanels',
  scope: 'screen',
  fallback: () => [],
  problems: (panels) => [
    ...(panels.some((panel) => !isPanelId(panel)) ? [rule('hiddenUnknown')] : []),
    ...(noRepeats(panels) ? [] : [rule('hiddenTwice')]),
  ],
  link: {
    name: 'hide',
    always: false,
    write: (panels) => panels.join(','),
    read(text) {
      const panels: Setup['hiddenPanels'] = [];
      const problems: LinkProblem[] = [];
      for (const piece of text.split(',')) {
        const word = piece.trim().toLowerCase();
        if (word === '') continue;
        if (!isPanelId(word)) {
          problems.push({ code: 'hiddenUnknown', text: piece, panels: PANEL_IDS });
        } else if (panels.includes(word)) {
          problems.push({ code: 'hiddenTwice', name: word });
        } else {
          panels.push(word);
        }
        // A list longer than the panels there are can only repeat itself: stop reading a huge one.
        if (problems.length > PANEL_IDS.length) break;
      }
      return { value: panels, problems };
    },
  },
  file: {
    path: ['view', 'hiddenPanels'],
    write: (panels) => [...panels],
    read: (value, problems, warnings) => readFilePanels(value, 'view.hiddenPanels', PANEL_IDS, problems, warnings),
  },
  of: (state) => [...state.hiddenPanels],
  watches: ['hiddenPanels'],
  edits: ['hiddenPanels'],
  toStore: (panels) => ({ hiddenPanels: [...panels] }),
};

const shownPanels: SetupField<'shownPanels'> = {
  key: 'shownPanels',
  scope: 'screen',
  fallback: () => [],
  problems: (panels) => [
    ...(panels.some((panel) => !isExplorePanelId(panel)) ? [rule('shownUnknown')] : []),
    ...(noRepeats(panels) ? [] : [rule('shownTwice')]),
  ],
  link: {
    // show=situations,line,landscape opens the Explore view with those panels (in screen order).
    name: 'show',
    always: false,
    write: (panels) => panels.join(','),
    read(text) {
      const pieces = text.split(',').filter((piece) => piece.trim() !== '');
      const words = pieces.map((piece) => piece.trim().toLowerCase());
      const panels = EXPLORE_PANEL_IDS.filter((id) => words.includes(id));
      // Each unknown name as it was typed; a list longer than the panels there are is not read further.
      const problems = pieces
        .filter((_, k) => !isExplorePanelId(words[k]!))
        .slice(0, EXPLORE_PANEL_IDS.length + 1)
        .map((piece): LinkProblem => ({ code: 'shownUnknown', text: piece, panels: EXPLORE_PANEL_IDS }));
      return { value: panels, problems };
    },
  },
  file: {
    path: ['view', 'shownPanels'],
    write: (panels) => [...panels],
    read: (value, problems, warnings) => readFilePanels(value, 'view.shownPanels', EXPLORE_PANEL_IDS, problems, warnings, true),
  },
  of: (state) => (state.openView === EXPLORE_VIEW ? [...state.explorePanels] : []),
  watches: ['openView', 'explorePanels'],
  // Which view is open is not kept across a reload.
  edits: [],
  // Panels named open the Explore view on them; none leaves the view as it is.
  toStore: (panels) => (panels.length > 0 ? { openView: EXPLORE_VIEW, explorePanels: [...panels] } : {}),
};

const presenterPanels: SetupField<'presenterPanels'> = {
  key: 'presenterPanels',
  scope: 'screen',
  fallback: () => [...DEFAULT_PRESENTER_PANELS],
  problems: (panels) => {
    const problem = presenterPanelsProblem(panels);
    return problem ? [`presenter panels: ${presenterProblemText(problem)}`] : [];
  },
  link: {
    // present=weights,error,neuron: the charts presenter mode shows, in the order chosen.
    name: 'present',
    always: false,
    write: (panels) => panels.join(','),
    read(text) {
      const panels = text
        .split(',', PANEL_IDS.length + 1)
        .map((piece) => piece.trim().toLowerCase())
        .filter((word) => word !== '');
      const problem = presenterPanelsProblem(panels);
      if (problem) return fail({ code: 'presenterPanels', problem, fallback: DEFAULT_PRESENTER_PANELS });
      return { value: panels.filter(isPanelId), problems: [] };
    },
  },
  file: {
    path: ['view', 'presenterPanels'],
    write: (panels) => [...panels],
    read(value, problems) {
      const words = Array.isArray(value) ? value : null;
      const notList = words === null || words.some((word) => typeof word !== 'string');
      const problem = notList ? null : presenterPanelsProblem(words as string[]);
      if (!notList && problem === null) return (words as string[]).filter(isPanelId);
      problems.push(fileProblem({ path: 'view.presenterPanels' }, { code: 'presenterPanels', value: jsonValue(value), problem }));
      return undefined;
    },
  },
  of: (state) => [...state.presenterPanels],
  watches: ['presenterPanels'],
  edits: ['presenterPanels'],
  toStore: (panels) => ({ presenterPanels: [...panels] }),
};

const switches = { logAxis: switchField('logAxis', 'log'), presenter: switchField('presenter', 'presenter') };

/** Every field by its key: the type check fails the build when the setup gains a field without an entry. */
const FIELD_OF: { [K in keyof Setup]-?: SetupField<K> } = {
  dataset,
  testInput,
  seed,
  learningRate,
  laterSegments,
  iteration,
  stopAt,
  digits,
  ...switches,
  hiddenPanels,
  shownPanels,
  presenterPanels,
};

/** Every field of a setup, in the order a link writes them (seg after data and lr, which it refers to). */
export const SETUP_FIELDS: readonly AnySetupField[] = [
  FIELD_OF.dataset,
  FIELD_OF.testInput,
  FIELD_OF.seed,
  FIELD_OF.learningRate,
  FIELD_OF.laterSegments,
  FIELD_OF.iteration,
  FIELD_OF.stopAt,
  FIELD_OF.digits,
  FIELD_OF.logAxis,
  FIELD_OF.presenter,
  FIELD_OF.hiddenPanels,
  FIELD_OF.shownPanels,
  FIELD_OF.presenterPanels,
];

/** The field of a key. */
export function setupField<K extends keyof Setup>(key: K): SetupField<K> {
  return FIELD_OF[key] as SetupField<K>;
}

/** The keys of every field (a test checks that SETUP_FIELDS lists each once). */
export const SETUP_KEYS = Object.keys(FIELD_OF) as (keyof Setup)[];
