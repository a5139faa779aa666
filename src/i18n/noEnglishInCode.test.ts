import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The core, the worker, the engine and the state speak in codes with parameters; the page words them (src/text,
 * through Lingui). This test reads those folders' code (not tests) and finds every string literal or template that
 * holds an English phrase: two words followed by a space ("is not", "The table has"). A message worded through
 * Lingui (t`...`, msg`...`, plural(...)) is not one; nor is an import path. The components' JSX text and props have
 * their own lint rule (eslint.config.js).
 *
 * NOT_YET lists the files that still build English sentences, with how many: a new sentence anywhere fails, and a
 * file converted must leave the list (its count must match), so the list only shrinks.
 */
const FOLDERS = ['src/core', 'src/worker', 'src/engine', 'src/state', 'src/format/number.ts'];

/** Still English, to be converted (issue 16): mostly developers' RangeErrors of the core and the worker's command reader. */
const NOT_YET: Record<string, number> = {
  'src/core/boundary.ts': 1,
  'src/core/history.ts': 4,
  'src/core/historyLayout.ts': 3,
  'src/core/historySampling.ts': 2,
  'src/core/initialWeights.ts': 1,
  'src/core/landscape.ts': 5,
  'src/core/neuronMath.ts': 4,
  'src/core/random.ts': 1,
  'src/core/seed.ts': 1,
  'src/core/runPlan.ts': 7,
  'src/core/trainer.ts': 9,
  'src/core/validateTable.ts': 8,
  'src/state/runStore.tsx': 1,
  'src/state/segmentsSlice.ts': 1,
  'src/state/setup/fields.ts': 12,
  'src/state/setup/savedTables.ts': 1,
  'src/state/stops.ts': 6,
  'src/worker/readCommand.ts': 23,
  'src/worker/session.ts': 3,
};

const PHRASE = /[A-Za-z][a-z']*\s+[A-Za-z][a-z']*\s/;
const LINGUI = new Set(['t', 'msg', 'plural', 'select', 'selectOrdinal']);

function codeFiles(folder: string): string[] {
  if (!statSync(folder).isDirectory()) return [folder];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : codeFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
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

// Parsing some 150 files with TypeScript's parser takes about a second here and over 10 s on a loaded machine: a
// generous bound, so that a busy CI machine does not fail it (the test times nothing).
describe('no English sentences in the core, the worker, the engine or the state', { timeout: 60_000 }, () => {
  const root = process.cwd();
  const files = FOLDERS.flatMap((folder) => codeFiles(join(root, folder)));

  it('finds the code to read, and a sentence where one is written (and none in Lingui\'s messages, imports or codes)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(englishIn('a.ts', 'const m = `The table has ${n} rows`; throw new RangeError("Seed is not allowed");')).toEqual(['The table has   rows', 'Seed is not allowed']);
    expect(englishIn('a.ts', "import { t } from '@lingui/core/macro'; const m = t`The table has ${n} rows`; const p = plural(n, { one: 'one row is here' }); const c = { code: 'tooManyRows' };")).toEqual([]);
  });

  it('builds no English sentence outside the files still listed, and each listed file has just its count', () => {
    const counts: Record<string, number> = {};
    const sentences: string[] = [];
    for (const path of files) {
      const name = relative(root, path);
      const found = englishIn(path);
      if (found.length > 0) counts[name] = found.length;
      if (found.length > 0 && NOT_YET[name] === undefined) sentences.push(...found.map((text) => `${name}: ${JSON.stringify(text)}`));
    }
    expect(sentences, 'English built in code: return a code and word it in src/text through Lingui').toEqual([]);
    expect(counts).toEqual(NOT_YET);
  });
});
