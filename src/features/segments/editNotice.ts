import { plural, t } from '@lingui/core/macro';
import { formatCount, formatDecimalText } from '../../format/number';
import { sameTraining, type RunSegment } from '../../core/runPlan';
import { editIterationOf, runSegmentsOf, segmentAt, type LabState } from '../../state';

/** What the table panel says about the run's edits: nothing, the last edit, or that the view is before one. */
export type EditNotice =
  | { kind: 'edited'; at: number; text: string }
  | { kind: 'before'; at: number; text: string };

/** The most changed cells a "before" notice names; more are counted. */
const NAMED_CHANGES = 3;

/** A value from the table or the rate, exactly, in the screen's number form ("0,5" in German). */
const shown = (value: number) => formatDecimalText(String(value));

export function editNoticeOf(state: LabState): EditNotice | null {
  if (state.pastSegments.length === 0) return null;
  const shown = editIterationOf(state);
  const where = segmentAt(state, shown);
  const segments = runSegmentsOf(state);
  if (where.earlier) {
    const next = segments[where.index + 1]!;
    const at = formatCount(next.from);
    const then = differences(where.segment, segments[segments.length - 1]!);
    return { kind: 'before', at: next.from, text: t`Before the edit at ${at}: ${then}.` };
  }
  if (state.editNoticeDismissed === state.editedAt) return null;
  const last = segments[segments.length - 1]!;
  const before = segments[segments.length - 2]!;
  const at = formatCount(last.from);
  const change = changeOf(before, last);
  return { kind: 'edited', at: last.from, text: t`Edited at ${at}: learning goes on from the weights it had, ${change}.` };
}

const sameTable = (a: RunSegment, b: RunSegment) => sameTraining({ ...a, learningRate: 1 }, { ...b, learningRate: 1 });

function changeOf(before: RunSegment, after: RunSegment): string {
  const tableChanged = !sameTable(before, after);
  const rate = shown(after.learningRate);
  if (tableChanged && before.learningRate !== after.learningRate) return t`on the new table at learning rate ${rate}`;
  return tableChanged ? t`on the new table` : t`at learning rate ${rate}`;
}

/** "row 3's target was 1", "3 rows, learning rate 0.5 then": how the table then differs from the table being edited. */
function differences(then: RunSegment, now: RunSegment): string {
  const changes: string[] = [];
  const rows = then.inputs.length;
  if (rows !== now.inputs.length) changes.push(plural(rows, { one: 'the table had # row', other: 'the table had # rows' }));
  else {
    then.inputs.forEach((inputs, r) => {
      const row = r + 1;
      inputs.forEach((value, c) => {
        const input = c + 1;
        const was = shown(value);
        if (!Object.is(value, now.inputs[r]![c])) changes.push(t`row ${row}'s input ${input} was ${was}`);
      });
      const target = shown(then.targets[r]!);
      if (!Object.is(then.targets[r], now.targets[r])) changes.push(t`row ${row}'s target was ${target}`);
    });
  }
  const rate = shown(then.learningRate);
  if (then.learningRate !== now.learningRate) changes.push(t`the learning rate was ${rate}`);
  if (changes.length === 0) return t`the table was the same as now`;
  const named = changes.slice(0, NAMED_CHANGES).join(', ');
  const more = changes.length - NAMED_CHANGES;
  return more > 0 ? plural(more, { one: `${named} and # more`, other: `${named} and # more` }) : named;
}
