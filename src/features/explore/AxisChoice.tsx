import { useId } from 'react';

interface AxisChoiceProps {
  label: string;
  /** The names of the choices (index = value): "input 1", "w1", ... */
  names: readonly string[];
  value: number;
  onChange(value: number): void;
}

/** A small select of one of the three inputs or weights for an axis. */
export function AxisChoice({ label, names, value, onChange }: AxisChoiceProps) {
  const id = useId();
  return (
    <span className="axis-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
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
