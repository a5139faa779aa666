import { readdirSync } from 'node:fs';
import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * Lingui's configuration. The languages are the catalog files in src/i18n/locales/ (en.po, es.po, ...): adding a
 * language is adding its file (README, "Adding a language"), nothing else lists them.
 */
const CATALOG_DIR = 'src/i18n/locales';
const locales = readdirSync(new URL(`./${CATALOG_DIR}/`, import.meta.url))
  .filter((name) => name.endsWith('.po'))
  .map((name) => name.slice(0, -'.po'.length))
  .sort();

export default defineConfig({
  sourceLocale: 'en',
  locales: locales.includes('en') ? locales : ['en', ...locales],
  // A message missing from a catalog is a test failure (src/i18n/catalogs.test.ts), never a silent fallback.
  fallbackLocales: false,
  catalogs: [
    {
      path: `<rootDir>/${CATALOG_DIR}/{locale}`,
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/node_modules/**'],
    },
  ],
  // No line numbers: a catalog changes when a message does, not when the code around it moves.
  format: formatter({ lineNumbers: false }),
  orderBy: 'message',
});
