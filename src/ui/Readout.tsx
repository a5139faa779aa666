import { formatCount, formatValue } from '../format/number';

interface ReadoutProps {
  testId: string;
  value: number | undefined;
  /** Whole numbers (iterations) get thousands separators; values get 8 significant digits. */
  kind?: 'value' | 'count';
  className?: string;
  /** The id of the visible label that names this readout. */
  labelledBy?: string;
}

/**
 * A number the tests and people read: the text is the formatted number, `data-value` the exact double.
 * Before the first frame there is no number yet: it shows a dash.
 */
export function Readout({ testId, value, kind = 'value', className, labelledBy }: ReadoutProps) {
  const text = value === undefined ? '–' : kind === 'count' ? formatCount(value) : formatValue(value);
  return (
    <output data-testid={testId} data-value={value === undefined ? '' : String(value)} className={className} aria-labelledby={labelledBy}>
      {text}
    </output>
  );
}
