import { decode } from '../../../state/url';
import { writeTable } from '../../../state/url/tableText';
import { formatCount } from '../../../format/number';

/** A card's starting point in a line: "table 011-1,100-0,101-1, seed 1, test [1, 0, 1], iteration 0". */
export function setupSummary(setup: string | null): string {
  if (setup === null) return 'The lab as the learner left it.';
  const { state } = decode(setup);
  const table = writeTable({ inputs: state.dataset.inputs.map((row) => [...row]), targets: [...state.dataset.targets] });
  const parts = [
    `table ${table}${state.laterSegments?.length ? ` (and ${state.laterSegments.length} later edit${state.laterSegments.length === 1 ? '' : 's'})` : ''}`,
    `seed ${state.seed}`,
    `learning rate ${state.learningRate}`,
    `test [${state.testInput.join(', ')}]`,
    `iteration ${formatCount(state.iteration)}`,
  ];
  if (state.hiddenPanels.length > 0) parts.push(`hides ${state.hiddenPanels.join(', ')}`);
  return `${parts.join(', ')}.`;
}
