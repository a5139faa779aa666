// `npm run budget`: prints the performance budget figures of the production build; asserts nothing.
//
// 1. The gzipped JavaScript of the first load: index.html's entry module and everything it imports statically,
//    plus every worker it starts (a `new URL('…js', import.meta.url)` reference: the training worker, the charts'
//    painter), against 100 kB (issue 11).
//    Dynamically imported (lazy) chunks are listed apart, and a cold load in Chromium cross-checks which
//    scripts the browser really fetched before the screen was usable.
// 2. The time from navigation to a usable screen: "Step 1" enabled and the iteration readout present (the
//    contract's names), served by a plain local static server; median of several loads, cold (no cache, no
//    service worker), cold with a 4x slower CPU, and warm (served by the service worker's cache).
// 3. The memory of the page and its training worker after 10 million iterations, against 100 MB: their JavaScript
//    heaps through the DevTools protocol, and the renderer process from the OS as a cross-check (budget-memory.mjs).
//
// Options: --dist <folder> measures an existing build (default: build afresh into a temporary folder);
// --runs <n> loads per figure (default 7). The engine's frame rate and long tasks are `npm run bench:browser`.
/* global document, window, MutationObserver -- functions handed to page.evaluate and addInitScript run in the page */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path.mjs';
import { lazyGraph, staticGraph } from './budget-graph.mjs';
import { printMemoryBudget } from './budget-memory.mjs';
import { startStaticServer } from './static-server.mjs';

const JS_BUDGET_BYTES = 100_000;
const USABLE_BUDGET_MS = 1000;
const USABLE_TIMEOUT_MS = 15_000;

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: { dist: { type: 'string' }, runs: { type: 'string', default: '7' } },
});
const runs = Math.max(1, Number.parseInt(options.runs, 10) || 7);
// A folder of its own: .bench/ is emptied by other benchmarks' builds.
const ownBuild = options.dist ? undefined : mkdtempSync(join(tmpdir(), 'neuron-lab-budget-'));
if (ownBuild) process.on('exit', () => rmSync(ownBuild, { recursive: true, force: true }));
// resolve: --dist may be absolute (a build in /tmp) or relative to the current folder.
const dist = ownBuild ? buildAfresh(ownBuild) : resolve(options.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run \`npx vite build\` first or leave out --dist.`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function buildAfresh(outDir) {
  console.log(`Building the production build into ${outDir} ...`);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return outDir;
}

// ---------------------------------------------------------------- sizes

const distUrl = pathToFileURL(`${dist}/`);
const fileSizes = new Map();
function sizes(path) {
  let entry = fileSizes.get(path);
  if (!entry) {
    const bytes = readFileSync(path);
    entry = { raw: bytes.length, gzip: gzipSync(bytes).length };
    fileSizes.set(path, entry);
  }
  return entry;
}
const toPath = (url) => fileURLToPath(url);
const nameOf = (path) => relative(dist, path);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const scriptTags = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
const entries = scriptTags.filter((tag) => attr(tag, 'type') === 'module' && attr(tag, 'src')).map((tag) => toPath(new URL(attr(tag, 'src'), distUrl)));
const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map(([tag]) => toPath(new URL(attr(tag, 'href'), distUrl)));
const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(([tag]) => toPath(new URL(attr(tag, 'href'), distUrl)));

const main = staticGraph([...entries, ...preloads]);
const worker = staticGraph([...main.workers]);
const firstLoad = new Set([...main.modules, ...worker.modules]);
const lazyOnly = [...lazyGraph([...main.dynamic, ...worker.dynamic], firstLoad)];
const allJs = listFiles(join(dist, 'assets')).filter((path) => /\.m?js$/.test(path));
const unreached = allJs.filter((path) => !firstLoad.has(path) && !lazyOnly.includes(path));

function listFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function printFiles(title, paths) {
  console.log(`  ${title}`);
  let raw = 0;
  let gzip = 0;
  for (const path of [...paths].sort()) {
    const size = sizes(path);
    raw += size.raw;
    gzip += size.gzip;
    console.log(`    ${pad(nameOf(path), 44)}${padStart(kB(size.raw), 10)} raw ${padStart(kB(size.gzip), 10)} gzip`);
  }
  if (paths.length === 0) console.log('    (none)');
  return { raw, gzip };
}
const sumGzip = (paths) => [...paths].reduce((sum, path) => sum + sizes(path).gzip, 0);

console.log(`\nNeuron Lab budget: production build in ${ownBuild ? 'a fresh build' : relative(process.cwd(), dist) || '.'}`);
console.log('\nJavaScript on the first load (gzip at zlib\'s default level, as static hosts serve it; 1 kB = 1000 B)');
printFiles('main thread: index.html\'s entry and its static imports', [...main.modules]);
printFiles('workers started at load, and their static imports', [...worker.modules].filter((path) => !main.modules.has(path)));
const firstLoadGzip = sumGzip(firstLoad);
console.log(`  first load total: ${kB(firstLoadGzip)} gzip of the ${kB(JS_BUDGET_BYTES)} budget (${Math.round((100 * firstLoadGzip) / JS_BUDGET_BYTES)}%)`);
console.log('\nLazily loaded JavaScript (dynamic imports; not on the first load)');
printFiles('chunks', lazyOnly);
if (unreached.length) printFiles('in the build but referenced by no script (checked by no figure above)', unreached);
console.log('\nCSS on the first load');
printFiles('stylesheets linked by index.html', stylesheets);
const serviceWorkerFiles = listFiles(dist).filter((path) => /^(sw|workbox-[\w-]+)\.js$/.test(nameOf(path)));
console.log('\nService worker (fetched after the load event, off the page)');
printFiles('scripts', serviceWorkerFiles);

// ---------------------------------------------------------------- time to a usable screen

/** Runs in the page before its own scripts: notes when "Step 1" is enabled and the iteration readout exists. */
function watchForUsable() {
  const isUsable = () => {
    const step = [...document.querySelectorAll('button')].find(
      (button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').trim() === 'Step 1',
    );
    return !!step && !step.disabled && step.getAttribute('aria-disabled') !== 'true' && !!document.querySelector('[data-testid="iteration"]');
  };
  const observer = new MutationObserver(() => {
    if (isUsable()) {
      window.__usableAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

async function loadOnce(page, url, { reload = false } = {}) {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  const usableAt = await page
    .waitForFunction(() => window.__usableAt, undefined, { timeout: USABLE_TIMEOUT_MS })
    .then((handle) => handle.jsonValue(), () => NaN);
  // The screen can be usable before its first paint is reported: wait for that entry (briefly) too.
  const paint = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const report = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        if (report() !== undefined) return resolve(report());
        new PerformanceObserver(() => resolve(report() ?? NaN)).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(report() ?? NaN), 3000);
      }),
  );
  return { usableAt, paint };
}

function printTimes(label, samples) {
  const usable = samples.map((s) => s.usableAt).filter(Number.isFinite);
  if (usable.length < samples.length) {
    console.log(`  ${pad(label, 44)} ${samples.length - usable.length} of ${samples.length} loads never became usable within ${USABLE_TIMEOUT_MS / 1000} s`);
    if (usable.length === 0) return;
  }
  const paint = samples.map((s) => s.paint).filter(Number.isFinite);
  const over = usable.filter((ms) => ms > USABLE_BUDGET_MS).length;
  console.log(
    `  ${pad(label, 44)} median ${padStart(Math.round(median(usable)), 5)} ms  (min ${Math.round(Math.min(...usable))}, max ${Math.round(Math.max(...usable))})` +
      `  first paint ${paint.length ? `${Math.round(median(paint))} ms` : 'n/a'}${over ? `  ${over} of ${usable.length} over ${USABLE_BUDGET_MS} ms` : ''}`,
  );
}

const server = await startStaticServer({ root: () => dist, mount: '/lab/' });
const executablePath = chromiumExecutable();
const launchChromium = () => chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const browser = await launchChromium();
const contextOptions = { viewport: { width: 1280, height: 720 } };
try {
  console.log(`\nTime to a usable screen ("Step 1" enabled, iteration readout present), from navigation start;`);
  console.log(`served by a plain static server at ${server.url}, Chromium at 1280x720, ${runs} loads each; budget ${USABLE_BUDGET_MS} ms`);

  const cold = [];
  const coldSlow = [];
  let fetchedScripts = new Set();
  for (let i = 0; i < runs; i += 1) {
    for (const slow of [false, true]) {
      const context = await browser.newContext(contextOptions);
      await context.addInitScript(watchForUsable);
      const page = await context.newPage();
      const requested = new Set();
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === server.origin && /\.m?js$/.test(url.pathname)) requested.add(url.pathname.slice('/lab/'.length));
      });
      if (slow) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      const sample = await loadOnce(page, server.url);
      (slow ? coldSlow : cold).push(sample);
      if (!slow && i === 0) fetchedScripts = new Set(requested);
      await context.close();
    }
  }
  printTimes('cold: no cache, no service worker', cold);
  printTimes('cold, page CPU 4x slower (worker not slowed)', coldSlow);

  const context = await browser.newContext(contextOptions);
  await context.addInitScript(watchForUsable);
  const page = await context.newPage();
  await loadOnce(page, server.url);
  const controlled = await page
    .waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 })
    .then(() => true, () => false);
  if (controlled) {
    const warm = [];
    for (let i = 0; i < runs; i += 1) warm.push(await loadOnce(page, server.url, { reload: true }));
    printTimes('warm: served by the service worker', warm);
  } else {
    console.log('  warm: the service worker never took control, so there is no warm figure');
  }
  await context.close();

  const fetched = [...fetchedScripts].filter((name) => name !== 'sw.js' && !name.startsWith('workbox-')).map((name) => join(dist, name));
  const fetchedGzip = sumGzip(fetched.filter((path) => existsSync(path)));
  const beyondStatic = fetched.filter((path) => !firstLoad.has(path));
  console.log(`\nScripts Chromium fetched on a cold load (page and worker, not the service worker): ${fetched.length} files, ${kB(fetchedGzip)} gzip`);
  if (beyondStatic.length) console.log(`  beyond the static first-load graph (lazy chunks loaded at once): ${beyondStatic.map(nameOf).join(', ')}`);
  const missed = [...firstLoad].filter((path) => !fetched.includes(path));
  if (missed.length) console.log(`  in the static graph but not fetched: ${missed.map(nameOf).join(', ')}`);
} finally {
  await browser.close();
}

// ---------------------------------------------------------------- memory after 10 million iterations

try {
  await printMemoryBudget({ appUrl: server.url, origin: server.origin, projectRoot, launch: launchChromium });
} finally {
  await server.close();
}
