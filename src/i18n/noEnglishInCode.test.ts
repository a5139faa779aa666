import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The core, the worker, the engine, the state and every other module that is not a component speak in codes with
 * parameters; the page words them (src/text, through Lingui). This test reads that code (not tests) and finds every
 * string literal or template that holds an English phrase: two words followed by a space ("is not", "The table
 * has"). A message worded through Lingui (t`...`, msg`...`, plural(...)) is not one; nor is an import path. The
 * components' JSX text and props have their own lint rule (eslint.config.js), so .tsx files are read only in the
 * layers under the page.
 *
 * DEVELOPERS_ONLY lists the few messages no user can reach, each with why: the guard lets exactly those through (by
 * how they start), and fails when one is no longer found, so the list cannot keep stale entries.
 */
const ROOT_FOLDER = 'src';
const TSX_FOLDERS = ['src/core', 'src/worker', 'src/engine', 'src/state'];

interface Allowed {
  file: string;
  /** How each allowed text starts, as the guard reports it (a template's expressions are blanks). */
  starts: string[];
  why: string;
}

const DEVELOPERS_ONLY: Allowed[] = [
  {
    file: 'src/worker/readCommand.ts',
    starts: ['later segment', " 's ", 'the ', 'The ', 'running must', 'from must', 'until must'],
    why: "a malformed command is the page's mistake: the rule it broke goes in the rejection's detail, for developers' logs and tests (protocol.ts: never shown); the page shows the 'refused' fault, worded",
  },
  { file: 'src/worker/session.ts', starts: ['No table is loaded yet'], why: 'the page always loads a table before any other command (engine.ts); a rejection detail, never shown' },
  { file: 'src/state/runStore.tsx', starts: ['useLabStore: no LabStoreProvider'], why: 'a component used outside its provider: a programming mistake, thrown while rendering in development and tests' },
  { file: 'src/core/historyLayout.ts', starts: ['History layout'], why: "the history's layout is a constant of the code (DEFAULT_HISTORY_LAYOUT) or a test's" },
  {
    file: 'src/core/history.ts',
    starts: ['This history gave its buffers', 'Iteration   is inside a stretch'],
    why: 'the session never uses a history after handing its buffers on, and asks only for stored iterations (snap)',
  },
  { file: 'src/core/historySampling.ts', starts: ['Series scale', 'Series points'], why: "the charts' series requests are the page's own constants" },
  { file: 'src/core/trainer.ts', starts: ['The record buffers'], why: 'the history sizes the buffers it hands the trainer' },
  { file: 'src/core/landscape.ts', starts: ['The buffer holds'], why: 'the landscape job sizes its own buffer' },
  { file: 'src/core/boundary.ts', starts: ['Axes '], why: "the axes are the panels' own constants, not a user's choice" },
  { file: 'src/core/neuronMath.ts', starts: ['Row   is not in a table'], why: 'callers loop over the rows the table has' },
  { file: 'src/core/random.ts', starts: ['Count '], why: 'randomSample is called with constants of tests and scripts only' },
  { file: 'src/features/exports/historyCsv.ts', starts: ['Output row', 'Table from iteration', 'Mean squared error'], why: "a history file's column names: files stay in one language, the machine form" },
  {
    file: 'src/features/exports/historyCsv.ts',
    starts: ['The runs have different numbers', 'The history columns do not fit'],
    why: 'both runs always have three inputs, and recordHistory fills every column it writes',
  },
  { file: 'src/features/exports/recordHistory.ts', starts: ['Iteration   must be', 'Iterations must ascend'], why: 'historyIterations is called with the run trained so far, and makes the iterations it records' },
  { file: 'src/features/math/ledgerLines.ts', starts: ['\\Delta W ='], why: "TeX for KaTeX: the maths' notation, the same in every language" },
  { file: 'src/features/math/ledgerPages.ts', starts: ['pagesOf:'], why: "the math view's page sizes are the layout's own numbers" },
  { file: 'src/features/charts/timeCharts.worker.ts', starts: ['Unknown message'], why: "the time charts' worker hears only the page's own messages" },
  { file: 'src/ui/contrast.ts', starts: ["' ' is not a hex colour"], why: "the palette's colours are constants of the code" },
  { file: 'src/pwa/registerServiceWorker.ts', starts: ['Neuron Lab: offline use'], why: "a console warning for developers; the page's offline notice is worded" },
  {
    file: 'src/format/pythonScript.ts',
    starts: ['from numpy import', 'for iteration in range', '    for iteration in range', 'Run  , ', 'Weights after', 'Prediction for'],
    why: "the Python script's code and what it prints: code is not translated, only its comments (issue 16), so the printout reads the same as NumPy's anywhere",
  },
];

// A word of two letters or more, then another word (SVG path data, "M 0 0 H 4 L", has one-letter commands only).
const PHRASE = /[A-Za-z][a-z']+\s+[A-Za-z][a-z']*\s/;
const LINGUI = new Set(['t', 'msg', 'plural', 'select', 'selectOrdinal']);

function codeFiles(folder: string, root: string): string[] {
  if (!statSync(folder).isDirectory()) return [folder];
  const tsx = TSX_FOLDERS.some((layer) => relative(join(root, layer), folder).startsWith('..') === false);
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' || name === 'locales' ? [] : codeFiles(path, root);
    const code = name.endsWith('.ts') || (tsx && name.endsWith('.tsx'));
    return code && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function insideLingui(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isTaggedTemplateExpression(at) && ts.isIdentifier(at.tag) && LINGUI.has(at.tag.text)) return true;
    if (ts.isCallExpression(at) && ts.isIdentifier(at.expression) && LINGUI.has(at.expression.text)) return true;
  }
  return false;
}

/** The English phrases of one file: each literal's text, with a template's expressions left out. */
function englishIn(path: string, code = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    const skipped = ts.isImportDeclaration(node.parent ?? node) || ts.isExportDeclaration(node.parent ?? node) || ts.isTaggedTemplateExpression(node.parent ?? node);
    if (text !== null && !skipped && PHRASE.test(text) && !insideLingui(node)) found.push(text);
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((span) => ts.forEachChild(span.expression, visit));
  };
  visit(source);
  return found;
}

// Parsing some 300 files with TypeScript's parser takes a few seconds here and over 10 s on a loaded machine: a
// generous bound, so that a busy CI machine does not fail it (the test times nothing).
describe('no English sentences in code outside the catalogs and the components', { timeout: 60_000 }, () => {
  const root = process.cwd();
  const files = codeFiles(join(root, ROOT_FOLDER), root);

  it('finds the code to read, and a sentence where one is written (and none in Lingui\'s messages, imports or codes)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.some((path) => path.endsWith('runStore.tsx'))).toBe(true);
    expect(files.some((path) => path.endsWith('App.tsx'))).toBe(false);
    expect(englishIn('a.ts', 'const m = `The table has ${n} rows`; throw new RangeError("Seed is not allowed");')).toEqual(['The table has   rows', 'Seed is not allowed']);
    expect(englishIn('a.ts', "import { t } from '@lingui/core/macro'; const m = t`The table has ${n} rows`; const p = plural(n, { one: 'one row is here' }); const c = { code: 'tooManyRows' };")).toEqual([]);
  });

  it('builds no English sentence but the few no user can reach, and each of those is still there', () => {
    const sentences: string[] = [];
    const used = new Set<string>();
    for (const path of files) {
      const name = relative(root, path);
      for (const text of englishIn(path)) {
        const starts = DEVELOPERS_ONLY.filter((entry) => entry.file === name).flatMap((entry) => entry.starts.filter((start) => text.startsWith(start)));
        if (starts.length === 0) sentences.push(`${name}: ${JSON.stringify(text)}`);
        starts.forEach((start) => used.add(`${name}: ${start}`));
      }
    }
    expect(sentences, 'English built in code: return a code and word it in src/text through Lingui').toEqual([]);
    const stale = DEVELOPERS_ONLY.flatMap((entry) => entry.starts.map((start) => `${entry.file}: ${start}`)).filter((key) => !used.has(key));
    expect(stale, 'allowed, but no longer in the code: take it off DEVELOPERS_ONLY').toEqual([]);
  });
});
