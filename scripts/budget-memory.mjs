// The memory section of `npm run budget`: the page and its training worker after 10 million iterations, against
// 100 MB for both together. It prints figures and asserts nothing.
//
// A fresh Chromium opens the production build on a link at iteration 0, then, in a new browser context (so a
// renderer process of its own), on the same link at 10,000,000: the engine trains up to a link's iteration. After
// each it lets the page settle, forces full garbage collections in the page and in the worker, and reads:
//   - each one's JavaScript heap through the DevTools protocol (Runtime.getHeapUsage): V8's heap in use, Blink's
//     garbage-collected heap, and the ArrayBuffers and external strings outside the V8 heap, where the training
//     history's Float64Arrays live; a heap snapshot of the worker shows those buffers one by one;
//   - the renderer process that hosts both, from the operating system (/proc/<pid>/smaps_rollup), as a cross-check.
/* global document -- the function handed to page.waitForFunction runs in the page */
import os from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { arrayBuffersByView, attachToTarget, collectGarbage, heapUsage, snapshotBytes, takeHeapSnapshot } from './budget-heap.mjs';
import { processMemory, processTree, renderersWithDedicatedWorker } from './budget-process-memory.mjs';

const MEMORY_BUDGET_BYTES = 100_000_000;
const TARGET_ITERATION = 10_000_000;
/** The tutorial's table: 3 inputs per row (the history's size depends on the input count). */
const LINK_TABLE = '011-1,100-0,101-1';
const INPUT_COUNT = 3;
const linkAt = (iteration) => `?v=1&data=${LINK_TABLE}&seed=1&it=${iteration}`;
/** 10 million iterations take about a second on this 2-CPU machine when idle; a crowded one may need far longer. */
const TRAIN_TIMEOUT_MS = 600_000;
const SETTLE_MS = 2000;
const AFTER_GC_MS = 500;

const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
const count = (n) => n.toLocaleString('en-US');

/**
 * @param {{ appUrl: string, origin: string, projectRoot: string, launch: () => Promise<import('@playwright/test').Browser> }} options
 *   appUrl: the app's index (served build); origin: the server's origin, to know the app's worker among targets;
 *   launch: starts a fresh Chromium, a child of this process (the OS figures look for it among our children).
 */
export async function printMemoryBudget({ appUrl, origin, projectRoot, launch }) {
  const { module: layout } = await runnerImport(join(projectRoot, 'src/core/historyLayout.ts'), { configFile: false, logLevel: 'error' });
  const historyLimit = layout.maxHistoryBytes(layout.DEFAULT_HISTORY_LAYOUT, INPUT_COUNT);

  console.log(`\nMemory after ${count(TARGET_ITERATION)} iterations: the page and its training worker together, budget ${MB(MEMORY_BUDGET_BYTES)} (1 MB = 1,000,000 B)`);
  const browser = await launch();
  try {
    const browserSession = await browser.newBrowserCDPSession();
    const pageErrors = [];
    const readings = [];
    for (const iteration of [0, TARGET_ITERATION]) {
      // The renderers there are before this page opens: its own is the new one that runs a dedicated worker.
      const earlierRenderers = new Set((processTree(process.pid) ?? []).filter((entry) => entry.type === 'renderer').map((entry) => entry.pid));
      // Service workers blocked: the app's would run in the same renderer, and it is no part of the budget.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => pageErrors.push(`at ${count(iteration)}: ${error.message}`));
        const reading = await readAt(page, context, browserSession, iteration, { appUrl, origin, earlierRenderers });
        if (!reading) return;
        readings.push(reading);
      } finally {
        await context.close();
      }
    }
    const [before, after] = readings;
    const load = os.loadavg().map((average) => average.toFixed(1)).join(' ');
    console.log(`  Chromium ${browser.version()}, ${os.cpus().length} CPUs, load average ${load} (1, 5, 15 min) when measured`);
    console.log('  a fresh browser, each link in a new context (a renderer of its own), 1280x720, service worker blocked');
    console.log(`  at 0:          ${linkAt(0)}`);
    console.log(`  at ${count(TARGET_ITERATION)}: ${linkAt(TARGET_ITERATION)}, loaded and trained in ${(after.trainedMs / 1000).toFixed(1)} s`);
    console.log('                 (until the chart\'s data-trained-to, which only the worker\'s frames move: the readout shows a');
    console.log('                 link\'s iteration at once)');
    console.log(`  before each reading: ${SETTLE_MS / 1000} s to settle, then two forced full garbage collections in the page and in the worker`);

    printHeaps(before, after);
    printHistoryCheck(before, after, historyLimit);
    printRenderer(before, after);
    if (pageErrors.length) console.log(`  errors on the page: ${pageErrors.join(' | ')}`);
  } finally {
    await browser.close();
  }
}

/** Opens the link at `iteration`, waits until the worker has trained to it, settles, collects garbage, reads. */
async function readAt(page, context, browserSession, iteration, { appUrl, origin, earlierRenderers }) {
  const startedAt = performance.now();
  await page.goto(`${appUrl}${linkAt(iteration)}`);
  const trained = await page
    .waitForFunction(
      (target) =>
        document.querySelector('[data-testid="iteration"]')?.getAttribute('data-value') === target &&
        document.querySelector('[data-panel="weights"] canvas')?.getAttribute('data-trained-to') === target,
      String(iteration),
      { timeout: TRAIN_TIMEOUT_MS, polling: 100 },
    )
    .then(() => true, () => false);
  if (!trained) {
    console.log(`  the worker did not train to ${count(iteration)} within ${TRAIN_TIMEOUT_MS / 1000} s: no memory figures`);
    return undefined;
  }
  const trainedMs = performance.now() - startedAt;
  await page.waitForTimeout(SETTLE_MS);

  const pageSession = await context.newCDPSession(page);
  const { targetInfo: pageTarget } = await pageSession.send('Target.getTargetInfo');
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const workers = targetInfos.filter(
    (target) =>
      target.type === 'worker' &&
      target.browserContextId === pageTarget.browserContextId &&
      target.url.startsWith(origin) &&
      // The training worker by its chunk's name: the time charts' painter is a worker of the page too (not counted).
      /\/trainer\.worker-[\w-]+\.js$/.test(target.url),
  );
  if (workers.length !== 1) {
    console.log(`  expected the one training worker at iteration ${count(iteration)}, found ${workers.length}: no memory figures`);
    await pageSession.detach();
    return undefined;
  }
  const workerSession = await attachToTarget(browserSession, workers[0].targetId);
  try {
    await collectGarbage(pageSession);
    await collectGarbage(workerSession);
    await page.waitForTimeout(AFTER_GC_MS);
    const pageHeap = await heapUsage(pageSession);
    const workerHeap = await heapUsage(workerSession);
    await pageSession.send('Performance.enable');
    const { metrics } = await pageSession.send('Performance.getMetrics');
    const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
    const processes = processTree(process.pid);
    const renderers = processes
      ? renderersWithDedicatedWorker(processes)
          .filter((entry) => !earlierRenderers.has(entry.pid))
          .map((entry) => processMemory(entry.pid))
          .filter(Boolean)
      : undefined;
    const allChromium = processes?.map((entry) => processMemory(entry.pid)).filter(Boolean);
    // Last: a snapshot allocates in the worker while it is written.
    const snapshot = await takeHeapSnapshot(workerSession);
    const workerBuffers = arrayBuffersByView(snapshot);
    const workerSnapshotBytes = snapshotBytes(snapshot);
    return {
      iteration,
      trainedMs,
      pageHeap,
      workerHeap,
      pageMetrics: { heapUsed: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners'), documents: metric('Documents') },
      renderers,
      allChromium,
      workerBuffers,
      workerSnapshotBytes,
    };
  } finally {
    await workerSession.detach();
    await pageSession.detach();
  }
}

const together = (heap) => heap.used + heap.blink + heap.external;

function printHeaps(before, after) {
  const columns = [22, 14, 12, 29, 11];
  console.log(
    `  ${pad('', columns[0])}${padStart('V8 heap used', columns[1])}${padStart('Blink heap', columns[2])}` +
      `${padStart('ArrayBuffers, ext. strings', columns[3])}${padStart('together', columns[4])}   (V8 heap reserved)`,
  );
  for (const reading of [before, after]) {
    for (const [who, heap] of [['page', reading.pageHeap], ['worker', reading.workerHeap]]) {
      console.log(
        `  ${pad(`${who} at ${count(reading.iteration)}`, columns[0])}${padStart(MB(heap.used), columns[1])}${padStart(MB(heap.blink), columns[2])}` +
          `${padStart(MB(heap.external), columns[3])}${padStart(MB(together(heap)), columns[4])}   (${MB(heap.reserved)})`,
      );
    }
  }
  const total = together(after.pageHeap) + together(after.workerHeap);
  const percent = Math.round((100 * total) / MEMORY_BUDGET_BYTES);
  console.log(`  PAGE + WORKER after ${count(after.iteration)} iterations: ${MB(total)} of the ${MB(MEMORY_BUDGET_BYTES)} budget (${percent}%);`);
  console.log(`  at iteration 0: ${MB(together(before.pageHeap) + together(before.workerHeap))}`);
  console.log('    counted, in the page and in the worker: the V8 heap in use, Blink\'s garbage-collected heap (the DOM and other');
  console.log('    C++ objects it manages) and what ArrayBuffers (the history) and external strings hold outside the V8 heap');
  console.log('    not counted: heap reserved but not in use (in brackets); Blink\'s memory outside its garbage-collected heap');
  console.log('    (layout, styles, canvas bitmaps, fonts, the compositor); the renderer\'s code and libraries (the renderer\'s');
  console.log('    figure from the OS below holds all of these); the browser, GPU and network processes (no figure here does)');
  const metrics = after.pageMetrics;
  console.log(
    `  check, page: Performance.getMetrics gives JS heap used ${MB(metrics.heapUsed)} (Runtime.getHeapUsage ${MB(after.pageHeap.used)}),` +
      ` ${count(metrics.nodes)} DOM nodes, ${count(metrics.listeners)} event listeners, ${count(metrics.documents)} document(s)`,
  );
}

function printHistoryCheck(before, after, historyLimit) {
  const describe = (groups) =>
    groups.length ? groups.map((group) => `${group.buffers} ${group.view} buffers, ${MB(group.bytes)}`).join('; ') : 'no ArrayBuffers';
  console.log(`  check, worker: its heap snapshot at ${count(after.iteration)} holds ${describe(after.workerBuffers)}`);
  console.log(`    (at 0: ${describe(before.workerBuffers)});`);
  const float64 = after.workerBuffers.find((group) => group.view === 'Float64Array');
  if (float64) {
    const largest = float64.largest.slice(0, 6).map((bytes) => (bytes / 1e6).toFixed(2)).join(', ');
    console.log(`    the largest ${largest} MB: the training history, at most ${MB(historyLimit)} with ${INPUT_COUNT} inputs however long`);
    console.log(`    it runs (maxHistoryBytes, src/core/historyLayout.ts); they are in the worker's ${MB(after.workerHeap.external)}`);
    console.log(`    of ArrayBuffers and external strings above (${MB(after.workerHeap.external - float64.bytes)} besides them)`);
  }
  console.log(
    `    all the snapshot's nodes add up to ${MB(after.workerSnapshotBytes)}; V8 heap used + ArrayBuffers and external strings:` +
      ` ${MB(after.workerHeap.used + after.workerHeap.external)}`,
  );
}

function printRenderer(before, after) {
  if (!before.renderers || !after.renderers) {
    console.log('  no /proc here: the OS figures of the renderer are Linux only');
    return;
  }
  console.log('\n  Cross-check from the OS: the renderer process of each page, which also runs its worker (a dedicated worker');
  console.log('  lives in its page\'s renderer; found as the new renderer with a "DedicatedWorker" thread); /proc/<pid>/smaps_rollup');
  console.log(`  ${pad('', 24)}${padStart('RSS', 10)}${padStart('PSS', 11)}${padStart('private (USS)', 15)}${padStart('CPU time', 10)}`);
  for (const reading of [before, after]) {
    if (reading.renderers.length === 0) console.log(`  at ${count(reading.iteration)}: no new renderer with a dedicated worker found`);
    for (const renderer of reading.renderers) {
      console.log(
        `  ${pad(`at ${count(reading.iteration)}, pid ${renderer.pid}`, 24)}${padStart(MB(renderer.rss), 10)}${padStart(MB(renderer.pss), 11)}` +
          `${padStart(MB(renderer.private), 15)}${padStart(`${renderer.cpuSeconds.toFixed(1)} s`, 10)}`,
      );
    }
  }
  if (before.renderers.length !== 1 || after.renderers.length !== 1) {
    console.log('  not one renderer per page: no comparison');
    return;
  }
  const [first] = before.renderers;
  const [last] = after.renderers;
  const heapGrowth = together(after.pageHeap) + together(after.workerHeap) - together(before.pageHeap) - together(before.workerHeap);
  console.log(
    `  at ${count(after.iteration)} the renderer holds ${MB(last.pss - first.pss)} more PSS and ${MB(last.private - first.private)} more` +
      ' private memory than at 0,',
  );
  console.log(`  while the JavaScript heaps above grew by ${MB(heapGrowth)}; it used ${(last.cpuSeconds - first.cpuSeconds).toFixed(1)} s more CPU time:`);
  console.log('  the training, so it is the worker\'s process');
  const percent = Math.round((100 * last.pss) / MEMORY_BUDGET_BYTES);
  console.log(`  RENDERER PSS after ${count(after.iteration)} iterations: ${MB(last.pss)} against the ${MB(MEMORY_BUDGET_BYTES)} budget (${percent}%);`);
  console.log(`  at iteration 0: ${MB(first.pss)}. This is all the renderer holds for the page and its worker: the JavaScript heaps`);
  console.log('    above and all they leave out, with its share of the pages it shares with the other Chromium processes');
  const all = after.allChromium ?? [];
  console.log(
    `  not counted: all ${all.length} processes of this Chromium (browser, GPU, network, storage, renderers) hold` +
      ` ${MB(all.reduce((sum, entry) => sum + entry.pss, 0))} PSS together at ${count(after.iteration)}`,
  );
}
