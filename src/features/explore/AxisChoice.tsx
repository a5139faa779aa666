import { memo, useId, useLayoutEffect, useRef } from 'react';
import { sameItems } from '../../ui/followStore';

interface AxisChoiceProps {
  label: string;
  /** The names of the choices (index = value): "input 1", "w1", ... */
  names: readonly string[];
  value: number;
  onChange(value: number): void;
}

/**
 * A small select of one of the three inputs or weights for an axis. Rendered again only when its label, names or
 * value change: its panel renders on every tick of a run's text clock, and each render set every option's value
 * again (86 option writes a second in Explore).
 */
export const AxisChoice = memo(AxisChoiceSelect, (before, after) => before.label === after.label && before.value === after.value && sameItems(before.names, after.names));

function AxisChoiceSelect({ label, names, value, onChange }: AxisChoiceProps) {
  const id = useId();
  // The handler of its latest render: a render skipped for a new closure of the same handler (the panels' are
  // functional updates of their axes) keeps the one before, which does the same.
  const handler = useRef(onChange);
  useLayoutEffect(() => {
    handler.current = onChange;
  });
  return (
    <span className="axis-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => handler.current(Number(event.target.value))}>
        {names.map((name, index) => (
          <option key={name} value={index}>
            {name}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Two different axes after one of them was set to `value`: choosing the other axis's value swaps them. */
export function chooseAxis(axes: readonly [number, number], which: 0 | 1, value: number): [number, number] {
  const next: [number, number] = [axes[0], axes[1]];
  if (next[1 - which] === value) next[1 - which] = next[which];
  next[which] = value;
  return next;
}
