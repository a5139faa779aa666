import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer } from '../scripts/static-server.mjs';
import { tutorialCheckpoint } from './fixtures/numpyReference';

/*
 * Offline use and hosting. These tests serve the production build themselves, under a sub-path (/lab/) of a
 * plain static server with no rewrites, as a school's web space would: a single absolute URL in the build would
 * 404 there. "The network cut" means the server is closed and the context is offline, so nothing can come
 * from anywhere but the service worker's cache (Playwright's offline switch alone does not stop a service
 * worker's own fetches).
 */

const DIST = process.env.E2E_DIST ?? 'dist';
const MOUNT = '/lab/';

const atTen = tutorialCheckpoint(10);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(DIST, path).split(sep).join('/')];
  });
}

/** Everything the app can ask for: pages, scripts (the worker and lazy chunks too), styles, fonts, icons. */
const appFiles = filesUnder(DIST).filter(
  (name) => /\.(html|js|css|svg|png|woff2|webmanifest)$/.test(name) && name !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(name),
);

async function waitForServiceWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('after one visit, the app reloads and works with the network cut, from a sub-path of a plain static host', async ({ page, context }) => {
  const server = await startStaticServer({ root: () => DIST, mount: MOUNT });
  try {
    const notFound: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) notFound.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(server.url);
    await expect(page.getByRole('button', { name: 'Step 1', exact: true })).toBeEnabled();
    await waitForServiceWorkerControl(page);
    expect(notFound, 'every URL in the build resolves under the sub-path').toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);

    // Every file of the build is in the cache: the worker chunk and the lazily loaded chunks included.
    expect(appFiles.filter((name) => /^assets\/trainer\.worker-.*\.js$/.test(name)), 'the training worker is a chunk of its own').toHaveLength(1);
    const cached = await cachedPaths(page);
    expect(cached).toEqual(expect.arrayContaining(appFiles.map((name) => `${MOUNT}${name}`)));

    await server.close();
    await context.setOffline(true);
    expect(await page.evaluate(() => fetch(`./nothing-${Date.now()}`).then(() => 'reached', () => 'unreachable'))).toBe('unreachable');

    await page.reload();
    await page.getByRole('button', { name: 'Step 10', exact: true }).click();
    await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10');
    // The numbers come from the training worker, so its chunk ran from the cache.
    for (const [index, weight] of atTen.weights.entries()) {
      await expect(page.getByTestId(`weight-${index + 1}`)).toHaveAttribute('data-value', String(weight));
    }

    // A shared link opened offline (an address the cache has never seen) still gets the app, at its iteration.
    await page.goto(`${server.url}?v=1&data=011-1,100-0,101-1&seed=1&it=10`);
    await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10');
    await expect(page.getByTestId('weight-1')).toHaveAttribute('data-value', String(atTen.weights[0]));
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('a new build replaces the cached one on reload: nobody is stranded on an old version', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'neuron-lab-update-'));
  cpSync(DIST, folder, { recursive: true });
  const server = await startStaticServer({ root: () => folder, mount: MOUNT });
  try {
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);

    // Deploy "version 2": a changed index.html, and the sw.js a build would write for it (workbox's revision of
    // a file is the MD5 of its bytes).
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    const oldIndex = readFileSync(join(folder, 'index.html'), 'utf8');
    const newIndex = oldIndex.replace('<title>', '<meta name="neuron-lab-build" content="2" />\n    <title>');
    const oldSw = readFileSync(join(folder, 'sw.js'), 'utf8');
    expect(oldSw, 'sw.js lists index.html with its MD5 revision').toContain(md5(oldIndex));
    writeFileSync(join(folder, 'index.html'), newIndex);
    writeFileSync(join(folder, 'sw.js'), oldSw.replace(md5(oldIndex), md5(newIndex)));

    // The first reload is still served by the old worker, and finds the new one, which takes over at once.
    await page.addInitScript(() => {
      const marks = window as unknown as { controllerChanges: number };
      marks.controllerChanges = 0;
      navigator.serviceWorker?.addEventListener('controllerchange', () => (marks.controllerChanges += 1));
    });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { controllerChanges: number }).controllerChanges > 0, undefined, {
      timeout: 20_000,
    });
    // The next load is version 2, and works.
    await page.reload();
    await expect(page.locator('meta[name="neuron-lab-build"]')).toHaveAttribute('content', '2');
    await expect(page.getByRole('button', { name: 'Step 1', exact: true })).toBeEnabled();
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
