import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyGraph, references, staticGraph } from './budget-graph.mjs';

// A small build in the shapes rolldown writes: minified static imports, a lazy chunk behind Vite's preload
// helper, and the worker started through a nested new URL(`…`, import.meta.url) with a template literal.
const dist = mkdtempSync(join(tmpdir(), 'budget-graph-'));
const assets = join(dist, 'assets');
mkdirSync(assets);
const files: Record<string, string> = {
  'index.js':
    'import{a as e}from"./shared.js";export*from"./reexported.js";' +
    'const p=()=>__vitePreload(()=>import("./Panel.js"),__vite__mapDeps([0,1]),import.meta.url);' +
    'const w=()=>new Worker(new URL(new URL(`trainer.worker.js`,import.meta.url).href,``+import.meta.url),{type:`module`});' +
    'const notAWorker=new URL(`picture.png`,import.meta.url);const computed=import(`./x-${e}.js`);',
  'shared.js': 'export const a=1;',
  'reexported.js': 'export const r=2;',
  'Panel.js': 'import{a}from"./shared.js";import{t}from"./temml.js";const f=()=>import(`./typesetter.js`);export default a+t;',
  'typesetter.js': 'import{a}from"./shared.js";import{c}from"./core.js";export default a+c;',
  'temml.js': 'export const t=3;',
  'trainer.worker.js': 'import{c}from"./core.js";self.onmessage=()=>c;',
  'core.js': 'export const c=4;',
};
for (const [name, code] of Object.entries(files)) writeFileSync(join(assets, name), code);
const at = (name: string) => join(assets, name);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('references(path)', () => {
  it('finds static imports, re-exports, lazy imports and worker scripts, and nothing that is not a script', () => {
    const found = references(at('index.js'));
    expect([...found.static].sort()).toEqual([at('reexported.js'), at('shared.js')]);
    expect([...found.dynamic]).toEqual([at('Panel.js')]);
    expect([...found.workers]).toEqual([at('trainer.worker.js')]);
  });
});

describe('staticGraph(roots)', () => {
  it('follows static imports only, and reports the lazy chunks and workers met on the way', () => {
    const graph = staticGraph([at('index.js')]);
    expect([...graph.modules].sort()).toEqual([at('index.js'), at('reexported.js'), at('shared.js')]);
    expect([...graph.dynamic]).toEqual([at('Panel.js')]);
    expect([...graph.workers]).toEqual([at('trainer.worker.js')]);
    expect([...staticGraph([at('trainer.worker.js')]).modules].sort()).toEqual([at('core.js'), at('trainer.worker.js')]);
    expect([...staticGraph([at('Panel.js')]).modules].sort()).toEqual([at('Panel.js'), at('shared.js'), at('temml.js')]);
  });
});

describe('lazyGraph(roots, firstLoad)', () => {
  it('follows lazy chunks to any depth, statically and dynamically, leaving out what the first load has', () => {
    const firstLoad = new Set([at('index.js'), at('reexported.js'), at('shared.js')]);
    expect([...lazyGraph([at('Panel.js')], firstLoad)].sort()).toEqual([at('Panel.js'), at('core.js'), at('temml.js'), at('typesetter.js')]);
    expect([...lazyGraph([at('shared.js')], firstLoad)]).toEqual([]);
  });
});
