import type { LabSnapshot } from './labSnapshot';

/** Marks a Neuron Lab state file, so an import can tell it from any other JSON. */
export const STATE_FORMAT = 'neuron-lab-state';
/** The version this app writes and reads. A later app that changes the format raises it and still reads 1. */
export const STATE_VERSION = 1;
export const STATE_FILE_NAME = 'neuron_lab_state.json';

/**
 * The state as a versioned JSON document. JSON.stringify writes each double as the shortest text that reads back
 * as the same double, so the file restores the exact numbers.
 */
export function stateJson(snapshot: LabSnapshot): string {
  const document = {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    table: snapshot.table,
    testInput: snapshot.testInput,
    seed: snapshot.seed,
    learningRate: snapshot.learningRate,
    // Written only for a run with edits, so a file without them is the file it always was.
    ...(snapshot.later ? { later: snapshot.later.map(({ from, inputs, targets, learningRate }) => ({ from, table: { inputs, targets }, learningRate })) } : {}),
    iteration: snapshot.iteration,
    view: snapshot.view,
  };
  // One line per table row: arrays of plain values are written inline, everything else indented.
  const text = JSON.stringify(document, null, 2).replace(/\[\s*([^[\]{}]*?)\s*\]/g, (_all, items: string) =>
    `[${items.split(/,\s*/).join(', ')}]`,
  );
  return text + '\n';
}
