import { SETUP_FIELDS } from './fields';
import type { AnySetupField, SetupField } from './field';
import type { FileProblem, Json, JsonObject, Setup, SetupKey } from './setup';
import { isObject } from './fileValues';
import { fileProblem, inRunB, jsonValue } from './fileProblem';

/*
 * A setup as the body of a state file (JSON): each field at its path (fields.ts), so the file carries everything a
 * link does. The document's frame (format, version) and the reading of JSON text belong to the exports feature.
 */

/** The fields a setup file holds, each at its path: { table, testInput, seed, ..., view: { ... } }. */
export function setupDocument(setup: Setup): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const field of SETUP_FIELDS) {
    const value = (field as SetupField<SetupKey>).file.write(setup[field.key]);
    if (value === undefined) continue;
    const path = field.file.path;
    if (path.length === 1) document[path[0]] = value;
    else ((document[path[0]] ??= {}) as Record<string, unknown>)[path[1]] = value;
  }
  return document;
}

/** What a state file restores: always a table; every other field only when the file has it. */
export type FileSetup = Partial<Setup> & Pick<Setup, 'dataset'>;

export interface ReadSetupDocument {
  /** The fields read, when every field present is valid and the table is there. */
  setup?: FileSetup;
  problems: FileProblem[];
  warnings: string[];
}

function valueAt(document: JsonObject, path: AnySetupField['file']['path'], problems: FileProblem[]): Json | undefined {
  if (path.length === 1) return document[path[0]];
  const group = document[path[0]];
  if (group === undefined) return undefined;
  if (!isObject(group)) {
    // Said once, for the first field of the group.
    if (!problems.some((problem) => problem.where === path[0])) problems.push(fileProblem({ path: path[0] }, { code: 'viewNotObject', value: jsonValue(group) }));
    return undefined;
  }
  return group[path[1]];
}

/**
 * Reads a state file's fields. Never throws: every problem names the field (where: seed, view.presenter, Row 2,
 * Input 3, later[1].table, ...) and the rule. The table is required; each other field is restored only if present.
 */
export function readSetupDocument(document: JsonObject): ReadSetupDocument {
  const problems: FileProblem[] = [];
  const warnings: string[] = [];
  const setup: Partial<Record<SetupKey, unknown>> = {};
  for (const field of SETUP_FIELDS) {
    const value = valueAt(document, field.file.path, problems);
    if (value === undefined) {
      // The table is what every file holds; everything else may be left out.
      if (field.key === 'dataset') field.file.read(value as unknown as Json, problems, warnings);
      continue;
    }
    const read = field.file.read(value, problems, warnings);
    if (read !== undefined) setup[field.key] = read;
  }
  if (problems.length > 0 || setup.dataset === undefined) return { problems, warnings };
  return { setup: setup as FileSetup, problems, warnings };
}

/**
 * Run B, while comparing, under "runB": its run's fields at their paths (scope 'run' in fields.ts), every one
 * written in full. The iteration is not among them: run B keeps run A's clock, at the file's iteration.
 */
export const RUN_B_KEY = 'runB';
const RUN_B_FIELDS = SETUP_FIELDS.filter((field) => field.scope === 'run' && field.key !== 'iteration');

/** Run B's part of a state file. */
export function runDocument(setup: Setup): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const field of RUN_B_FIELDS) {
    const value = (field as SetupField<SetupKey>).file.write(setup[field.key]);
    if (value !== undefined) document[field.file.path[0]] = value;
  }
  return document;
}

/**
 * Reads run B's part of a state file by the same fields' readers as run A's, so the same mistake gets the same
 * words; each problem's place starts with "runB" (runB.stopAt, runB.Row 2, Input 3, or runB alone where run A's
 * message names the field itself: "runB: Seed: ..."). The table is required, as
 * run A's is. Never throws.
 */
export function readRunDocument(value: Json, problems: FileProblem[], warnings: string[]): FileSetup | undefined {
  if (!isObject(value)) {
    problems.push(fileProblem({ inRunB: null }, { code: 'runBNotObject', value: jsonValue(value) }));
    return undefined;
  }
  const own: FileProblem[] = [];
  const setup: Partial<Record<SetupKey, unknown>> = {};
  for (const field of RUN_B_FIELDS) {
    const part = value[field.file.path[0]];
    if (part === undefined && field.key !== 'dataset') continue;
    const read = field.file.read(part as Json, own, warnings);
    if (read !== undefined) setup[field.key] = read;
  }
  problems.push(...own.map(inRunB));
  return own.length === 0 && setup.dataset !== undefined ? (setup as FileSetup) : undefined;
}
