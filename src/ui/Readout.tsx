import { formatCount, formatExact, formatValue, type Digits } from '../format/number';
import { useLab } from '../state';

interface ReadoutProps {
  testId: string;
  value: number | undefined;
  /** Whole numbers (iterations) get thousands separators; values get the digits setting's significant digits. */
  kind?: 'value' | 'count';
  className?: string;
  /** The id of the visible label that names this readout. */
  labelledBy?: string;
}

/**
 * A number the tests and people read: the text is the formatted number, `data-value` the exact double (and the
 * tooltip every digit of it). Before the first frame there is no number yet: it shows a dash.
 * An `<output>` is a live region by default; these change with every frame of a run, so they are marked
 * aria-live="off" and the one polite announcement after a step or a pause speaks for them.
 */
export function Readout(props: ReadoutProps) {
  const digits = useLab((s) => s.digits);
  return <ReadoutText {...props} digits={digits} />;
}

/** The readout with its digits given: what Readout renders with the digits setting. */
export function ReadoutText({ testId, value, kind = 'value', className, labelledBy, digits }: ReadoutProps & { digits: Digits }) {
  const text = value === undefined ? '–' : kind === 'count' ? formatCount(value) : formatValue(value, digits);
  return (
    <output
      data-testid={testId}
      data-value={value === undefined ? '' : String(value)}
      className={className}
      aria-labelledby={labelledBy}
      aria-live="off"
      title={value === undefined || kind === 'count' ? undefined : formatExact(value)}
    >
      {text}
    </output>
  );
}
