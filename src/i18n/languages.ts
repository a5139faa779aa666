/**
 * The languages of the screen: one per catalog file in ./locales (en.po, es.po, de.po, fr.po). Adding a file adds a
 * language, its name in the picker included (the language's own name, from the browser's Intl data).
 */
export const SOURCE_LANGUAGE = 'en';

const CATALOG_FILE = /\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.po$/;

/**
 * The catalogs other than English, each its own chunk fetched when its language is first chosen. English is left out
 * of the glob: the page needs no English catalog, since each message's English is compiled into the code that uses it
 * (scripts/compiled-english.ts); en.po is the source the other catalogs are translated from.
 */
export const lazyCatalogs: Record<string, () => Promise<{ messages: Record<string, unknown> }>> = Object.fromEntries(
  Object.entries(import.meta.glob<{ messages: Record<string, unknown> }>(['./locales/*.po', '!./locales/en.po']))
    .map(([path, load]) => [CATALOG_FILE.exec(path)?.[1], load] as const)
    .filter(([code]) => code !== undefined && code !== SOURCE_LANGUAGE),
);

/** Every language, English first, the others in the order of their codes. */
export const LANGUAGES: readonly string[] = [SOURCE_LANGUAGE, ...Object.keys(lazyCatalogs).sort()];

export function isLanguage(code: unknown): boolean {
  return typeof code === 'string' && LANGUAGES.includes(code);
}

/** "de" -> "Deutsch", "es" -> "Español": a language's name in itself, capitalized as it starts a line. */
export function ownName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/**
 * The first of `wanted` (a link's lang=, the browser's languages, ...) that the app speaks, by its whole tag or its
 * language ("de-AT" -> "de"); English when none.
 */
export function bestLanguage(wanted: readonly (string | null | undefined)[]): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const lower: string = tag.trim().toLowerCase();
    if (isLanguage(lower)) return lower;
    const base = lower.split(/[-_]/)[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}
