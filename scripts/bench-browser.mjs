// `npm run bench:browser`: the app at full speed in headless Chromium, as a school laptop would run it. A benchmark,
// not a test: it prints figures (and whether each budget is met) and asserts nothing.
//
// For each CPU slowdown (DevTools' Emulation.setCPUThrottlingRate: 1x, 4x, 6x) and each table (the tutorial's 3
// rows, 64 rows of varied numbers, the Explore view with its three panels over the tutorial's table, and two runs
// compared: the tutorial's as run A and run B at learning rate 0.1, beside the same single run alone, interleaved),
// with every chart of the case in view at 1280x720, it reports:
//   - frames per second on the page (animation frames),
//   - the longest main-thread task and the total blocking time (PerformanceObserver 'longtask', which sees only
//     tasks over 50 ms: "< 50" means none was longer),
//   - main-thread time per animation frame, split into script, layout, style and the rest (paint, raster, ...),
//     from the DevTools protocol's Performance.getMetrics (TaskDuration, ScriptDuration, LayoutDuration,
//     RecalcStyleDuration), over the frames of the same window,
//   - iterations per second in the training worker (from the iteration readout, at 1x only: it is the worker's);
//     with two runs, run A's and run B's (B's from its column of the Compare table), each against the run alone.
// Then the history's recording overhead against plain training, in a worker of the same browser, and two training
// sessions in one worker against one worker each (the core's loop alone, both at once).
//
// Several rounds, medians. With BENCH_BASE=<folder> the same figures for another build (a folder with index.html,
// or a checkout whose dist/ holds one, e.g. the commit before a change built in its own worktree) side by side,
// rounds interleaved so that both builds see the same machine. Options: BENCH_ROUNDS (3), BENCH_SECONDS (4),
// BENCH_SLOWDOWNS (1,4,6), BENCH_CASES (tutorial,64rows,explore,compare), BENCH_DIST (an existing build instead of
// building one).
// The functions given to page.evaluate run in the page, where these exist:
/* global window, document, requestAnimationFrame, Worker */
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import os from 'node:os';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path.mjs';
import { startStaticServer } from './static-server.mjs';
import { variedTableQuery } from './bench-tables.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const outDir = resolve(root, process.env.BENCH_DIST ?? '.dist-bench-browser');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const SETTLE_MS = 1000;
const SLOWDOWNS = (process.env.BENCH_SLOWDOWNS ?? '1,4,6').split(',').map(Number);
const CASE_NAMES = (process.env.BENCH_CASES ?? 'tutorial,64rows,explore,compare').split(',');
const RECORDING_ROUNDS = Number(process.env.BENCH_RECORDING_ROUNDS ?? 7);
const CHARTS = ['weights', 'error', 'sigmoid', 'neuron'];

/** Issue 13: with two runs, each trains at least this fraction as fast as a single run alone. */
const TWO_RUN_SHARE = 0.4;

/** The budget of issue 11, per slowdown. */
const BUDGET = {
  1: { msPerFrame: 4 },
  4: { fps: 55, longestTask: 50 },
  6: { fps: 45 },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const EXPLORE_PANELS = ['situations', 'line', 'landscape'];

/** Each case's page and the panels that must be in view: the Lab's four charts, or the Explore view's three panels. */
const CASES = {
  tutorial: { title: "the tutorial's table (3 rows)", query: '', rows: 3, panels: CHARTS },
  '64rows': { title: '64 rows of varied numbers', query: variedTableQuery(), rows: 64, panels: CHARTS },
  explore: { title: "the Explore view's three panels (the tutorial's table)", query: `?show=${EXPLORE_PANELS.join(',')}`, rows: 3, panels: EXPLORE_PANELS },
  // Each build twice: the single run alone, and the same with run B beside it; their rounds interleaved.
  compare: { title: 'two runs compared (run A: the tutorial\'s; run B: learning rate 0.1), beside the run alone', query: '', rows: 3, panels: CHARTS, compare: true },
};

function baseBuild() {
  const folder = process.env.BENCH_BASE;
  if (!folder) return null;
  const dir = resolve(folder);
  // A checkout has an index.html too (Vite's source page): its build is in dist/.
  if (existsSync(resolve(dir, 'package.json'))) {
    if (existsSync(resolve(dir, 'dist/index.html'))) return resolve(dir, 'dist');
  } else if (existsSync(resolve(dir, 'index.html'))) return dir;
  console.error(`BENCH_BASE=${folder}: no index.html there nor in its dist/ (build it first: npm run build in that checkout)`);
  process.exit(1);
}

if (process.env.BENCH_DIST) {
  console.log(`Using the production build in ${process.env.BENCH_DIST}; building the benchmark worker...`);
} else {
  console.log('Building the production app and the benchmark worker...');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(outDir, 'bench'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: resolve(root, 'scripts/bench-browser.worker.ts'), formats: ['es'], fileName: () => 'history-bench.js' },
  },
});
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(outDir, 'bench'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: resolve(root, 'scripts/bench-two-sessions.worker.ts'), formats: ['es'], fileName: () => 'two-sessions.js' },
  },
});

const builds = [{ name: 'this', dist: outDir }];
const base = baseBuild();
if (base) builds.unshift({ name: 'base', dist: base });
for (const b of builds) b.server = await startStaticServer({ root: () => b.dist });

const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });

/** A page of one build on one table, ready at iteration 0, with a DevTools session for throttling and metrics. */
async function openPage(b, query, panels, withRunB = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${b.server.url}${query}`);
  await page.getByTestId('iteration').and(page.locator('[data-value="0"]')).waitFor();
  await page.getByTestId('weight-1').and(page.locator('[data-value]:not([data-value=""])')).waitFor();
  // Full speed until paused: no "Stop at" (Run stops at 10,000 by default); a build from before it has none.
  const stopAt = page.getByRole('combobox', { name: 'Stop at' });
  if ((await stopAt.count()) > 0) {
    await stopAt.fill('no limit');
    await stopAt.press('Enter');
  }
  if (withRunB) {
    // A build from before Compare has no run B: its two-run figures are left out.
    if ((await page.getByRole('button', { name: 'Compare', exact: true }).count()) === 0) {
      await context.close();
      return null;
    }
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const rate = page.getByRole('textbox', { name: 'Learning rate, run B', exact: true });
    await rate.fill('0.1');
    await rate.press('Enter');
    await page.getByTestId('compare-b-iteration').and(page.locator('[data-value="0"]')).waitFor();
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const inView = await page.evaluate((charts) => {
    const shown = (id) => {
      // The last one: the Lab's charts stay mounted (inert) under a view that covers them.
      const bodies = document.querySelectorAll(`[data-panel="${id}"] .chart-body`);
      const r = bodies[bodies.length - 1]?.getBoundingClientRect();
      return !!r && r.width > 50 && r.height > 50 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    };
    return charts.filter(shown);
  }, panels);
  return { page, cdp, context, inView, withRunB, rounds: 0 };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** One window at full speed at `slowdown`: the figures of the report. */
async function measure(p, slowdown) {
  const { page, cdp } = p;
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByTestId('iteration').and(page.locator('[data-value="0"]')).waitFor();
  if (p.withRunB) {
    // Run B keeps its history when run A resets (it rewinds in it, exactly): a new seed each window makes it train
    // afresh, as fast as the same run on seed 1 (the speed does not depend on the numbers).
    const seed = page.getByRole('textbox', { name: 'Seed, run B', exact: true });
    await seed.fill(String(1 + (++p.rounds % 2)));
    await seed.press('Enter');
    await page.getByTestId('compare-b-iteration').and(page.locator('[data-value="0"]')).waitFor();
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForTimeout(SETTLE_MS);
  const before = await metrics(cdp);
  await page.evaluate(() => {
    const stats = { animationFrames: 0, longTasks: [] };
    window.benchStats = stats;
    const count = () => {
      stats.animationFrames++;
      if (window.benchStats === stats) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    stats.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) stats.longTasks.push(entry.duration);
    });
    stats.observer.observe({ type: 'longtask' });
    stats.start = performance.now();
    // Run B's iteration, while comparing: its column of the Compare table (B follows A's clock, never past it).
    stats.iterationB = () => Number(document.querySelector('[data-testid="compare-b-iteration"]')?.getAttribute('data-value') ?? Number.NaN);
    stats.startIteration = Number(document.querySelector('[data-testid="iteration"]').getAttribute('data-value'));
    stats.startIterationB = stats.iterationB();
  });
  await page.waitForTimeout(SECONDS * 1000);
  const stats = await page.evaluate(() => {
    const s = window.benchStats;
    const seconds = (performance.now() - s.start) / 1000;
    const iteration = Number(document.querySelector('[data-testid="iteration"]').getAttribute('data-value'));
    const iterationB = s.iterationB();
    s.observer.disconnect();
    window.benchStats = null;
    return { seconds, frames: s.animationFrames, longTasks: s.longTasks, iterations: iteration - s.startIteration, iterationsB: iterationB - s.startIterationB };
  });
  const after = await metrics(cdp);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const perFrame = (name) => ((after[name] - before[name]) * 1000) / Math.max(1, stats.frames);
  const task = perFrame('TaskDuration');
  const script = perFrame('ScriptDuration');
  const layout = perFrame('LayoutDuration');
  const style = perFrame('RecalcStyleDuration');
  return {
    fps: stats.frames / stats.seconds,
    longestTask: stats.longTasks.length ? Math.max(...stats.longTasks) : 0,
    blockingPerSecond: stats.longTasks.reduce((sum, d) => sum + (d - 50), 0) / stats.seconds,
    task,
    script,
    layout,
    style,
    rest: task - script - layout - style,
    iterationsPerSecond: stats.iterations / stats.seconds,
    iterationsPerSecondB: stats.iterationsB / stats.seconds,
  };
}

const FIELDS = ['fps', 'longestTask', 'blockingPerSecond', 'task', 'script', 'layout', 'style', 'rest', 'iterationsPerSecond', 'iterationsPerSecondB'];
const summarise = (rounds) => Object.fromEntries(FIELDS.map((f) => [f, f === 'longestTask' ? Math.max(...rounds.map((r) => r[f])) : median(rounds.map((r) => r[f]))]));

function verdict(slowdown, m) {
  const budget = BUDGET[slowdown];
  if (!budget) return '';
  const parts = [];
  if (budget.msPerFrame !== undefined) parts.push(`<= ${budget.msPerFrame} ms/frame ${m.task <= budget.msPerFrame ? 'MET' : 'MISSED'}`);
  if (budget.fps !== undefined) parts.push(`>= ${budget.fps} fps ${m.fps >= budget.fps ? 'MET' : 'MISSED'}`);
  if (budget.longestTask !== undefined) parts.push(`no task > ${budget.longestTask} ms ${m.longestTask <= budget.longestTask ? 'MET' : 'MISSED'}`);
  return parts.join(', ');
}

const cell = (value, width, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-').padStart(width);

try {
  console.log(
    `Chromium ${browser.version()}, ${os.cpus().length} CPUs (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}), 1280x720; ` +
      `${ROUNDS} rounds of ${SECONDS} s at full speed (after ${SETTLE_MS / 1000} s to settle) per figure, medians (longest task: the longest of all rounds)`,
  );
  if (base) console.log(`base = ${base}, this = ${outDir}; rounds interleaved between the two`);
  for (const name of CASE_NAMES) {
    const { title, query, panels, compare } = CASES[name];
    const pages = [];
    for (const b of builds) {
      if (compare) pages.push({ build: b, label: `${b.name}`, ...(await openPage(b, query, panels)) });
      const opened = await openPage(b, query, panels, compare);
      if (opened) pages.push({ build: b, label: compare ? `${b.name}+B` : b.name, ...opened });
      else console.log(`  ${b.name}: this build has no Compare button; its two-run figures are left out`);
    }
    console.log(`\n${title}`);
    for (const p of pages) {
      const missing = panels.filter((c) => !p.inView.includes(c));
      console.log(`  ${p.label}: panels in view: ${p.inView.join(', ') || 'none'}${missing.length ? `  (NOT in view: ${missing.join(', ')})` : ' (all)'}`);
    }
    const results = new Map();
    for (let round = 0; round < ROUNDS; round++) {
      for (const slowdown of SLOWDOWNS) {
        for (const p of pages) {
          const key = `${slowdown}|${p.label}`;
          if (!results.has(key)) results.set(key, []);
          results.get(key).push(await measure(p, slowdown));
        }
      }
    }
    const width = Math.max(5, ...pages.map((p) => p.label.length));
    console.log(`  slowdown ${'build'.padEnd(width)}    fps  longest task  blocking   main thread ms/frame: all  script layout  style   rest   M it/s  budget`);
    console.log(`           ${''.padEnd(width)}            (ms)      (ms/s)`);
    for (const slowdown of SLOWDOWNS) {
      for (const p of pages) {
        const m = summarise(results.get(`${slowdown}|${p.label}`));
        const longest = m.longestTask === 0 ? '< 50'.padStart(8) : cell(m.longestTask, 8, 0);
        console.log(
          `  ${`${slowdown}x`.padEnd(8)} ${p.label.padEnd(width)} ${cell(m.fps, 6)}  ${longest}     ${cell(m.blockingPerSecond, 6, 0)}                ` +
            `${cell(m.task, 6, 2)} ${cell(m.script, 6, 2)} ${cell(m.layout, 6, 2)} ${cell(m.style, 6, 2)} ${cell(m.rest, 6, 2)}  ` +
            `${slowdown === 1 ? cell(m.iterationsPerSecond / 1e6, 7, 2) : '       '}  ${verdict(slowdown, m)}`,
        );
      }
    }
    if (compare && SLOWDOWNS.includes(1)) {
      console.log(`  each run's training speed at 1x against the run alone (issue 13: each at least ${TWO_RUN_SHARE * 100}% as fast):`);
      for (const b of builds.filter((build) => results.has(`1|${build.name}+B`))) {
        const alone = summarise(results.get(`1|${b.name}`)).iterationsPerSecond;
        const both = summarise(results.get(`1|${b.name}+B`));
        const share = (v) => `${cell(v / 1e6, 6, 2)} M it/s = ${cell((100 * v) / alone, 5, 0)}% (${v / alone >= TWO_RUN_SHARE ? 'MET' : 'MISSED'})`;
        console.log(`    ${b.name}: alone ${cell(alone / 1e6, 6, 2)} M it/s; compared: run A ${share(both.iterationsPerSecond)}, run B ${share(both.iterationsPerSecondB)}`);
      }
    }
    for (const p of pages) await p.context.close();
  }

  console.log(`\nHistory recording against plain training, in a Chromium worker, ${RECORDING_ROUNDS} interleaved rounds, medians:`);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const current = builds.find((b) => b.name === 'this');
  await page.goto(current.server.url);
  const phases = await page.evaluate(
    (rounds) =>
      new Promise((done, fail) => {
        const worker = new Worker('./bench/history-bench.js', { type: 'module' });
        worker.onmessage = (event) => done(event.data);
        worker.onerror = (event) => fail(new Error(event.message));
        worker.postMessage({ rounds });
      }),
    RECORDING_ROUNDS,
  );
  for (const p of phases) {
    console.log(
      `  ${p.phase.padEnd(38)} plain ${(p.plain / 1e6).toFixed(2).padStart(6)} M/s   recording ${(p.recording / 1e6).toFixed(2).padStart(6)} M/s   ` +
        `${(p.overhead * 100).toFixed(1).padStart(5)}% slower   (target <= 25%: ${p.overhead <= 0.25 ? 'MET' : 'MISSED'})`,
    );
  }

  // Issue 13: run A's and run B's sessions in one worker, against one worker each (what the app does), both at once.
  const sessionMs = SECONDS * 1000;
  console.log(`\nTwo training sessions at once, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians (M it/s of each session):`);
  const trainIn = (workers) =>
    page.evaluate(
      ({ workers: layout, ms }) =>
        Promise.all(
          layout.map(
            (sessions) =>
              new Promise((done, fail) => {
                const worker = new Worker('./bench/two-sessions.js', { type: 'module' });
                worker.onmessage = (event) => {
                  worker.terminate();
                  done(event.data);
                };
                worker.onerror = (event) => fail(new Error(event.message));
                worker.postMessage({ sessions, ms });
              }),
          ),
        ).then((each) => each.flat()),
      { workers, ms: sessionMs },
    );
  const layouts = { 'one session alone': [1], 'one worker each': [1, 1], 'one worker for both': [2] };
  const sessionRates = Object.fromEntries(Object.keys(layouts).map((name) => [name, [[], []]]));
  for (let round = 0; round < ROUNDS; round++) {
    const names = Object.keys(layouts);
    if (round % 2) names.reverse();
    for (const name of names) (await trainIn(layouts[name])).forEach((rate, i) => sessionRates[name][i].push(rate));
  }
  const alone = median(sessionRates['one session alone'][0]);
  console.log(`  one session alone                      ${(alone / 1e6).toFixed(2).padStart(6)} M it/s`);
  for (const name of Object.keys(layouts).slice(1)) {
    const [a, b] = sessionRates[name].map(median);
    console.log(
      `  ${name.padEnd(38)} A ${(a / 1e6).toFixed(2).padStart(6)}  B ${(b / 1e6).toFixed(2).padStart(6)} M it/s   ` +
        `each ${((100 * Math.min(a, b)) / alone).toFixed(0)}% or more of one alone`,
    );
  }
  await context.close();
} finally {
  await browser.close();
  for (const b of builds) await b.server.close();
}
