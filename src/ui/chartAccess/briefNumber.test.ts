import { describe, expect, it } from 'vitest';
import { briefNumber } from './briefNumber';

describe('briefNumber', () => {
  it('keeps 3 significant digits and drops trailing zeros', () => {
    expect(briefNumber(-3.1294299883369785)).toBe('-3.13');
    expect(briefNumber(0.012345)).toBe('0.0123');
    expect(briefNumber(1.0977811147323964)).toBe('1.1');
    expect(briefNumber(0.5)).toBe('0.5');
    expect(briefNumber(1)).toBe('1');
    expect(briefNumber(0)).toBe('0');
  });
  it('writes large values as whole numbers with separators, tiny ones as powers of ten with a real superscript', () => {
    expect(briefNumber(12345.6)).toBe('12,346');
    expect(briefNumber(-999.96)).toBe('-1,000');
    expect(briefNumber(0.000012345)).toBe('1.23 ×\u00a010⁻⁵');
    expect(briefNumber(-0.00002)).toBe('-2 ×\u00a010⁻⁵');
  });
  it('names the values that are not numbers', () => {
    expect(briefNumber(Number.NaN)).toBe('NaN');
    expect(briefNumber(Infinity)).toBe('inf');
    expect(briefNumber(-Infinity)).toBe('-inf');
  });
});
