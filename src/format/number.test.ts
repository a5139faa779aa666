import { describe, expect, it } from 'vitest';
import { formatCount, formatTick, formatValue } from './number';

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
  it('switches to scientific notation where NumPy does', () => {
    expect(formatValue(3.857e-5)).toBe('3.857e-5');
    expect(formatValue(-0.000125474241826711)).toBe('-0.00012547424');
    expect(formatValue(1.23456789e-7)).toBe('1.2345679e-7');
    expect(formatValue(123456789)).toBe('1.2345679e8');
    expect(formatValue(99999999)).toBe('99999999');
  });
  it('names the non-finite values', () => {
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('inf');
    expect(formatValue(-Infinity)).toBe('-inf');
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
  it('keeps 3 significant digits of fractions', () => {
    expect(formatTick(0.25)).toBe('0.25');
    expect(formatTick(-0.5)).toBe('-0.5');
    expect(formatTick(0.123456)).toBe('0.123');
    expect(formatTick(0.0002)).toBe('2e-4');
  });
});
