import { MAX_ITERATION, MAX_LEARNING_RATE, MAX_SEED } from '../limits';
import { defaultSharedState, isPanelId, PANEL_IDS, presenterPanelsProblem, type SharedState } from './sharedState';
import { readNumber, readWholeNumber, writeNumber } from './numberText';
import { readInputs, readTable, writeInputs, writeTable } from './tableText';
import { quote } from './quote';
import { readSegments, writeSegments } from './segmentText';
import { EXPLORE_PANEL_IDS, isExplorePanelId } from '../explorePanels';
import { DIGIT_CHOICES, isDigits } from '../../format/number';
import { NO_LIMIT_IN_LINK, readStopAt } from './stopText';

/** A part read from a link: the value to use (absent: the default is used), and what was wrong, as sentences. */
export interface Read<T> {
  value?: T;
  problems: string[];
}

/**
 * One parameter of a link, as TensorFlow Playground's state table declares its parameters, but every value is
 * validated on the way in: `read` never returns a value the store's own rules would refuse.
 */
export interface ParamSpec<K extends keyof SharedState> {
  /** The name in the query string. */
  name: string;
  key: K;
  /** Written even when it equals the default, because a reader of the link wants to see it (table, seed, iteration). */
  always: boolean;
  /** `state`: the parameters before this one in PARAMS, as written or as read (seg refers to data and lr). */
  write(value: SharedState[K], state: SharedState): string;
  read(text: string, state: SharedState): Read<SharedState[K]>;
}

export type AnyParamSpec = { [K in keyof SharedState]-?: ParamSpec<K> }[keyof SharedState];

const DEFAULTS = defaultSharedState();

function fail<T>(message: string): Read<T> {
  return { problems: [message] };
}

const ON = ['', '1', 'true', 'on', 'yes'];
const OFF = ['0', 'false', 'off', 'no'];

/** An on/off option: written "1" when on, left out when off. A bare `?presenter` also turns it on. */
function switchParam<K extends 'logAxis' | 'presenter'>(name: string, key: K, label: string): ParamSpec<K> {
  return {
    name,
    key,
    always: false,
    write: (on) => (on ? '1' : '0'),
    read(text) {
      const word = text.trim().toLowerCase();
      if (ON.includes(word)) return { value: true, problems: [] };
      if (OFF.includes(word)) return { value: false, problems: [] };
      return fail(`${label} (${name}): ${quote(text)} is not 1 or 0; it is off.`);
    },
  };
}

/** The parameters of a version-1 link, in the order a link writes them. */
export const PARAMS: readonly AnyParamSpec[] = [
  {
    name: 'data',
    key: 'dataset',
    always: true,
    write: writeTable,
    read(text) {
      if (text.trim() === '') return fail("The table (data) is empty; the tutorial's table is used.");
      const { dataset, messages } = readTable(text);
      if (!dataset) return { problems: [...messages, "The table has no usable row; the tutorial's table is used."] };
      return { value: dataset, problems: messages };
    },
  },
  {
    name: 'test',
    key: 'testInput',
    always: false,
    write: writeInputs,
    read(text) {
      const read = readInputs(text);
      if (read.ok) return { value: read.values as [number, number, number], problems: [] };
      const what = read.problems.map((p) => (p.input === null ? `Test input: ${p.message}` : `Test input ${p.input}: ${p.message}`));
      return fail(`${what.join('; ')}; the test input ${DEFAULTS.testInput.join(', ')} is used.`);
    },
  },
  {
    name: 'seed',
    key: 'seed',
    always: true,
    write: writeNumber,
    read(text) {
      const read = readWholeNumber(text, MAX_SEED);
      return read.ok ? { value: read.value, problems: [] } : fail(`Seed: ${read.message}; seed ${DEFAULTS.seed} is used.`);
    },
  },
  {
    name: 'lr',
    key: 'learningRate',
    always: false,
    write: writeNumber,
    read(text) {
      const read = readNumber(text);
      const instead = `learning rate ${DEFAULTS.learningRate} is used.`;
      if (!read.ok) return fail(`Learning rate (lr): ${read.message}; ${instead}`);
      if (!(read.value > 0 && read.value <= MAX_LEARNING_RATE)) {
        return fail(`Learning rate (lr): ${read.value} is not allowed; it must be above 0 and at most ${MAX_LEARNING_RATE}; ${instead}`);
      }
      return { value: read.value, problems: [] };
    },
  },
  {
    name: 'seg',
    key: 'laterSegments',
    always: false,
    write: (segments, state) => writeSegments(segments ?? [], state),
    read: (text, state) => readSegments(text, state),
  },
  {
    name: 'it',
    key: 'iteration',
    always: true,
    write: writeNumber,
    read(text) {
      const read = readWholeNumber(text, MAX_ITERATION);
      return read.ok ? { value: read.value, problems: [] } : fail(`Iteration (it): ${read.message}; the run starts at iteration 0.`);
    },
  },
  {
    // stop=100000 or stop=none: where Run pauses on its own. Left out it is 10,000, as in every link before it.
    name: 'stop',
    key: 'stopAt',
    always: false,
    write: (stopAt) => (stopAt === null ? NO_LIMIT_IN_LINK : writeNumber(stopAt)),
    read: readStopAt,
  },
  {
    // digits=4: the significant digits on screen, for a younger class. Left out it is 8.
    name: 'digits',
    key: 'digits',
    always: false,
    write: (digits) => String(digits),
    read(text) {
      const value = Number(text.trim());
      if (text.trim() !== '' && isDigits(value)) return { value, problems: [] };
      return fail(`Digits (digits): ${quote(text)} is not ${DIGIT_CHOICES.join(', ').replace(/, (\d)$/, ' or $1')}; ${DEFAULTS.digits} significant digits are shown.`);
    },
  },
  switchParam('log', 'logAxis', 'Log axis'),
  switchParam('presenter', 'presenter', 'Presenter mode'),
  {
    name: 'hide',
    key: 'hiddenPanels',
    always: false,
    write: (panels) => panels.join(','),
    read(text) {
      const panels: SharedState['hiddenPanels'] = [];
      const problems: string[] = [];
      for (const piece of text.split(',')) {
        const word = piece.trim().toLowerCase();
        if (word === '') continue;
        if (!isPanelId(word)) {
          problems.push(`Hidden panels (hide): ${quote(piece)} is not a panel (${PANEL_IDS.join(', ')}); it was ignored.`);
        } else if (panels.includes(word)) {
          problems.push(`Hidden panels (hide): '${word}' is listed twice; it is hidden once.`);
        } else {
          panels.push(word);
        }
        // A list longer than the panels there are can only repeat itself: stop reading a huge one.
        if (problems.length > PANEL_IDS.length) break;
      }
      return { value: panels, problems };
    },
  },
  {
    // show=situations,line,landscape opens the Explore view with those panels (in screen order).
    name: 'show',
    key: 'shownPanels',
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
        .map((piece) => `Shown panels (show): ${quote(piece)} is not a panel of the Explore view (${EXPLORE_PANEL_IDS.join(', ')}); it was ignored.`);
      return { value: panels, problems };
    },
  },
  {
    name: 'present',
    key: 'presenterPanels',
    always: false,
    write: (panels) => panels.join(','),
    read(text) {
      const panels = text
        .split(',', PANEL_IDS.length + 1)
        .map((piece) => piece.trim().toLowerCase())
        .filter((word) => word !== '');
      const problem = presenterPanelsProblem(panels);
      if (problem) return fail(`Presenter panels (present): ${problem}; ${DEFAULTS.presenterPanels.join(' and ')} are shown.`);
      return { value: panels.filter(isPanelId), problems: [] };
    },
  },
];
