import { i18n } from '@lingui/core';
import { setNumberLanguage } from '../format/number';
import { bestLanguage, isLanguage, lazyCatalogs, SOURCE_LANGUAGE } from './languages';

/**
 * The page's one Lingui instance. English has no catalog here: each message's English is compiled into its
 * descriptor at build time (scripts/compiled-english.ts), which Lingui shows when the active catalog has no such id,
 * so every chunk carries the English of its own modules and the first load only the first screen's. Another
 * language's compiled catalog is fetched (a chunk of its own) when it is first chosen. Components word their text
 * through it (`useLingui`, `<Trans>`), code outside React through `i18n._(msg\`...\`)`.
 */
i18n.load(SOURCE_LANGUAGE, {});
i18n.activate(SOURCE_LANGUAGE);

export { i18n };

/** Where the learner's own choice is remembered, over the browser's language and a link's lang=. */
export const LANGUAGE_KEY = 'neuron-lab.language';

function remembered(): string | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
    return value !== null && isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The language to start in: the one the learner chose here before, else the link's lang=, else the browser's first
 * language the app speaks, else English. A link made in Madrid opened by someone who chose English reads English:
 * the run is the same in every language, only the words differ.
 */
export function startingLanguage(search: string, browserLanguages: readonly string[]): string {
  const fromLink = new URLSearchParams(search).get('lang');
  return bestLanguage([remembered(), fromLink, ...browserLanguages]);
}

/** Loads a language's catalog (once) and makes it the page's; `<html lang>` follows. */
const loaded = new Set([SOURCE_LANGUAGE]);

export async function switchLanguage(code: string): Promise<void> {
  const language = isLanguage(code) ? code : SOURCE_LANGUAGE;
  if (!loaded.has(language)) {
    const { messages } = await lazyCatalogs[language]!();
    i18n.load(language, messages as Parameters<typeof i18n.load>[1]);
    loaded.add(language);
  }
  setNumberLanguage(language);
  i18n.activate(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The learner picked a language: use it and remember it for the next visit. */
export async function chooseLanguage(code: string): Promise<void> {
  await switchLanguage(code);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, i18n.locale);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this visit.
  }
}
