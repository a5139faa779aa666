// What the one-scenario benchmarks (bench:paste, bench:scrub) share: the production build (made afresh unless
// BENCH_DIST names one, so an older commit's build can be measured the same way), served by `vite preview`, a
// headless Chromium, and the median of rounds.
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-path.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Builds (or takes BENCH_DIST), serves it on BENCH_PORT (else `defaultPort`) and launches Chromium; runs
 * `measure(browser, url)` and always closes both.
 */
export async function withProductionBuild({ defaultOutDir, defaultPort }, measure) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const outDir = resolve(root, process.env.BENCH_DIST ?? defaultOutDir);
  if (!process.env.BENCH_DIST) {
    console.log('Building the production app...');
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  const port = Number(process.env.BENCH_PORT ?? defaultPort);
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    await measure(browser, `http://127.0.0.1:${port}/`);
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(done));
  }
}
