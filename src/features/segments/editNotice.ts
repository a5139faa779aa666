import { formatCount } from '../../format/number';
import { sameTraining, type RunSegment } from '../../core/runPlan';
import { editIterationOf, runSegmentsOf, segmentAt, type LabState } from '../../state';

/** What the table panel says about the run's edits: nothing, the last edit, or that the view is before one. */
export type EditNotice =
  | { kind: 'edited'; at: number; text: string }
  | { kind: 'before'; at: number; text: string };

/** The most changed cells a "before" notice names; more are counted. */
const NAMED_CHANGES = 3;

export function editNoticeOf(state: LabState): EditNotice | null {
  if (state.pastSegments.length === 0) return null;
  const shown = editIterationOf(state);
  const where = segmentAt(state, shown);
  const segments = runSegmentsOf(state);
  if (where.earlier) {
    const next = segments[where.index + 1]!;
    return {
      kind: 'before',
      at: next.from,
      text: `Before the edit at ${formatCount(next.from)}: ${differences(where.segment, segments[segments.length - 1]!)}.`,
    };
  }
  if (state.editNoticeDismissed === state.editedAt) return null;
  const last = segments[segments.length - 1]!;
  const before = segments[segments.length - 2]!;
  const at = formatCount(last.from);
  return {
    kind: 'edited',
    at: last.from,
    text: `Edited at ${at}: learning goes on from the weights it had, ${changeOf(before, last)}.`,
  };
}

const sameTable = (a: RunSegment, b: RunSegment) => sameTraining({ ...a, learningRate: 1 }, { ...b, learningRate: 1 });

function changeOf(before: RunSegment, after: RunSegment): string {
  const tableChanged = !sameTable(before, after);
  const rate = `learning rate ${after.learningRate}`;
  if (tableChanged && before.learningRate !== after.learningRate) return `on the new table at ${rate}`;
  return tableChanged ? 'on the new table' : `at ${rate}`;
}

/** "row 3's target was 1", "3 rows, learning rate 0.5 then": how the table then differs from the table being edited. */
function differences(then: RunSegment, now: RunSegment): string {
  const changes: string[] = [];
  if (then.inputs.length !== now.inputs.length) changes.push(`the table had ${then.inputs.length} rows`);
  else {
    then.inputs.forEach((row, r) => {
      row.forEach((value, c) => {
        if (!Object.is(value, now.inputs[r]![c])) changes.push(`row ${r + 1}'s input ${c + 1} was ${value}`);
      });
      if (!Object.is(then.targets[r], now.targets[r])) changes.push(`row ${r + 1}'s target was ${then.targets[r]}`);
    });
  }
  if (then.learningRate !== now.learningRate) changes.push(`the learning rate was ${then.learningRate}`);
  if (changes.length === 0) return 'the table was the same as now';
  const named = changes.slice(0, NAMED_CHANGES).join(', ');
  return changes.length > NAMED_CHANGES ? `${named} and ${changes.length - NAMED_CHANGES} more` : named;
}
