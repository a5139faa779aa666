import { t } from '@lingui/core/macro';

/*
 * The few words that go with numbers on screen, in the screen's language (format/number.ts puts them beside the
 * digits it formats).
 */

/** A weight that is only the arithmetic's noise beside the largest: "0 (rounding)". */
export function roundingText(): string {
  return t`0 (rounding)`;
}

/** A change in words, for a screen reader and a tooltip: "up 0.012345678", "down 3.9 × 10⁻⁵", "unchanged". */
export function changeWords(direction: 'up' | 'down' | 'none', amount: string): string {
  if (direction === 'none') return t`unchanged`;
  return direction === 'up' ? t`up ${amount}` : t`down ${amount}`;
}
