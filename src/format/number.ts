/**
 * The one number format of the screen. Values are written as the NumPy tutorial prints them: 8 significant
 * digits with trailing zeros dropped (0.9897704022243792 -> "0.9897704"), switching to scientific notation
 * where NumPy does (below 1e-4 or from 1e8 on), so a student can hold the screen next to the Python output.
 * The ASCII hyphen is kept as the minus sign so a copied number pastes into Python unchanged.
 */
export const SIGNIFICANT_DIGITS = 8;

/** Drops the trailing zeros of a decimal fraction: "0.98977040" -> "0.9897704", "2.0000000" -> "2". */
function trimFraction(digits: string): string {
  if (!digits.includes('.')) return digits;
  return digits.replace(/0+$/, '').replace(/\.$/, '');
}

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-4 || magnitude >= 1e8) {
    const [mantissa = '', exponent = ''] = value.toExponential(SIGNIFICANT_DIGITS - 1).split('e');
    return `${trimFraction(mantissa)}e${exponent.replace('+', '')}`;
  }
  return trimFraction(value.toPrecision(SIGNIFICANT_DIGITS));
}

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Iteration counts and other whole numbers, with thousands separators: 10000 -> "10,000". */
export function formatCount(value: number): string {
  return WHOLE.format(value);
}

/**
 * A short label for an axis tick, where 8 digits would crowd the axis: 3 significant digits, and "1k"/"10k"/"1M"
 * for whole numbers from 1,000 on, so a log axis stays legible.
 */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude >= 1e3) {
    for (const [size, suffix] of [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']] as const) {
      if (magnitude >= size) return `${trimFraction((value / size).toPrecision(3))}${suffix}`;
    }
  }
  if (Number.isInteger(value)) return formatCount(value);
  if (magnitude < 1e-3) {
    const [mantissa = '', exponent = ''] = value.toExponential(2).split('e');
    return `${trimFraction(mantissa)}e${exponent.replace('+', '')}`;
  }
  return trimFraction(value.toPrecision(3));
}
