import { CHANGE_ARROW, changeDirection, formatChange, formatCount, formatExact, formatValue } from '../format/number';
import { useLingui } from '@lingui/react/macro';
import { useLab } from '../state';

interface StepChangeProps {
  testId: string;
  /** The value now minus the value where the step started. */
  change: number;
  /** The iteration the step started from. */
  since: number;
  className?: string;
}

/**
 * What the last Step changed in one number: an arrow (▲ up, ▼ down, = unchanged: the shape says it, not the
 * colour), the signed change with the digits setting's significant digits, and in words for a screen reader
 * ("up 0.024246376 since iteration 0"). `data-value` holds the exact double.
 */
export function StepChange({ testId, change, since, className }: StepChangeProps) {
  const digits = useLab((s) => s.digits);
  const direction = changeDirection(change);
  const { t } = useLingui();
  const sinceText = formatCount(since);
  const exact = formatExact(change);
  const size = formatValue(Math.abs(change), digits);
  // In words for a screen reader: "up 0.024246376", "down 3.9 × 10⁻⁵", "unchanged".
  const described = direction === 'up' ? t`up ${size}` : direction === 'down' ? t`down ${size}` : t`unchanged`;
  return (
    <span
      className={`step-change is-${direction}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      data-value={String(change)}
      title={t`Change since iteration ${sinceText}: ${exact}`}
    >
      <span aria-hidden="true">
        {/* A no-break space: the arrow never ends a line apart from its number. */}
        <span className="step-change-arrow">{CHANGE_ARROW[direction]}</span>
        {'\u00a0'}
        {formatChange(change, digits)}
      </span>
      <span className="visually-hidden">{t`, ${described} since iteration ${sinceText}`}</span>
    </span>
  );
}

/** Where the last Step started, while the run stands where it ended; null otherwise. Changes only on a step. */
export function useStepFrom() {
  return useLab((s) => s.frame?.stepFrom ?? null);
}
