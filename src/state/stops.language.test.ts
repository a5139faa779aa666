import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, setNumberLanguage } from '../format/number';
import { checkIteration, checkStopAt, readCount, STOP_CHOICES } from './stops';

describe('counts typed in the screen language', () => {
  afterEach(() => setNumberLanguage('en'));

  it('reads German and Spanish grouping points: "10.000" is 10000, "1.000.000" a million', () => {
    for (const language of ['de', 'es']) {
      setNumberLanguage(language);
      expect(readCount('10.000'), language).toEqual({ ok: true, value: 10_000 });
      expect(readCount('1.000.000'), language).toEqual({ ok: true, value: 1_000_000 });
      expect(readCount('4.294.967.295'), language).toEqual({ ok: true, value: 2 ** 32 - 1 });
      // A point that groups nothing is no count: refused as not whole, never read as 2.5 or 25.
      for (const text of ['2.5', '10.00', '1.0000', '.000']) expect(readCount(text).ok, `${language} ${text}`).toBe(false);
    }
  });

  it('takes back every Stop at choice and every count exactly as the field shows it, in each language', () => {
    for (const language of ['en', 'es', 'de', 'fr']) {
      setNumberLanguage(language);
      for (const choice of [...STOP_CHOICES, 4_294_967_295]) {
        expect(checkStopAt(formatCount(choice), 'no limit'), `${language} ${formatCount(choice)}`).toEqual({ ok: true, value: choice });
        expect(checkIteration(formatCount(choice)), `${language} ${formatCount(choice)}`).toEqual({ ok: true, value: choice });
      }
    }
  });

  it('keeps "10.000" refused in English, where the point is a decimal point', () => {
    setNumberLanguage('en');
    expect(readCount('10.000')).toMatchObject({ ok: false, problem: { code: 'notWhole' } });
  });
});
