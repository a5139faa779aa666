import { t } from '@lingui/core/macro';
import { CHANGE_ARROW, changeDirection, formatChange, formatCount, formatValue, type Digits } from '../../format/number';
import { useLab } from '../../state';
import type { StepStart } from '../../worker/protocol';
import { connections } from './neuronModel';

/**
 * A faint ghost of each connection as it was before the last Step (its old thickness and dash, along the same
 * wire), drawn under the live ones: where the weights came from, at a glance. Hidden from assistive technology:
 * the weight changes say the same in words.
 */
export function NeuronGhost({ stepFrom, wires }: { stepFrom: StepStart; wires: string[] }) {
  const links = connections(stepFrom.weights);
  return (
    <g className="step-ghost" aria-hidden="true" data-testid="neuron-ghost" data-iteration={stepFrom.iteration}>
      {wires.map((d, j) =>
        links[j] ? (
          <path
            key={j}
            d={d}
            fill="none"
            strokeLinejoin="round"
            stroke="#8a8a8a"
            strokeOpacity={0.5}
            strokeWidth={links[j].width + 8}
            strokeDasharray={links[j].dash}
          />
        ) : null,
      )}
    </g>
  );
}

/** "w2 up 0.0123 since iteration 10": a change in words, not by its arrow alone. */
function changeTitle(j: number, change: number, since: number, digits: Digits): string {
  const weight = `w${j + 1}`;
  const at = formatCount(since);
  const amount = formatValue(Math.abs(change), digits);
  if (change > 0) return t`${weight} up ${amount} since iteration ${at}`;
  if (change < 0) return t`${weight} down ${amount} since iteration ${at}`;
  return t`${weight} unchanged since iteration ${at}`;
}

/**
 * Weight j's change over the last Step, as SVG text under its value: arrow (▲ ▼ =, not colour alone) and the signed
 * change. The exact double is in data-value.
 */
export function WeightChange({ j, change, since, x, y }: { j: number; change: number; since: number; x: number; y: number }) {
  const digits = useLab((s) => s.digits);
  const direction = changeDirection(change);
  return (
    <text x={x} y={y} dy="0.36em" className={`halo weight-change is-${direction}`} data-testid={`weight-change-${j + 1}`} data-value={String(change)}>
      <title>{changeTitle(j, change, since, digits)}</title>
      <tspan className="step-change-arrow">{CHANGE_ARROW[direction]}</tspan>
      {'\u00a0'}
      {formatChange(change, digits)}
    </text>
  );
}
