import { expect } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE, switchLanguage } from '../../i18n';
import { plainMessage } from '../userText';

/**
 * Words every sample in every language and checks each text is whole: no ICU placeholder left ("{row}"), no
 * "undefined", "NaN" or "[object", each of the sample's `keeps` (its numbers and quoted text, as the message must
 * show them) present, and, in a language other than English, not the English words.
 */
export async function expectWordedEverywhere<P>(samples: readonly { said: P; keeps: readonly string[] }[], word: (said: P) => string): Promise<void> {
  const english = new Map<P, string>();
  await switchLanguage(SOURCE_LANGUAGE);
  for (const { said } of samples) english.set(said, plainMessage(word(said)));
  for (const language of LANGUAGES) {
    await switchLanguage(language);
    for (const { said, keeps } of samples) {
      const text = plainMessage(word(said));
      const where = `${language}: ${JSON.stringify(said)} -> ${text}`;
      expect(text.trim(), where).not.toBe('');
      expect(text, where).not.toMatch(/\{\s*[A-Za-z_]\w*\s*[,}]|undefined|NaN|\[object/);
      for (const kept of keeps) expect(text, where).toContain(kept);
      if (language !== SOURCE_LANGUAGE) expect(text, where).not.toBe(english.get(said));
    }
  }
  await switchLanguage(SOURCE_LANGUAGE);
}
