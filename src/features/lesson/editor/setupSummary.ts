import { plural, t } from '@lingui/core/macro';
import { PANEL_TITLES } from '../../../state';
import { decode } from '../../../state/url';
import { writeTable } from '../../../state/url/tableText';
import { formatCount, formatDecimalText } from '../../../format/number';

/**
 * A card's starting point in a line: "table 011-1,100-0,101-1, seed 1, test [1, 0, 1], iteration 0". The table keeps
 * the link's own spelling (it is what the link says); the rate is written in the screen's number form.
 */
export function setupSummary(setup: string | null): string {
  if (setup === null) return t`The lab as the learner left it.`;
  const { state } = decode(setup);
  const table = writeTable({ inputs: state.dataset.inputs.map((row) => [...row]), targets: [...state.dataset.targets] });
  const edits = state.laterSegments?.length ?? 0;
  const seed = state.seed;
  const rate = formatDecimalText(String(state.learningRate));
  const test = state.testInput.map((x) => formatDecimalText(String(x))).join(formatDecimalText('.') === '.' ? ', ' : '; ');
  const iteration = formatCount(state.iteration);
  const parts = [
    edits > 0 ? plural(edits, { one: `table ${table} (and # later edit)`, other: `table ${table} (and # later edits)` }) : t`table ${table}`,
    t`seed ${seed}`,
    t`learning rate ${rate}`,
    t`test [${test}]`,
    t`iteration ${iteration}`,
  ];
  const hidden = state.hiddenPanels.map((panel) => PANEL_TITLES[panel]).join(', ');
  if (state.hiddenPanels.length > 0) parts.push(t`hides ${hidden}`);
  return `${parts.join(', ')}.`;
}
