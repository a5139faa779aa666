import { afterEach, describe, expect, it } from 'vitest';
import { setNumberLanguage } from './number';
import { screenNumberText, storedNumberText } from './typedText';

describe('a field\'s number text in the screen\'s form and the store\'s', () => {
  afterEach(() => setNumberLanguage('en'));

  it('shows a stored decimal with the comma in German, Spanish and French, digits untouched', () => {
    for (const language of ['de', 'es', 'fr']) {
      setNumberLanguage(language);
      expect(screenNumberText('0.5')).toBe('0,5');
      expect(screenNumberText('-0.165955990594852')).toBe('-0,165955990594852');
      expect(screenNumberText('1.5e-7')).toBe('1,5e-7');
      // Whole numbers and text that is no plain decimal are shown exactly as kept.
      expect(screenNumberText('1')).toBe('1');
      expect(screenNumberText('1e-7')).toBe('1e-7');
      expect(screenNumberText('0.5.5')).toBe('0.5.5');
      expect(screenNumberText('abc')).toBe('abc');
    }
  });

  it('keeps what a German, Spanish or French class types with a comma in the machine form, so it reads the same in every language', () => {
    for (const language of ['de', 'es', 'fr']) {
      setNumberLanguage(language);
      expect(storedNumberText('0,5')).toBe('0.5');
      expect(storedNumberText('-,25')).toBe('-.25');
      expect(storedNumberText('0,')).toBe('0.');
      // "1.000,5" could be a thousand and a half or a typo: it stays as typed, and the field says what is wrong.
      expect(storedNumberText('1.000,5')).toBe('1.000,5');
      expect(storedNumberText('1,0,5')).toBe('1,0,5');
      expect(storedNumberText('0.5')).toBe('0.5');
      // Shown again, it reads as it was typed.
      expect(screenNumberText(storedNumberText('0,25'))).toBe('0,25');
    }
  });

  it('changes nothing in English: a comma stays a comma, and the field refuses it there as before', () => {
    expect(screenNumberText('0.5')).toBe('0.5');
    expect(storedNumberText('0,5')).toBe('0,5');
  });
});
