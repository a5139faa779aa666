// The module graph of a built app, read from its files: which scripts a module imports statically, which it
// imports dynamically (lazy chunks), and which worker scripts it starts (new URL('…js', import.meta.url)).
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'acorn';

const toPath = (url) => fileURLToPath(url);

/** The module's static imports, dynamic imports and worker scripts (new URL('….js', import.meta.url)). */
export function references(path) {
  const ast = parse(readFileSync(path, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' });
  const found = { static: new Set(), dynamic: new Set(), workers: new Set() };
  const base = pathToFileURL(path);
  const resolve = (specifier) => toPath(new URL(specifier, base));
  // Rolldown writes strings as `…` when it likes: a template literal without expressions is a string too.
  const stringValue = (node) => {
    if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
    return undefined;
  };
  const isImportMetaUrl = (node) =>
    node?.type === 'MemberExpression' && node.object.type === 'MetaProperty' && node.property.name === 'url';
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source?.type === 'Literal') found.static.add(resolve(node.source.value));
        break;
      case 'ImportExpression': {
        const specifier = stringValue(node.source);
        if (specifier !== undefined) found.dynamic.add(resolve(specifier));
        break;
      }
      case 'NewExpression': {
        const [target, from] = node.arguments;
        const specifier = stringValue(target);
        if (node.callee.name === 'URL' && specifier !== undefined && /\.m?js$/.test(specifier) && isImportMetaUrl(from)) {
          found.workers.add(resolve(specifier));
        }
        break;
      }
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object') visit(child);
    }
  };
  visit(ast);
  return found;
}

/** Every module reachable through static imports from `roots`; dynamic imports and workers found on the way. */
export function staticGraph(roots) {
  const modules = new Set();
  const dynamic = new Set();
  const workers = new Set();
  const queue = [...roots];
  while (queue.length) {
    const path = queue.shift();
    if (modules.has(path)) continue;
    modules.add(path);
    const refs = references(path);
    refs.static.forEach((next) => queue.push(next));
    refs.dynamic.forEach((next) => dynamic.add(next));
    refs.workers.forEach((next) => workers.add(next));
  }
  return { modules, dynamic, workers };
}

/**
 * Every module loaded only on demand: the lazy `roots` and all they import, statically or dynamically, at any
 * depth (a lazy panel that lazily loads its typesetter), leaving out what the first load already has.
 */
export function lazyGraph(roots, firstLoad) {
  const modules = new Set();
  let frontier = [...roots];
  while (frontier.length) {
    const graph = staticGraph(frontier.filter((path) => !firstLoad.has(path) && !modules.has(path)));
    graph.modules.forEach((path) => {
      if (!firstLoad.has(path)) modules.add(path);
    });
    frontier = [...graph.dynamic, ...graph.workers].filter((path) => !firstLoad.has(path) && !modules.has(path));
  }
  return modules;
}
