/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { lingui } from '@lingui/vite-plugin';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/content-security-policy.js';
import { LINGUI_BABEL_PLUGINS } from './scripts/compiled-english.js';

/**
 * Lingui's macros (t, Trans, plural) are compiled by its Babel plugin, run by @rolldown/plugin-babel (plugin-react 6
 * has no Babel of its own) on the files that import a macro, before React's transform sees their JSX. Lingui 5:
 * Lingui 6 and its native macro transform need Node 22.19, and this project runs on Node 20.
 */
const LINGUI_MACROS = {
  // The macro keeps each message's English (stripMessageField: false) and compiledEnglishPlugin compiles it in place:
  // English needs no catalog, each chunk carries the English of its own modules (scripts/compiled-english.ts).
  preset: { plugins: [...LINGUI_BABEL_PLUGINS] },
  rolldown: { filter: { code: /from ['"]@lingui\/(?:react|core)\/macro['"]/ } },
};

/**
 * React's API from Preact (preact/compat): the same components, hooks, lazy and Suspense, in ~5 kB gzip instead of
 * react-dom's ~62 kB, which alone was over half the first load's 100 kB budget (issue 11). TypeScript keeps React's
 * types; only the running code is Preact's, in the build, the dev server and the unit tests alike.
 */
const PREACT_FOR_REACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

// `base: './'` keeps every asset URL relative, so the build runs from any static host and sub-path.
export default defineConfig({
  base: './',
  resolve: { alias: PREACT_FOR_REACT },
  plugins: [
    babel({ presets: [LINGUI_MACROS] }),
    react(),
    // Compiles src/i18n/locales/*.po on import: Spanish, German and French, each a lazy chunk (English is in the code).
    lingui(),
    contentSecurityPolicy(),
    VitePWA({
      // src/pwa/registerServiceWorker.ts registers it, in production only: no inline script, no dev worker.
      injectRegister: false,
      registerType: 'autoUpdate',
      // The glob below already precaches the icons; listing them twice would only duplicate the entries.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Neuron Lab',
        short_name: 'Neuron Lab',
        description: 'Watch one artificial neuron learn, step by step, with the numbers of the NumPy tutorial.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0072B2',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache the whole build: the app shell, every chunk (the training worker and the lazily loaded
        // panels too), styles, fonts and icons, so the app works offline after the first visit.
        globPatterns: ['**/*.{html,js,css,svg,png,woff2}'],
        // A new build takes over at once and drops the old precache: the next reload runs the new version.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The state modules in one chunk: split by where each is used, they became several small shared chunks (setup,
    // url, panelTitles, followStore), each paying gzip's overhead on a first load held to 100 kB (npm run budget).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'state', test: /\/src\/state\// }] } } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/i18n/testSetup.ts'],
    // 30 s, not vitest's 5: with both cores busy (issue 11 asks CI to pass so) the link fuzz test, session.runUntil
    // and the parser-based guard took over 5 s. A bound for a busy machine; no unit test times anything.
    testTimeout: 30_000,
    // Packages that import React run through Vite too, so the alias gives them Preact as it does in the build.
    server: { deps: { inline: ['@lingui/react', 'zustand'] } },
  },
});
