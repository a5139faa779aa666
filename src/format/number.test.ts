import { describe, expect, it } from 'vitest';
import { describeChange, formatBrief, formatExact, formatChange, formatCount, formatTick, formatValue, formatWeight, isRoundingNoise, superscript } from './number';

describe('formatValue(value)', () => {
  it('prints the tutorial predictions as the tutorial does', () => {
    // The tutorial prints 0.65980921, 0.87680541 and 0.9897704 after 10, 100 and 10,000 iterations.
    expect(formatValue(0.6598092104791048)).toBe('0.65980921');
    expect(formatValue(0.8768054053514144)).toBe('0.87680541');
    expect(formatValue(0.9897704022243792)).toBe('0.9897704');
  });
  it('keeps 8 significant digits for values above 1 and negatives', () => {
    expect(formatValue(-4.365613071029684)).toBe('-4.3656131');
    expect(formatValue(8.937800809246921)).toBe('8.9378008');
    expect(formatValue(12345.678949)).toBe('12345.679');
  });
  it('writes whole numbers without a fraction', () => {
    expect(formatValue(1)).toBe('1');
    expect(formatValue(-2)).toBe('-2');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(-0)).toBe('0');
  });
  it('writes powers of ten with a superscript exponent where NumPy would write e-notation, never "e"', () => {
    expect(formatValue(3.8569936e-5)).toBe('3.8569936 ×\u00a010⁻⁵');
    expect(formatValue(3.857e-5)).toBe('3.857 ×\u00a010⁻⁵');
    expect(formatValue(-0.000125474241826711)).toBe('-0.00012547424');
    expect(formatValue(1.23456789e-7)).toBe('1.2345679 ×\u00a010⁻⁷');
    expect(formatValue(-1.23456789e-12)).toBe('-1.2345679 ×\u00a010⁻¹²');
    expect(formatValue(123456789)).toBe('1.2345679 ×\u00a010⁸');
    expect(formatValue(99999999)).toBe('99999999');
    // 0.0000999999999 rounds to 0.0001 at 8 digits: written as the decimal it rounds to, not "1 ×\u00a010⁻⁴".
    expect(formatValue(0.0000999999999)).toBe('0.0001');
  });
  it('keeps 4 or 2 significant digits when a class asks for them', () => {
    expect(formatValue(0.9897704022243792, 4)).toBe('0.9898');
    expect(formatValue(0.9897704022243792, 2)).toBe('0.99');
    expect(formatValue(-4.365613071029684, 2)).toBe('-4.4');
    expect(formatValue(3.8569936e-5, 4)).toBe('3.857 ×\u00a010⁻⁵');
    expect(formatValue(3.8569936e-5, 2)).toBe('3.9 ×\u00a010⁻⁵');
    expect(formatValue(0.00019904838, 2)).toBe('0.0002');
    expect(formatValue(12345.678949, 2)).toBe('12000');
  });
  it('names the non-finite values', () => {
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('inf');
    expect(formatValue(-Infinity)).toBe('-inf');
  });
});

describe('superscript(exponent)', () => {
  it('writes each digit and the minus as its superscript character', () => {
    expect(superscript(-5)).toBe('⁻⁵');
    expect(superscript(1234567890)).toBe('¹²³⁴⁵⁶⁷⁸⁹⁰');
  });
});

describe('formatWeight(value, weights)', () => {
  const weights = [9.6728, -0.2078, 4.3e-16];
  it('says "0 (rounding)" for a weight below 1e-12 of the largest weight in size', () => {
    expect(formatWeight(4.3e-16, weights)).toBe('0 (rounding)');
    expect(formatWeight(-9.6e-12, weights)).toBe('0 (rounding)'); // 9.6e-12 < 1e-12 * 9.6728
    expect(isRoundingNoise(-9.6e-12, weights)).toBe(true);
  });
  it('writes a small weight that is not noise in full', () => {
    expect(formatWeight(9.7e-12, weights)).toBe('9.7 ×\u00a010⁻¹²'); // 9.7e-12 > 1e-12 * 9.6728
    expect(formatWeight(-0.2078, weights)).toBe('-0.2078');
    expect(formatWeight(0, weights)).toBe('0');
    expect(formatWeight(9.6728, weights, 2)).toBe('9.7');
  });
  it('never takes the only weight, or a tiny largest one, for noise', () => {
    expect(formatWeight(1e-20, [1e-20])).toBe('1 ×\u00a010⁻²⁰');
    expect(formatWeight(1e-20, [1e-20, 2e-20])).toBe('1 ×\u00a010⁻²⁰');
  });
});

describe('formatChange(change) and describeChange(change)', () => {
  it('signs every change and keeps its digits', () => {
    // w1 after the tutorial's first step changes by 0.024246376453138485 (NumPy's, src/features/math/fixtures/steps.json).
    expect(formatChange(0.024246376453138485)).toBe('+0.024246376');
    expect(formatChange(-0.0000385699362)).toBe('-3.8569936 ×\u00a010⁻⁵');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(0.024246376453138485, 2)).toBe('+0.024');
  });
  it('says the direction in words', () => {
    expect(describeChange(0.0385)).toBe('up 0.0385');
    expect(describeChange(-3.8569936e-5)).toBe('down 3.8569936 ×\u00a010⁻⁵');
    expect(describeChange(0)).toBe('unchanged');
  });
});

describe('formatCount(value)', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(1234567890)).toBe('1,234,567,890');
  });
});

describe('formatTick(value)', () => {
  it('shortens large whole numbers', () => {
    expect(formatTick(10)).toBe('10');
    expect(formatTick(999)).toBe('999');
    expect(formatTick(1000)).toBe('1k');
    expect(formatTick(2500)).toBe('2.5k');
    expect(formatTick(10000)).toBe('10k');
    expect(formatTick(2500000)).toBe('2.5M');
    expect(formatTick(1e9)).toBe('1G');
  });
  it('keeps 3 significant digits of fractions, tiny ones as a power of ten', () => {
    expect(formatTick(0.25)).toBe('0.25');
    expect(formatTick(-0.5)).toBe('-0.5');
    expect(formatTick(0.123456)).toBe('0.123');
    expect(formatTick(0.0002)).toBe('2×10⁻⁴');
  });
});

describe('formatBrief(value)', () => {
  it('keeps 3 digits and never writes "e"', () => {
    expect(formatBrief(0.000012345)).toBe('1.23 ×\u00a010⁻⁵');
    expect(formatBrief(-999.96)).toBe('-1,000');
  });
});

describe('formatExact(value)', () => {
  it('keeps every digit of the double and writes its power of ten with a superscript', () => {
    expect(formatExact(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatExact(3.8569936123456e-5)).toBe('0.000038569936123456');
    expect(formatExact(3.8569936123456e-8)).toBe('3.8569936123456 ×\u00a010⁻⁸');
    expect(formatExact(1e21)).toBe('1 ×\u00a010²¹');
    expect(formatExact(-Infinity)).toBe('-inf');
  });
});
