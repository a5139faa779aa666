import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatExact, formatTick, formatValue, setNumberLanguage } from './number';

// NumPy prints the tutorial's prediction after 10 iterations as 0.65980921 (reference/numpy_reference.py); the
// double is 0.6598092104791048. In German and French the same eight digits follow a decimal comma.
const AFTER_10 = 0.6598092104791048;

describe('numbers in the screen language', () => {
  afterEach(() => setNumberLanguage('en'));

  it('keeps the same digits and swaps only the separator', () => {
    for (const language of ['de', 'es', 'fr']) {
      setNumberLanguage(language);
      expect(formatValue(AFTER_10)).toBe('0,65980921');
      expect(formatExact(AFTER_10)).toBe('0,6598092104791048');
      expect(formatValue(-3.8569936e-5)).toBe('-3,8569936 ×\u00a010⁻⁵');
      expect(formatTick(0.25)).toBe('0,25');
    }
    setNumberLanguage('en');
    expect(formatValue(AFTER_10)).toBe('0.65980921');
  });

  it('never rounds a second time: a value whose 8th digit is a 5 carries the same digits', () => {
    // 0.123456785 has no exact double; toPrecision(8) of the double decides the digits once, in every language.
    const english = formatValue(0.123456785);
    setNumberLanguage('de');
    expect(formatValue(0.123456785)).toBe(english.replace('.', ','));
  });

  it('groups whole numbers as the language does', () => {
    setNumberLanguage('de');
    expect(formatCount(10000)).toBe('10.000');
    setNumberLanguage('es');
    expect(formatCount(10000)).toBe('10.000');
    setNumberLanguage('fr');
    expect(formatCount(10000)).toBe('10\u202f000');
    setNumberLanguage('en');
    expect(formatCount(10000)).toBe('10,000');
  });
});
