import { readRunDocument, readSetupDocument, RUN_B_KEY, runDocument, setupDocument, type FileSetup } from './file';
import { isObject } from './fileValues';
import { fileProblem, jsonValue } from './fileProblem';
import type { FileProblem, Json } from './setup';
import type { Setup } from './setup';

/** Marks a Neuron Lab state file, so an import can tell it from any other JSON. */
export const STATE_FORMAT = 'neuron-lab-state';
/** The version this app writes and reads. A later app that changes the format raises it and still reads 1. */
export const STATE_VERSION = 1;
export const STATE_FILE_NAME = 'neuron_lab_state.json';

/**
 * The setup as a versioned JSON document, every field at its path (fields.ts), and run B's run fields under
 * "runB" while comparing (a reader that knows no "runB" reads run A alone, so the version stays 1). JSON.stringify
 * writes each double as the shortest text that reads back as the same double, so the file restores the exact numbers.
 */
export function stateJson(setup: Setup, runB?: Setup): string {
  const document = { format: STATE_FORMAT, version: STATE_VERSION, ...setupDocument(setup), ...(runB ? { [RUN_B_KEY]: runDocument(runB) } : {}) };
  // One line per table row: arrays of plain values are written inline, everything else indented.
  const text = JSON.stringify(document, null, 2).replace(/\[\s*([^[\]{}]*?)\s*\]/g, (_all, items: string) =>
    `[${items.split(/,\s*/).join(', ')}]`,
  );
  return text + '\n';
}

/** "Line 3, column 14" for a JSON.parse error that gives a character position. */
function syntaxProblem(text: string, error: unknown): FileProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (!position) return fileProblem(null, { code: 'notJson', reason });
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return fileProblem({ line, column }, { code: 'jsonBreaks', reason });
}

export interface ReadStateFile {
  /** The setup, when the file is a valid state file. */
  setup?: FileSetup;
  /** Run B's setup, when the file has one (saved while comparing): its run's fields, shown at the file's iteration. */
  runB?: FileSetup;
  /** Every problem found, each naming the field (or the line and column where the JSON breaks) and the rule. */
  problems: FileProblem[];
  warnings: string[];
}

/**
 * Reads a state file written by `stateJson`. Never throws. The document's frame (format, version) is checked
 * here, its fields by their own readers (fields.ts). The table is required; each other field is restored only
 * if present.
 */
export function readStateFile(text: string): ReadStateFile {
  const body = text.replace(/^\uFEFF/, '');
  let document: Json;
  try {
    document = JSON.parse(body) as Json;
  } catch (error) {
    return { problems: [syntaxProblem(body, error)], warnings: [] };
  }
  const refuse = (problem: FileProblem): ReadStateFile => ({ problems: [problem], warnings: [] });
  if (!isObject(document)) {
    return refuse(fileProblem(null, { code: 'notState', value: jsonValue(document), format: STATE_FORMAT }));
  }
  if (document.format !== STATE_FORMAT) {
    return refuse(fileProblem({ path: 'format' }, { code: 'notFormat', value: jsonValue(document.format), format: STATE_FORMAT }));
  }
  const version = document.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > STATE_VERSION) {
    return refuse(fileProblem({ path: 'version' }, { code: 'newerVersion', version, reads: STATE_VERSION }));
  }
  if (version !== STATE_VERSION) {
    return refuse(fileProblem({ path: 'version' }, { code: 'badVersion', value: jsonValue(version), reads: STATE_VERSION }));
  }
  const read = readSetupDocument(document);
  if (document[RUN_B_KEY] === undefined) return read;
  // A file with a bad run B is refused as a whole, as one with a bad run A is: nothing half-opened.
  const problems = [...read.problems];
  const warnings = [...read.warnings];
  const runB = readRunDocument(document[RUN_B_KEY], problems, warnings);
  if (!read.setup || !runB) return { problems, warnings };
  return { setup: read.setup, runB, problems, warnings };
}
