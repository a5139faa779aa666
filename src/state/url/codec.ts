import { PARAMS, type AnyParamSpec, type ParamSpec } from './params';
import { setupField } from '../setup/fields';
import { defaultSharedState, type SharedState } from './sharedState';
import { MAX_QUOTED } from './quote';
import type { LinkProblem } from './linkProblem';
import { linkProblemText } from '../../text/linkProblemText';

/*
 * A link's query string <-> the shared state. A version-1 link reads, for the tutorial's table at iteration
 * 10000:
 *
 *   ?v=1&data=011-1,100-0,101-1&seed=1&it=10000
 *
 * and in full:  v=1 & data=<table> & test=<inputs> & seed=<0..4294967295> & lr=<(0, 1000]>
 *               & seg=<later segments> & it=<0..4294967295> & stop=<1..4294967295 | none> & digits=<8|4|2> & log=1 & presenter=1 & hide=<panel>,<panel>... & present=<panel>,<panel>[,<panel>]
 *
 * `data` and `lr` train from iteration 0. After an edit at iteration k > 0 the run goes on from the weights at k
 * with another table: `seg` lists those later segments, `seg=10000:011-1,100-0,101-0` (from 10000 on, row 3's
 * target is 0); a link without it is a run on one table, as every link before segments was.
 * `present` names the two or three charts presenter mode shows (weights, error, sigmoid, neuron), in the order
 * chosen; left out, it means weights,neuron. The table's grammar is in tableText.ts, the segments' in segmentText.ts. `v`, `data`, `seed` and `it` are always written; the others only when
 * they differ from the defaults (the setup's fields, src/state/setup/fields.ts), which they take when left out. `v` may be left out too (a link
 * typed from the board): it means version 1. Names are read in any case; numbers as the store's fields read them.
 *
 * A link may carry other runs (Compare): `lr.b=0.1` is run B's learning rate; see OtherRun below.
 *
 * Reading never throws and never gives up on the whole link for one bad part: each part is checked on its own,
 * a bad one falls back to its default (a bad row of the table is left out), and each problem is named in words.
 */

export const LINK_VERSION = '1';

/** The most a link's query, or any one of its parts, may hold. A valid 64-row table of 17-digit decimals is ~6.4 KB. */
export const MAX_LINK_LENGTH = 8192;

/** A link has 14 parameters (v included); one with more than this many parts is junk, and reading stops. */
export const MAX_LINK_PARTS = 32;

/** Parts of a link that are not the run's: `lang` is the screen's language, read by src/i18n at start. */
const NOT_THE_RUNS = new Set(['lang']);

/** Added by mail and chat tools to links they pass on; they say nothing about the neuron and are dropped quietly. */
const PASSED_ON = /^(utm_[a-z]+|fbclid|gclid|msclkid|mc_[a-z]+|ref)$/;

export interface DecodeProblem {
  /** The parameter at fault ('data', 'seed', ...), or 'link' for the link as a whole. */
  part: string;
  /** What was wrong and what was used instead, as a code (not enumerable: two problems are equal when their words are). */
  readonly said: LinkProblem;
  /** `said` worded in the screen's language when read (text/linkProblemText.ts), so a notice follows a change of language. */
  readonly message: string;
}

/** A problem of `part`: its code, and its words in whatever language the screen is in when they are read. */
export function decodeProblem(part: string, said: LinkProblem): DecodeProblem {
  const problem = {
    part,
    get message() {
      return linkProblemText(said);
    },
  };
  Object.defineProperty(problem, 'said', { value: said, enumerable: false });
  return problem as DecodeProblem;
}

export interface Decoded {
  /** Always a valid state: the link's valid parts, defaults for the rest. */
  state: SharedState;
  problems: DecodeProblem[];
  /** Whether the link named any part of the state (or a version): if not, it carries no state at all. */
  carriesState: boolean;
  /** The other runs asked for (`runs` of decode), in that order, each always a valid state (see OtherRun); absent when none was asked for. */
  others?: SharedState[];
  /** For each run of `others`: whether the link named any part of it (`seed.b=1`), that is, whether it carries that run. */
  othersNamed?: boolean[];
}

/**
 * A link may carry more runs than the first: another run's part is the field's name, "." and the run's suffix
 * (`lr.b=0.1`, `seed.b=7`), for the fields of a run only (scope 'run' in setup/fields.ts); the screen's fields
 * are the first run's. A part the other run leaves out is the first run's, read again in the other run's setup
 * (so `seg` refers to that run's own table), and a link writes only the parts where the runs differ; a run that
 * differs in nothing writes its seed (`seed.b=1`), so the link still says it carries that run. A bad part of the
 * other run's falls back to its default, as the first run's does, so its message says what was used.
 */
export interface OtherRun {
  /** Lower case letters or digits: 'b'. */
  suffix: string;
  setup: SharedState;
}

export interface DecodeOptions {
  /** The suffixes of the other runs to read (['b']); a part with a suffix not asked for is not part of the link. */
  runs?: readonly string[];
}

const RUN_PARAMS = (PARAMS as readonly AnyParamSpec[]).filter((spec) => setupField(spec.key).scope === 'run');
const otherName = (name: string, suffix: string) => `${name}.${suffix}`;

/**
 * The first `max` non-empty parts of a query, and whether there are more, without cutting a huge query
 * (browsers allow about 2 MB) into hundreds of thousands of strings.
 */
function splitQuery(query: string, max: number): { parts: string[]; more: boolean } {
  const parts: string[] = [];
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    if (end > start) {
      if (parts.length === max) return { parts, more: true };
      parts.push(query.slice(start, end));
    }
    start = end + 1;
  }
  return { parts, more: false };
}

/** `seed=1` -> name 'seed', value '1'. A name without "=" has the empty value (`?presenter`). */
function splitPart(part: string): { rawName: string; rawValue: string } {
  const at = part.indexOf('=');
  return at < 0 ? { rawName: part, rawValue: '' } : { rawName: part.slice(0, at), rawValue: part.slice(at + 1) };
}

/** decodeURIComponent without the throw. "+" stays "+": no value of ours holds a space, and "1e+3" is a number. */
function unescapePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Reads one part into `state`; returns whether it was read (a value, maybe with problems, or none and no problem:
 * an empty `seg` is a run without later segments).
 */
function readParam<K extends keyof SharedState>(spec: ParamSpec<K>, text: string, state: SharedState, problems: DecodeProblem[], part = spec.name): boolean {
  const read = spec.read(text, state);
  if (read.value !== undefined) state[spec.key] = read.value;
  else if (read.problems.length === 0) {
    const fallback = defaultSharedState()[spec.key];
    if (fallback === undefined) delete state[spec.key];
    else state[spec.key] = fallback;
  }
  for (const said of read.problems) problems.push(decodeProblem(part, said));
  return read.value !== undefined || read.problems.length === 0;
}

function readLink(search: string, runs: readonly string[]): Decoded {
  const state = defaultSharedState();
  const problems: DecodeProblem[] = [];
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_LINK_LENGTH) {
    problems.push(decodeProblem('link', { code: 'linkTooLong', length: query.length, most: MAX_LINK_LENGTH }));
  }

  const values = new Map<string, string>();
  let version: string | null = null;
  let carriesState = false;
  const { parts, more } = splitQuery(query, MAX_LINK_PARTS);
  const repeated = new Set<string>();
  for (const part of parts) {
    const { rawName, rawValue } = splitPart(part);
    // Only the start of a name is ever shown: unescaping a whole oversized part would be wasted work.
    const nameStart = rawName.slice(0, 3 * MAX_QUOTED + 3);
    const shownName = unescapePart(nameStart) ?? nameStart;
    if (part.length > MAX_LINK_LENGTH) {
      problems.push(decodeProblem('link', { code: 'partTooLong', name: shownName, length: part.length, most: MAX_LINK_LENGTH }));
      continue;
    }
    const name = unescapePart(rawName)?.trim().toLowerCase();
    const value = unescapePart(rawValue);
    if (name === undefined || value === null) {
      problems.push(decodeProblem('link', { code: 'brokenEscape', text: part }));
      continue;
    }
    if (PASSED_ON.test(name) || NOT_THE_RUNS.has(name)) continue;
    const known = name === 'v' || PARAMS.some((spec) => spec.name === name) || runs.some((suffix) => RUN_PARAMS.some((spec) => otherName(spec.name, suffix) === name));
    if (!known) {
      problems.push(decodeProblem('link', { code: 'unknownPart', name: shownName }));
      continue;
    }
    carriesState = true;
    if (name === 'v' ? version !== null : values.has(name)) {
      if (!repeated.has(name)) problems.push(decodeProblem(name, { code: 'repeated', name }));
      repeated.add(name);
      continue;
    }
    if (name === 'v') version = value;
    else values.set(name, value);
  }
  if (more) {
    problems.push(decodeProblem('link', { code: 'tooManyParts', most: MAX_LINK_PARTS }));
  }

  if (version !== null && version.trim() !== LINK_VERSION) {
    problems.push(decodeProblem('v', { code: 'version', version, expected: LINK_VERSION }));
  }
  for (const spec of PARAMS as readonly AnyParamSpec[]) {
    const text = values.get(spec.name);
    if (text !== undefined) readParam(spec as ParamSpec<typeof spec.key>, text, state, problems);
  }
  const others = runs.map((suffix) => {
    const other = structuredClone(state);
    for (const spec of RUN_PARAMS as readonly AnyParamSpec[]) {
      const typed = spec as ParamSpec<typeof spec.key>;
      const own = values.get(otherName(spec.name, suffix));
      if (own !== undefined) {
        // A bad part of the other run's own is named and falls back to its default, as the first run's does (its
        // message says which value is used).
        if (!readParam(typed, own, other, problems, otherName(spec.name, suffix))) {
          if (spec.key === 'laterSegments') delete other.laterSegments;
          else other[spec.key] = defaultSharedState()[spec.key] as never;
        }
        continue;
      }
      const first = values.get(spec.name);
      // The first run's part, read again in this run's setup, said its problems once already.
      if (first !== undefined) readParam(typed, first, other, []);
      else if (spec.key === 'laterSegments') delete other.laterSegments;
      else other[spec.key] = defaultSharedState()[spec.key] as never;
    }
    return other;
  });
  const othersNamed = runs.map((suffix) => RUN_PARAMS.some((spec) => values.has(otherName(spec.name, suffix))));
  return { state, problems, carriesState, ...(runs.length > 0 ? { others, othersNamed } : {}) };
}

/**
 * Reads a query string (with or without its "?") into a valid state. Never throws: each bad part falls back to
 * its default, and `problems` says what was wrong and what was used instead.
 */
export function decode(search: string, options: DecodeOptions = {}): Decoded {
  const runs = options.runs ?? [];
  try {
    return readLink(typeof search === 'string' ? search : '', runs);
  } catch {
    // Unreachable as far as the fuzz tests can tell; here so that no link can ever take the page down.
    return {
      state: defaultSharedState(),
      problems: [decodeProblem('link', { code: 'unreadable' })],
      carriesState: false,
      ...(runs.length > 0 ? { others: runs.map(() => defaultSharedState()), othersNamed: runs.map(() => false) } : {}),
    };
  }
}

/**
 * Escapes a value for a query, but keeps "," ":" and "/" readable: they separate rows, panels and segments, and
 * a query may hold them as they are (RFC 3986).
 */
function escapeValue(text: string): string {
  return encodeURIComponent(text).replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/');
}

function writeParam<K extends keyof SharedState>(spec: ParamSpec<K>, state: SharedState, defaults: SharedState): string | null {
  const text = spec.write(state[spec.key], state);
  if (!spec.always && text === spec.write(defaults[spec.key], state)) return null;
  return `${spec.name}=${escapeValue(text)}`;
}

/** Another run's part: written only where its text differs from the first run's (`lr.b=0.1`). */
function writeOtherParam<K extends keyof SharedState>(spec: ParamSpec<K>, other: OtherRun, first: SharedState): string | null {
  const text = spec.write(other.setup[spec.key], other.setup);
  if (text === spec.write(first[spec.key], first)) return null;
  return `${otherName(spec.name, other.suffix)}=${escapeValue(text)}`;
}

/**
 * Writes the state as a query string, "?" included: `?v=1&data=011-1,100-0,101-1&seed=1&it=10000`; and the
 * other runs' parts after the first run's, each where it differs from the first run (see OtherRun).
 */
export function encode(state: SharedState, others: readonly OtherRun[] = []): string {
  const defaults = defaultSharedState();
  const parts = [`v=${LINK_VERSION}`];
  for (const spec of PARAMS as readonly AnyParamSpec[]) {
    const part = writeParam(spec as ParamSpec<typeof spec.key>, state, defaults);
    if (part !== null) parts.push(part);
  }
  for (const other of others) {
    const before = parts.length;
    for (const spec of RUN_PARAMS) {
      const part = writeOtherParam(spec as ParamSpec<typeof spec.key>, other, state);
      if (part !== null) parts.push(part);
    }
    // A copy that differs in nothing (yet) still says the link carries it.
    if (parts.length === before) {
      const seed = setupField('seed').link;
      parts.push(`${otherName(seed.name, other.suffix)}=${escapeValue(seed.write(other.setup.seed, other.setup))}`);
    }
  }
  return `?${parts.join('&')}`;
}
