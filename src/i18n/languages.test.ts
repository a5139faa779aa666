import { describe, expect, it } from 'vitest';
import { bestLanguage, LANGUAGES, ownName } from './languages';

describe('languages', () => {
  it('has one per catalog file, English first', () => {
    expect(LANGUAGES).toEqual(['en', 'de', 'es', 'fr']);
  });

  it('names each language in itself', () => {
    expect(LANGUAGES.map(ownName)).toEqual(['English', 'Deutsch', 'Español', 'Français']);
  });

  it('takes the first wanted language it speaks, by tag or by language, else English', () => {
    expect(bestLanguage([null, 'de-AT', 'fr'])).toBe('de');
    expect(bestLanguage(['pt-BR', 'es_MX'])).toBe('es');
    expect(bestLanguage(['ja', undefined])).toBe('en');
    expect(bestLanguage([])).toBe('en');
  });
});
