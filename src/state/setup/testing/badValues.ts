import { encode } from '../../url/codec';
import { defaultSetup } from '../defaults';
import { setupDocument } from '../file';
import { STATE_FORMAT, STATE_VERSION } from '../stateFile';
import type { AnySetupField } from '../field';
import type { Json, SetupKey } from '../setup';

/*
 * A bad value of every setup field, as the store, a link and a state file would hold it, for the tests that check
 * each entry point refuses it the same way (setup.test.ts for run A, runB.test.ts for run B). Typed by the
 * setup's keys: a new field does not compile until it has its bad value here.
 */

/** A link of the default setup with one field's part as given (in place of the default's, when it writes one). */
export function linkWith(field: AnySetupField, text: string): string {
  const parts = encode(defaultSetup()).slice(1).split('&').filter((part) => !part.startsWith(`${field.link.name}=`));
  return `?${[...parts, `${field.link.name}=${encodeURIComponent(text)}`].join('&')}`;
}

/** A state file of the default setup with one field's value as given. */
export function fileWith(field: AnySetupField, value: Json): string {
  const document = setupDocument(defaultSetup()) as Record<string, Record<string, unknown>>;
  const [key, inner] = field.file.path;
  if (inner === undefined) (document as Record<string, unknown>)[key] = value;
  else document[key] = { ...(document[key] ?? {}), [inner]: value };
  return JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, ...document });
}

export interface BadValue {
  /** The value as the store would hold it: the validator refuses it. */
  value: unknown;
  /** The value as a link writes it. */
  link: string;
  /** The value as a state file writes it, and the first problem the file is refused with (where: message). */
  file: Json;
  fileSays: RegExp;
}

const TUTORIAL_ROWS = { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 0] };

export const BAD: { [K in SetupKey]-?: BadValue } = {
  dataset: { value: { inputs: [[0, 1, 1]], targets: [2] }, link: '011-2', file: { inputs: [[0, 1, 1]], targets: [2] }, fileSays: /^Row 1, Target: 2 is outside 0 to 1/ },
  testInput: { value: [1, 0, 2e6], link: '1_0_2000000', file: [1, 0, 2e6], fileSays: /^Test input 3: '2000000' is too large/ },
  seed: { value: 1.5, link: '1.5', file: 1.5, fileSays: /^Seed: '1.5' is not allowed/ },
  learningRate: { value: 0, link: '0', file: 0, fileSays: /^Learning rate: '0' is not allowed/ },
  // A later segment must come after the start.
  laterSegments: {
    value: [{ from: 0, ...TUTORIAL_ROWS, learningRate: 1 }],
    link: '0:011-1,100-0,101-0',
    file: [{ from: 0, table: TUTORIAL_ROWS, learningRate: 1 }],
    fileSays: /^later\[1\]\.from: 0 is not allowed; it must be a whole number after 0/,
  },
  iteration: { value: -1, link: '-1', file: -1, fileSays: /^iteration: -1 is not allowed; the iteration must be a whole number from 0 to 4294967295\.$/ },
  stopAt: { value: 0, link: '0', file: 0, fileSays: /^stopAt: 0 is not allowed; Stop at must be a whole number from 1 to 4294967295, or null for no limit\.$/ },
  digits: { value: 3, link: '3', file: 3, fileSays: /^view\.digits: 3 is not allowed; the significant digits shown are 8, 4 or 2\.$/ },
  logAxis: { value: 'maybe', link: 'maybe', file: 'maybe', fileSays: /^view\.logAxis: the text 'maybe' is not allowed; it must be true or false\.$/ },
  presenter: { value: 'maybe', link: 'maybe', file: 'maybe', fileSays: /^view\.presenter: the text 'maybe' is not allowed; it must be true or false\.$/ },
  hiddenPanels: { value: ['oscilloscope'], link: 'oscilloscope', file: 'math', fileSays: /^view\.hiddenPanels: the text 'math' was found; it must be a list of panel names\.$/ },
  shownPanels: { value: ['oscilloscope'], link: 'oscilloscope', file: 'line', fileSays: /^view\.shownPanels: the text 'line' was found; it must be a list of panel names\.$/ },
  presenterPanels: {
    value: ['math', 'table'],
    link: 'math,table',
    file: ['math', 'table'],
    fileSays: /^view\.presenterPanels: a list is not allowed: 'math', 'table' cannot be shown in presenter mode \(weights, error, sigmoid, neuron can\)\.$/,
  },
};

