import { afterAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { parseNumber } from '../state/parseNumber';
import { plainMessage } from './userText';

/** Why a typed text is not a number: a code with the text's parts, worded in the screen's language when read. */
describe('parseNumber problems as codes', () => {
  afterAll(() => switchLanguage('en'));

  it('gives the code and the parts, not a sentence', () => {
    expect(parseNumber('')).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(parseNumber('abc')).toMatchObject({ ok: false, problem: { code: 'notANumber', text: 'abc' } });
    expect(parseNumber('1e999')).toMatchObject({ ok: false, problem: { code: 'tooLarge', text: '1e999' } });
    // "1,000" without its comma is 1000; with a point it is 1.000: both are numbers, so both are offered.
    expect(parseNumber('1,000', { decimalComma: false })).toMatchObject({ ok: false, problem: { code: 'comma', text: '1,000', ungrouped: '1000', decimal: '1.000' } });
    // "1,0,5": without commas 105; no single decimal comma, so no decimal reading.
    expect(parseNumber('1,0,5', { decimalComma: false })).toMatchObject({ ok: false, problem: { code: 'comma', ungrouped: '105', decimal: null } });
  });

  it('words the same problem in the language chosen after it was found', async () => {
    const parsed = parseNumber('abc');
    if (parsed.ok) throw new Error('abc is not a number');
    expect(plainMessage(parsed.reason)).toBe("'abc' is not a number");
    await switchLanguage('es');
    expect(plainMessage(parsed.reason)).toBe("'abc' no es un número");
    await switchLanguage('de');
    expect(plainMessage(parsed.reason)).toBe("'abc' ist keine Zahl");
  });
});
