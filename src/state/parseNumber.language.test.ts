import { afterEach, describe, expect, it } from 'vitest';
import { setNumberLanguage } from '../format/number';
import { parseNumber } from './parseNumber';
import { readNumber } from './url/numberText';

describe('typed numbers in the screen language', () => {
  afterEach(() => setNumberLanguage('en'));

  it('reads the decimal comma where the language writes it, and the point as well', () => {
    setNumberLanguage('de');
    expect(parseNumber('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber('-0,25')).toEqual({ ok: true, value: -0.25 });
    expect(parseNumber(',5')).toEqual({ ok: true, value: 0.5 });
    // Two separators cannot be one number's: refused, not guessed.
    expect(parseNumber('1.000,5').ok).toBe(false);
    expect(parseNumber('1,0,5').ok).toBe(false);
  });

  it('refuses the comma in English, where it could group thousands', () => {
    expect(parseNumber('1,5').ok).toBe(false);
    expect(parseNumber('1,000').ok).toBe(false);
  });

  it('reads links and files in machine form in every language', () => {
    setNumberLanguage('fr');
    expect(readNumber('1,5').ok).toBe(false);
    expect(parseNumber('1,5', { decimalComma: false }).ok).toBe(false);
    expect(readNumber('0.5')).toEqual({ ok: true, value: 0.5 });
  });
});
