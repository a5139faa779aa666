import { formatCount } from '../../format/number';

/**
 * A number for a spoken or one-line summary: 3 significant digits ("-3.13", "0.0123"), whole thousands with
 * separators ("12,346"), scientific notation only below 1e-4 ("1.23e-5", as NumPy would switch). The screen and
 * the data tables keep the 8 digits the tutorial prints; a summary read aloud needs the gist.
 */
export function briefNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  // 999.96 rounds to 3 digits as "1.00e+3": anything that reaches 1,000 once rounded is written whole.
  if (Math.abs(Number(value.toPrecision(3))) >= 1000) return formatCount(Math.round(value));
  if (magnitude < 1e-4) {
    const [mantissa = '', exponent = ''] = value.toExponential(2).split('e');
    return `${trim(mantissa)}e${exponent.replace('+', '')}`;
  }
  return trim(value.toPrecision(3));
}

function trim(digits: string): string {
  return digits.includes('.') ? digits.replace(/0+$/, '').replace(/\.$/, '') : digits;
}
