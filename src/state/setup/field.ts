import type { LabState } from '../labState';
import type { LinkProblem } from '../url/linkProblem';
import type { FileProblem, Json, Setup, SetupKey } from './setup';

/** A part read from a link: the value to use (absent: the default is used), and what was wrong, as codes (url/linkProblem.ts). */
export interface Read<T> {
  value?: T;
  problems: LinkProblem[];
}

/** How a link writes a field (TensorFlow Playground's idea of a table of parameters, every value validated). */
export interface LinkSpelling<K extends SetupKey> {
  /** The name in the query string. */
  name: string;
  /** Written even when it equals the default, because a reader of the link wants to see it (table, seed, iteration). */
  always: boolean;
  /** `setup`: the fields before this one, as written or as read (seg refers to data and lr). */
  write(value: Setup[K], setup: Setup): string;
  /** Never returns a value the field's `problems` would refuse; each problem says what was used instead. */
  read(text: string, setup: Setup): Read<Setup[K]>;
}

/** How a state file (JSON) writes a field. */
export interface FileSpelling<K extends SetupKey> {
  /** Where in the document: a key of its own, or a key inside "view". */
  path: readonly [string] | readonly ['view', string];
  /** The value JSON.stringify writes (plain lists, numbers, objects); undefined leaves the key out (a run without edits writes no "later"). */
  write(value: Setup[K]): unknown;
  /** Never returns a value the field's `problems` would refuse; each problem names the field. */
  read(value: Json, problems: FileProblem[], warnings: string[]): Setup[K] | undefined;
}

/**
 * One field of a setup, declared once: its default, its rule, how a link and a state file write it, and where the
 * store keeps it. The codec, the state file, the saved tables (they keep links), the validator and `applySetup`
 * are all loops over SETUP_FIELDS.
 */
export interface SetupField<K extends SetupKey> {
  key: K;
  /**
   * 'run': part of one run's setup (a second run would carry its own); 'screen': the page's, one for every run.
   */
  scope: 'run' | 'screen';
  /** What a link or file that leaves the field out means: a fresh copy each call. */
  fallback(): Setup[K];
  /**
   * What is wrong with a value by the store's rules; empty when it is valid. For tests and developers only (every
   * reader already refuses what these would find, and says so in its own codes): a rule's code as JSON, or a
   * settings check's worded message.
   */
  problems(value: Setup[K], setup: Setup): string[];
  link: LinkSpelling<K>;
  file: FileSpelling<K>;
  /** The field's value in the store. */
  of(state: LabState): Setup[K];
  /** The store fields `of` reads: when none of them changed (by reference), neither did the field. */
  watches: readonly (keyof LabState)[];
  /** The store fields whose change is an edit worth keeping across a reload (empty: never saved for itself). */
  edits: readonly (keyof LabState)[];
  /** The store fields that hold a value; absent for the table, its segments and the iteration, which applySetup puts in place. */
  toStore?(value: Setup[K]): Partial<LabState>;
}

export type AnySetupField = { [K in SetupKey]-?: SetupField<K> }[SetupKey];
