import { changeWords, roundingText } from '../text/numberWords';
/**
 * The one number format of the screen. Values are written as the NumPy tutorial prints them: 8 significant
 * digits with trailing zeros dropped (0.9897704022243792 -> "0.9897704"). Where NumPy would switch to "e"
 * notation (below 1e-4 or from 1e8 on) the screen writes what a student learns at school instead:
 * "3.8569936 × 10⁻⁵", the exponent in real superscript characters, so it reads right in HTML, SVG, a canvas and
 * when copied, and never as "e-5". A class may ask for fewer digits (2 or 4); the Python view, links and files
 * keep every digit, since they do not use this module. The ASCII hyphen stays the minus sign of the number itself
 * so a copied decimal pastes into Python unchanged.
 */
export const SIGNIFICANT_DIGITS = 8;

/**
 * The screen's language's way of writing numbers: its decimal separator and its whole-number grouping. Every
 * function below builds the English text from the double's exact decimal digits first (toPrecision, String), then
 * only swaps characters: 0.65980921 is "0,65980921" in German with the very same eight digits, never a second
 * rounding. Links, files and the Python script do not use this module and keep the decimal point.
 */
let decimalSeparator = '.';
let wholeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Sets the language numbers are written in (the i18n layer calls it when the language changes). */
export function setNumberLanguage(language: string): void {
  const parts = new Intl.NumberFormat(language).formatToParts(1.5);
  decimalSeparator = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  wholeFormat = new Intl.NumberFormat(language === 'en' ? 'en-US' : language, { maximumFractionDigits: 0 });
}

/** Whether the screen's language writes the decimal comma ("0,5"): its fields then read "0,5" as 0.5 too. */
export function screenWritesDecimalComma(): boolean {
  return decimalSeparator === ',';
}

/** An English decimal text ("-0.5", "3.8 × 10⁻⁵") in the screen's language ("-0,5"): only the point changes. */
export function formatDecimalText(text: string): string {
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

/** The choices of the digits setting: the tutorial's 8, or fewer for a younger class. */
export const DIGIT_CHOICES = [8, 4, 2] as const;
export type Digits = (typeof DIGIT_CHOICES)[number];

export function isDigits(value: unknown): value is Digits {
  return DIGIT_CHOICES.includes(value as Digits);
}

/** A weight smaller than this share of the largest weight's size is the arithmetic's rounding noise, not a value. */
export const ROUNDING_NOISE = 1e-12;

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** "-5" -> "⁻⁵". */
export function superscript(exponent: number): string {
  return [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/** Drops the trailing zeros of a decimal fraction: "0.98977040" -> "0.9897704", "2.0000000" -> "2". */
function trimFraction(digits: string): string {
  if (!digits.includes('.')) return digits;
  return digits.replace(/0+$/, '').replace(/\.$/, '');
}

/** " × " with a no-break space after it: a narrow column breaks "m × 10ⁿ" before the × only, never within "10ⁿ". */
export const SCIENTIFIC_TIMES = ' ×\u00a0';

/** value as "m × 10ⁿ" with `digits` significant digits in m (trailing zeros dropped). */
function scientific(value: number, digits: number, separator = SCIENTIFIC_TIMES): string {
  const [mantissa = '', exponent = ''] = value.toExponential(digits - 1).split('e');
  return `${trimFraction(mantissa)}${separator}10${superscript(Number(exponent))}`;
}

function nonFinite(value: number): string | null {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  return null;
}

/** A value with `digits` significant digits (the tutorial's 8 unless a class asked for fewer). */
export function formatValue(value: number, digits: Digits = SIGNIFICANT_DIGITS): string {
  const named = nonFinite(value);
  if (named !== null) return named;
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(digits));
  const magnitude = Math.abs(rounded);
  if (magnitude < 1e-4 || magnitude >= 1e8) return formatDecimalText(scientific(value, digits));
  // toPrecision writes "1.2e+4" for 12345 at 2 digits: a whole number that long is written out in full.
  if (magnitude >= 10 ** digits) return String(rounded);
  return formatDecimalText(trimFraction(value.toPrecision(digits)));
}

/**
 * A weight among others: "0 (rounding)" when it is only the arithmetic's noise beside the largest (NumPy's noise
 * differs from the browser's, so its digits mean nothing), else formatValue.
 */
export function formatWeight(value: number, weights: ArrayLike<number>, digits: Digits = SIGNIFICANT_DIGITS): string {
  return isRoundingNoise(value, weights) ? roundingText() : formatValue(value, digits);
}

export function isRoundingNoise(value: number, weights: ArrayLike<number>): boolean {
  if (value === 0 || !Number.isFinite(value)) return false;
  let largest = 0;
  for (let j = 0; j < weights.length; j++) {
    const size = Math.abs(weights[j]!);
    if (Number.isFinite(size) && size > largest) largest = size;
  }
  return Math.abs(value) < ROUNDING_NOISE * largest;
}

/** Which way a change went, in a shape that does not rely on colour: up, down or level. */
export type ChangeDirection = 'up' | 'down' | 'none';
export const CHANGE_ARROW: Record<ChangeDirection, string> = { up: '▲', down: '▼', none: '=' };

export function changeDirection(change: number): ChangeDirection {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'none';
}

/** A change, signed: "+0.012345678", "-3.9 × 10⁻⁵", "0" when nothing moved. */
export function formatChange(change: number, digits: Digits = SIGNIFICANT_DIGITS): string {
  if (change === 0) return '0';
  const text = formatValue(change, digits);
  return change > 0 && Number.isFinite(change) ? `+${text}` : text;
}

/** A change in words, for a screen reader and a tooltip: "up 0.012345678", "down 3.9 × 10⁻⁵", "unchanged". */
export function describeChange(change: number, digits: Digits = SIGNIFICANT_DIGITS): string {
  return changeWords(changeDirection(change), change === 0 ? '' : formatValue(Math.abs(change), digits));
}

/**
 * Every digit of a double (the shortest text that reads back as the same double, as Python's repr), with a power
 * of ten written as "× 10⁻⁵": for a tooltip that gives the exact value.
 */
export function formatExact(value: number): string {
  const named = nonFinite(value);
  if (named !== null) return named;
  const [mantissa = '', exponent] = String(value).split('e');
  return formatDecimalText(exponent === undefined ? mantissa : `${mantissa}${SCIENTIFIC_TIMES}10${superscript(Number(exponent))}`);
}

/** Iteration counts and other whole numbers, with the language's grouping: 10000 -> "10,000", "10.000", "10 000". */
export function formatCount(value: number): string {
  return wholeFormat.format(value);
}

/**
 * A short label for an axis tick, where 8 digits would crowd the axis: 3 significant digits, and "1k"/"10k"/"1M"
 * for whole numbers from 1,000 on, so a log axis stays legible; tiny fractions as "2×10⁻⁴".
 */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude >= 1e3) {
    for (const [size, suffix] of [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']] as const) {
      if (magnitude >= size) return `${formatDecimalText(trimFraction((value / size).toPrecision(3)))}${suffix}`;
    }
  }
  if (Number.isInteger(value)) return formatCount(value);
  if (magnitude < 1e-3) return formatDecimalText(scientific(value, 3, '×'));
  return formatDecimalText(trimFraction(value.toPrecision(3)));
}

/** A number for a spoken or one-line summary: 3 significant digits, whole thousands with separators. */
export function formatBrief(value: number): string {
  const named = nonFinite(value);
  if (named !== null) return named;
  if (value === 0) return '0';
  // 999.96 rounds to 3 digits as "1.00e+3": anything that reaches 1,000 once rounded is written whole.
  if (Math.abs(Number(value.toPrecision(3))) >= 1000) return formatCount(Math.round(value));
  if (Math.abs(value) < 1e-4) return formatDecimalText(scientific(value, 3));
  return formatDecimalText(trimFraction(value.toPrecision(3)));
}
