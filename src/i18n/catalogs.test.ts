import { describe, expect, it } from 'vitest';
import { getConfig } from '@lingui/conf';
import { getCatalogs } from '@lingui/cli/api';
import { SAME_AS_ENGLISH } from './sameAsEnglish';

/**
 * Every catalog against the code: each message the code words is in every catalog and translated there, and no
 * catalog keeps a message the code no longer uses. The code's messages are extracted afresh by Lingui's own
 * extractor (what `npm run i18n:extract` writes), so a string wrapped in t`...` without a translation fails here.
 */
const config = getConfig({ cwd: process.cwd() });
const [catalog] = await getCatalogs(config);
const extracted = (await catalog!.collect()) ?? {};
const inCode = Object.keys(extracted).sort();
const source = config.sourceLocale ?? 'en';
const languages = config.locales.filter((locale) => locale !== source);

/** The ICU arguments of a message, {count} and {count, plural, ...} alike: a translation keeps all of them. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

/** <0>...</0>: the elements a <Trans> wraps (links, emphasis); a translation keeps every one. */
function elementsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/<(\d+)\/?>/g)].map((match) => match[1]!))].sort();
}

describe('message catalogs', () => {
  it('the code words its messages through Lingui (the extractor finds them)', () => {
    expect(inCode.length).toBeGreaterThan(0);
  });

  it.each([source, ...languages])('%s has every message of the code and none it no longer uses', async (language) => {
    const messages = await catalog!.read(language);
    const live = Object.keys(messages).filter((id) => !messages[id]!.obsolete).sort();
    expect(live.filter((id) => !inCode.includes(id)), 'in the catalog, no longer in the code (npm run i18n:extract)').toEqual([]);
    expect(inCode.filter((id) => !live.includes(id)), 'in the code, missing from the catalog (npm run i18n:extract)').toEqual([]);
    expect(Object.keys(messages).filter((id) => messages[id]!.obsolete), 'obsolete entries (npm run i18n:extract drops them)').toEqual([]);
  });

  it.each(languages)('%s translates every message, keeping its arguments and elements', async (language) => {
    const messages = await catalog!.read(language);
    const same = SAME_AS_ENGLISH[language] ?? [];
    const problems: string[] = [];
    for (const id of inCode) {
      const source = extracted[id]!.message ?? id;
      const translation = messages[id]?.translation ?? '';
      if (translation.trim() === '') problems.push(`untranslated: ${JSON.stringify(source)}`);
      else if (translation === source && !same.includes(source)) problems.push(`left in English: ${JSON.stringify(source)}`);
      else if (argumentsOf(translation).join() !== argumentsOf(source).join()) problems.push(`arguments differ: ${JSON.stringify(source)} -> ${JSON.stringify(translation)}`);
      else if (elementsOf(translation).join() !== elementsOf(source).join()) problems.push(`elements differ: ${JSON.stringify(source)} -> ${JSON.stringify(translation)}`);
    }
    expect(problems).toEqual([]);
  });
});
