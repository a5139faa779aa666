import { MAX_SEGMENTS, sameTraining, type RunSegment } from '../../core/runPlan';
import { MAX_ITERATION, MAX_LEARNING_RATE } from '../limits';
import { readNumber, readWholeNumber, writeNumber } from './numberText';
import { readTable, writeTable } from './tableText';
import type { LinkProblem, SegmentWhy } from './linkProblem';
import type { SharedState } from './sharedState';
import type { Read } from './params';

/*
 * The run's later segments in a link (the `seg` parameter): where an edit made training go on with another
 * table or learning rate. `data` and `lr` are the first segment's, from iteration 0.
 *
 *   seg      = segment ("/" segment)*        iterations ascending, each above 0; at most MAX_SEGMENTS - 1
 *   segment  = iteration ":" [table] [":" lr]
 *   table    = as `data` (tableText.ts); left out: the table of the segment before
 *   lr       = a learning rate; left out: the rate of the segment before
 *
 * So `seg=10000:011-1,100-0,101-0` is the lesson's edit (row 3's target set to 0 at iteration 10000), and
 * `seg=10000:011-1,100-0,101-0/20000::0.5` then halves the learning rate at 20000. None of ":" "/" needs
 * escaping in a query string, and neither appears in a table.
 */

export const SEGMENT_SEPARATOR = '/';
export const FIELD_SEPARATOR = ':';

type Training = Omit<RunSegment, 'from'>;

function firstOf(state: SharedState): Training {
  return { inputs: state.dataset.inputs, targets: state.dataset.targets, learningRate: state.learningRate };
}

export function writeSegments(segments: readonly RunSegment[], state: SharedState): string {
  let before = firstOf(state);
  return segments
    .map((segment) => {
      const sameTable = sameTraining({ ...before, learningRate: 1 }, { ...segment, learningRate: 1 });
      const table = sameTable ? '' : writeTable({ inputs: segment.inputs as number[][], targets: segment.targets as number[] });
      const rate = Object.is(segment.learningRate, before.learningRate) ? '' : `${FIELD_SEPARATOR}${writeNumber(segment.learningRate)}`;
      before = segment;
      return `${writeNumber(segment.from)}${FIELD_SEPARATOR}${table}${rate}`;
    })
    .join(SEGMENT_SEPARATOR);
}

/**
 * Reads `seg`. Each segment is checked in turn; the first bad one is left out with the ones after it (each
 * depends on the one before), and the segments before it are kept: the run then goes on with the last good table.
 */
export function readSegments(text: string, state: SharedState): Read<RunSegment[]> {
  const segments: RunSegment[] = [];
  let before: Training & { from: number } = { ...firstOf(state), from: 0 };
  const pieces = text.split(SEGMENT_SEPARATOR);
  // No later segment is no `laterSegments` at all: the state of a link without `seg`.
  const kept = () => (segments.length > 0 ? { value: segments } : {});
  for (const [i, piece] of pieces.entries()) {
    if (piece.trim() === '' && pieces.length === 1) break;
    const said = (why: SegmentWhy): LinkProblem => ({ code: 'segment', edit: i + 1, last: i + 1 === pieces.length, why });
    const fail = (why: SegmentWhy): Read<RunSegment[]> => ({ ...kept(), problems: [said(why)] });
    if (segments.length === MAX_SEGMENTS - 1) return fail({ code: 'tooManyTables', most: MAX_SEGMENTS });
    const fields = piece.split(FIELD_SEPARATOR);
    if (fields.length < 2 || fields.length > 3) return fail({ code: 'shape', text: piece });
    const [fromText, tableText, rateText] = fields as [string, string, string | undefined];
    const from = readWholeNumber(fromText, MAX_ITERATION);
    if (!from.ok) return fail({ code: 'iteration', problem: from.problem });
    if (from.value <= before.from) return fail({ code: 'notAfter', iteration: from.value, after: before.from });
    let training: Training = before;
    if (tableText.trim() !== '') {
      const read = readTable(tableText);
      // The first problem names the row; the segment goes as a whole, so the rest add nothing to do.
      if (!read.dataset || read.messages.length > 0) return fail({ code: 'table', first: read.messages[0] ?? null, more: Math.max(read.messages.length - 1, 0) });
      training = { ...training, inputs: read.dataset.inputs, targets: read.dataset.targets };
    }
    if (rateText !== undefined) {
      const rate = readNumber(rateText);
      if (!rate.ok) return fail({ code: 'rate', problem: rate.problem });
      if (!(rate.value > 0 && rate.value <= MAX_LEARNING_RATE)) return fail({ code: 'rateRange', value: rate.value, most: MAX_LEARNING_RATE });
      training = { ...training, learningRate: rate.value };
    }
    before = { ...training, from: from.value };
    segments.push(before);
  }
  return { ...kept(), problems: [] };
}
