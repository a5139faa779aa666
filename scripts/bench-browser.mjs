// `npm run bench:browser`: the training engine in headless Chromium against the production build. A benchmark,
// not a test: it prints figures and asserts nothing.
//   - iterations per second in the worker at full speed while the page draws (from the iteration readout),
//   - frames per second on the page (animation frames) and frames drawn from the worker (readout updates),
//   - the longest main-thread task while running (PerformanceObserver 'longtask', which sees tasks over 50 ms),
//   - the history's recording overhead against plain training, measured in a worker of the same browser.
// Several rounds, medians. BENCH_ROUNDS, BENCH_SECONDS and BENCH_PORT change the defaults; BENCH_DIST names a
// production build to use instead of building one (the benchmark worker is added to it under bench/).
// The functions given to page.evaluate run in the page, where these exist:
/* global window, document, requestAnimationFrame, MutationObserver, Worker */
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import os from 'node:os';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const outDir = resolve(root, process.env.BENCH_DIST ?? '.dist-bench-browser');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RECORDING_ROUNDS = Number(process.env.BENCH_RECORDING_ROUNDS ?? 7);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

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

const port = Number(process.env.BENCH_PORT ?? (await freePort()));
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('weight-1').and(page.locator('[data-value="-0.165955990594852"]')).waitFor();
  console.log(`Chromium ${browser.version()}, ${os.cpus().length} CPUs (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}), 1280x720`);
  console.log(`\nThe app at full speed: ${ROUNDS} rounds of ${SECONDS} s (after 1 s to settle), medians`);

  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByTestId('iteration').and(page.locator('[data-value="0"]')).waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const w = window;
      w.benchStats = { animationFrames: 0, drawn: 0, longTasks: [] };
      const stats = w.benchStats;
      const count = () => {
        stats.animationFrames++;
        if (w.benchStats === stats) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      stats.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) stats.longTasks.push(entry.duration);
      });
      stats.observer.observe({ type: 'longtask' });
      const readout = document.querySelector('[data-testid="iteration"]');
      stats.mutations = new MutationObserver(() => stats.drawn++);
      stats.mutations.observe(readout, { attributes: true, attributeFilter: ['data-value'] });
      stats.start = performance.now();
      stats.startIteration = Number(readout.getAttribute('data-value'));
    });
    await page.waitForTimeout(SECONDS * 1000);
    const stats = await page.evaluate(() => {
      const s = window.benchStats;
      const seconds = (performance.now() - s.start) / 1000;
      const iteration = Number(document.querySelector('[data-testid="iteration"]').getAttribute('data-value'));
      s.observer.disconnect();
      s.mutations.disconnect();
      window.benchStats = null;
      return {
        iterationsPerSecond: (iteration - s.startIteration) / seconds,
        fps: s.animationFrames / seconds,
        drawnPerSecond: s.drawn / seconds,
        longTasks: s.longTasks,
      };
    });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    rounds.push(stats);
    const longest = stats.longTasks.length ? `${Math.max(...stats.longTasks).toFixed(0)} ms (${stats.longTasks.length} over 50 ms)` : 'none over 50 ms';
    console.log(
      `  round ${round + 1}: ${(stats.iterationsPerSecond / 1e6).toFixed(2)} M iterations/s, ${stats.fps.toFixed(1)} fps, ` +
        `${stats.drawnPerSecond.toFixed(1)} frames drawn/s, longest task ${longest}`,
    );
  }
  const ips = median(rounds.map((r) => r.iterationsPerSecond));
  const fps = median(rounds.map((r) => r.fps));
  const drawn = median(rounds.map((r) => r.drawnPerSecond));
  const allLong = rounds.flatMap((r) => r.longTasks);
  const longest = allLong.length ? Math.max(...allLong) : 0;
  const met = (ok) => (ok ? 'MET' : 'MISSED');
  console.log(`  iterations per second in the worker: ${(ips / 1e6).toFixed(2)} M/s   (target >= 5 M/s: ${met(ips >= 5e6)})`);
  console.log(`  frames per second on the page:       ${fps.toFixed(1)}   (target >= 50: ${met(fps >= 50)}); frames drawn from the worker ${drawn.toFixed(1)}/s`);
  console.log(
    `  longest main-thread task:            ${allLong.length ? `${longest.toFixed(0)} ms, ${allLong.length} tasks over 50 ms in all rounds` : 'none over 50 ms (the longtask API reports only those)'}   (target: none over 50 ms: ${met(allLong.length === 0)})`,
  );

  console.log(`\nHistory recording against plain training, in a Chromium worker, ${RECORDING_ROUNDS} interleaved rounds, medians:`);
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
        `${(p.overhead * 100).toFixed(1).padStart(5)}% slower   (target <= 25%: ${met(p.overhead <= 0.25)})`,
    );
  }
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}
