import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import nodePlugin from 'eslint-plugin-n';
import { noLiteralText } from './eslint/noLiteralText.js';

/**
 * A component reads the run it shows through LabStoreProvider (useLab, useLabStore), never a store of its own making
 * or a module-level one: so two runs can sit side by side (issue 13). Only a run's start (src/engine/start.ts) and
 * tests create stores.
 */
const RUN_THROUGH_CONTEXT = [
  {
    regex: '(^|/)state(/index(\\.ts)?)?$',
    importNames: ['labStore', 'createLabStore'],
    message: 'A component reads its run through LabStoreProvider (useLab, useLabStore): it never imports or creates a store.',
  },
  { regex: '(^|/)state/store(\\.ts)?$', message: 'A component reads its run through LabStoreProvider (useLab, useLabStore): it never imports the store module.' },
];

export default tseslint.config(
  { ignores: ['dist', '.dist-*', 'node_modules', 'playwright-report', 'test-results', 'coverage', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // No code from strings anywhere: the production build's Content-Security-Policy forbids eval, and so do we.
    rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error', 'no-script-url': 'error' },
  },
  {
    // Every package imported is declared in package.json, read afresh on each run: a module that is installed only
    // as another package's dependency (d3-array under d3-scale, acorn under eslint) fails the lint. (A package that
    // is not installed at all fails the type check and the build.)
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { n: nodePlugin },
    rules: { 'n/no-extraneous-import': 'error' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks, 'no-unsanitized': noUnsanitized },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Nothing a user or a URL supplies may ever be parsed as HTML.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render text through React.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render text through React.' },
        { selector: "JSXAttribute[name.name='srcDoc']", message: 'No raw HTML in an iframe: srcDoc parses markup.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name='srcdoc']", message: 'No raw HTML in an iframe: srcdoc parses markup.' },
        { selector: "CallExpression[callee.property.name='parseHTMLUnsafe']", message: 'No raw HTML: parseHTMLUnsafe parses markup.' },
        { selector: "CallExpression[callee.property.name='html'][arguments.length>0]", message: "d3's selection.html(value) writes innerHTML: use .text(value)." },
        { selector: "CallExpression[callee.property.name='setAttribute'] > Literal:nth-child(1)[value=/^(on|srcdoc$)/i]", message: 'No event handlers or markup from strings: use addEventListener or React props.' },
        { selector: "CallExpression[callee.property.name='setAttributeNS'] > Literal:nth-child(2)[value=/^(on|srcdoc$)/i]", message: 'No event handlers or markup from strings: use addEventListener or React props.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Every word on screen comes from the catalogs (issue 16): no literal English in a component.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', '**/testing/**'],
    plugins: { 'neuron-lab': { rules: { 'no-literal-text': noLiteralText } } },
    rules: { 'neuron-lab/no-literal-text': 'error' },
  },
  {
    // Features use src/ui, src/state, src/format and the core, never each other's insides: what two features share
    // moves down into one of those (issue 13). A file of a feature reaches its own folder and src/, not a sibling.
    files: ['src/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!\\.\\./)', message: 'A feature does not import another feature: share it through src/ui, src/state or src/format.' }, ...RUN_THROUGH_CONTEXT] }],
    },
  },
  {
    files: ['src/features/*/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./\\.\\./(?!\\.\\./)', message: 'A feature does not import another feature: share it through src/ui, src/state or src/format.' }, ...RUN_THROUGH_CONTEXT] }],
    },
  },
  {
    // The layers under the features never reach up into them.
    files: ['src/{ui,state,format,engine,worker,runs}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '/features/', message: 'src/ui, src/state, src/format, the engine and the worker do not import features.' }] }],
    },
  },
  {
    // Shared screen pieces read their run through the context too (the rule above, plus RUN_THROUGH_CONTEXT).
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '/features/', message: 'src/ui, src/state, src/format, the engine and the worker do not import features.' }, ...RUN_THROUGH_CONTEXT] }],
    },
  },
  { files: ['src/App.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: RUN_THROUGH_CONTEXT }] } },
  {
    // Tests make their own runs (createLabStore) to render and drive; the boundaries between features still hold.
    files: ['src/features/*/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!\\.\\./)', message: 'A feature does not import another feature.' }] }] },
  },
  {
    files: ['src/features/*/*/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./\\.\\./(?!\\.\\./)', message: 'A feature does not import another feature.' }] }] },
  },
  {
    files: ['src/ui/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '/features/', message: 'src/ui does not import features.' }] }] },
  },
  {
    // The numeric core must stay free of the DOM, React and worker code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'zustand', 'd3*', '../*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'postMessage', 'navigator'],
    },
  },
);
