/**
 * The teaching components (Show the math, Python, exports) in a real browser, each mounted alone on a page that a
 * Vite dev server of this spec's own builds from the sources: they are checked here before and apart from the
 * screen that will hold them. Expected numbers come from NumPy (fixtures) or from the core, never from the UI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { needPythonWithNumpy } from './fixtures/python';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const steps = JSON.parse(readFileSync(`${root}src/features/math/fixtures/steps.json`, 'utf8')) as {
  cases: Record<string, Record<string, number[]>>;
};
const reference = JSON.parse(readFileSync(`${root}src/core/fixtures/reference.json`, 'utf8')) as {
  cases: { 'seed-tutorial': { checkpoints: { iterations: number; weights: number[]; prediction: number }[] } };
};
const checkpoint = (k: number) => reference.cases['seed-tutorial'].checkpoints.find((cp) => cp.iterations === k)!;

// The page: mounts one component (?view=math|python|exports), exposes the store and a frame maker to the tests.
const HARNESS = `
import { createElement as h, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '/src/styles/global.css';
import { createLabStore, LabStoreProvider } from '/src/state/index.ts';
import { I18nProvider } from '@lingui/react';
import { i18n, switchLanguage } from '/src/i18n/index.ts';
// The harness's own run: the components read it through the provider, as the app's do.
const labStore = createLabStore();
import { createTrainer } from '/src/core/index.ts';
import { MathPanel } from '/src/features/math/index.ts';
import { PythonPanel } from '/src/features/python/index.ts';
import { ExportMenu } from '/src/features/exports/index.ts';

function frameAt(iteration) {
  const s = labStore.getState();
  const trainer = createTrainer({ inputs: s.dataset.inputs, targets: s.dataset.targets, seed: s.seed, learningRate: s.learningRate });
  trainer.step(iteration);
  const outputs = trainer.outputs();
  const empty = new Float64Array(0);
  return { iteration, trainedTo: iteration, running: false, inputCount: 3, rowCount: outputs.length,
    weights: Float64Array.from(trainer.weights), outputs, errors: outputs.map((o, r) => s.dataset.targets[r] - o),
    meanSquaredError: trainer.meanSquaredError(), prediction: trainer.predict(s.testInput), iterationsPerSecond: 0,
    series: { scale: 'linear', iterations: empty, weights: empty, weightsMin: empty, weightsMax: empty, mse: empty,
      mseMin: empty, mseMax: empty, rowErrors: empty } };
}
function showIteration(k) {
  labStore.getState().goTo(k);
  labStore.getState().receiveFrame(frameAt(k));
}
Object.assign(window, { labStore, frameAt, showIteration });

function paint(canvas) {
  const context = canvas?.getContext('2d');
  if (context) { context.fillStyle = 'rgb(0, 158, 115)'; context.fillRect(100, 50, 50, 50); }
}
function Chart() {
  return h('div', { id: 'chart', style: { position: 'relative', width: '400px', height: '200px' } },
    h('canvas', { id: 'layer', width: 400, height: 200, ref: paint, style: { position: 'absolute', left: 0, top: 0, width: '400px', height: '200px' } }),
    h('svg', { width: 400, height: 200, className: 'demo', style: { position: 'absolute', left: 0, top: 0 } },
      h('style', null, '.demo .axis { stroke: #333; stroke-width: 2px } .demo text { font-size: 14px; fill: #0b4f8a }'),
      h('line', { className: 'axis', x1: 20, y1: 180, x2: 390, y2: 180 }),
      h('text', { x: 30, y: 20 }, 'Weights')));
}
const view = new URLSearchParams(location.search).get('view');
const charts = [{ id: 'weights', name: 'Weights', element: () => document.getElementById('chart') }];
// In English, through Lingui as the app's words are (main.tsx).
switchLanguage('en').then(() => createRoot(document.getElementById('root')).render(
  h(I18nProvider, { i18n },
  h('div', { style: { width: '1280px', height: '720px', display: 'flex', flexDirection: 'column' } },
    h(LabStoreProvider, { store: labStore },
      h(Suspense, { fallback: null },
        view === 'math' ? h(MathPanel) : view === 'python' ? h(PythonPanel) : h('div', null, h(ExportMenu, { charts }), h(Chart))))))));
`;

function harnessPlugin(): Plugin {
  return {
    name: 'teaching-harness',
    resolveId: (id) => (id === 'virtual:teaching-harness' ? '\0virtual:teaching-harness' : undefined),
    load: (id) => (id === '\0virtual:teaching-harness' ? HARNESS : undefined),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith('/__teaching__')) return next();
        const html =
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teaching components</title></head>' +
          '<body><div id="root"></div><script type="module" src="/@id/__x00__virtual:teaching-harness"></script></body></html>';
        server.transformIndexHtml(request.url, html).then((page) => {
          response.setHeader('Content-Type', 'text/html');
          response.end(page);
        }, next);
      });
    },
  };
}

let server: ViteDevServer;
let base = '';
test.beforeAll(async () => {
  server = await createServer({
    // The app's own config (React, and Lingui's macros compiled as in the build), plus the harness page.
    configFile: `${root}vite.config.ts`,
    root,
    logLevel: 'error',
    plugins: [harnessPlugin()],
    server: { host: '127.0.0.1', port: 0, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The harness server has no port.');
  base = `http://127.0.0.1:${address.port}/__teaching__`;
});
test.afterAll(async () => {
  await server?.close();
});

async function open(page: Page, view: 'math' | 'python' | 'exports') {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${base}?view=${view}`);
  // The dev server builds each module on its first request: under a loaded CI machine the first page of a
  // worker can take well over the usual 5 s to show anything, so wait for the component itself once, here.
  await page.waitForFunction(() => (document.getElementById('root')?.textContent ?? '').trim().length > 0, null, { timeout: 30_000 });
  return problems;
}

const cellValues = (page: Page, matrix: string) =>
  page.locator(`[data-matrix="${matrix}"] td[data-value]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));

test.describe('Show the math', () => {
  test("shows NumPy's numbers for step 0 -> 1 of the tutorial's table, formulas typeset as MathML", async ({ page }) => {
    const problems = await open(page, 'math');
    const ledger = page.getByRole('region', { name: 'The math of one step' });
    await expect(ledger.getByTestId('ledger-iteration')).toHaveText('iteration 0 → 1', { timeout: 30_000 });
    const numpy = steps.cases['tutorial-0']!;
    expect(await cellValues(page, 'X')).toEqual([0, 1, 1, 1, 0, 0, 1, 0, 1]);
    expect(await cellValues(page, 'Y')).toEqual([1, 0, 1]);
    for (const [matrix, key] of [['W', 'W'], ['z', 'z'], ['out', 'out'], ['error', 'error'], ['slope', 'slope'], ['delta', 'delta'], ['adjustment', 'adjustment'], ['W new', 'nextW']]) {
      expect(await cellValues(page, matrix!), matrix).toEqual(numpy[key!]);
    }
    // Shown with 8 significant digits, as NumPy prints them.
    await expect(page.locator('[data-matrix="W new"] td').first()).toHaveText('-0.14170961');
    await expect(ledger.locator('math').first()).toBeVisible();
    expect(await ledger.locator('math').count()).toBeGreaterThanOrEqual(10);
    const box = await ledger.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(720);
    expect(problems).toEqual([]);
  });

  test('follows the iteration shown', async ({ page }) => {
    await open(page, 'math');
    await expect(page.getByTestId('ledger-iteration')).toHaveText('iteration 0 → 1');
    await page.evaluate(() => (window as unknown as { showIteration(k: number): void }).showIteration(10));
    await expect(page.getByTestId('ledger-iteration')).toHaveText('iteration 10 → 11');
    expect(await cellValues(page, 'W')).toEqual(checkpoint(10).weights);
    const next = await page.evaluate(() => Array.from((window as unknown as { frameAt(k: number): { weights: Float64Array } }).frameAt(11).weights));
    expect(await cellValues(page, 'W new')).toEqual(next);
  });
});

test.describe('Python', () => {
  test('the downloaded script prints the weights and prediction of the run shown', async ({ page }) => {
    await open(page, 'python');
    await page.evaluate(() => (window as unknown as { showIteration(k: number): void }).showIteration(100));
    const panel = page.getByRole('region', { name: 'The same run in Python' });
    await expect(panel).toContainText('for iteration in range(100):');
    const downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('neuron_lab.py');
    const script = readFileSync((await download.path())!, 'utf8');
    await expect(panel.getByRole('status')).toHaveText('Saved as neuron_lab.py.');

    needPythonWithNumpy();
    const run = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const prediction = Number(/Prediction for \[1, 0, 1\]: (\S+)/.exec(run.stdout)![1]);
    expect(prediction).toBe(checkpoint(100).prediction);
  });

  test('Copy puts the script on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, 'python');
    const panel = page.getByRole('region', { name: 'The same run in Python' });
    await panel.getByRole('button', { name: 'Copy' }).click();
    await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('random.seed(1)\nsynaptic_weights = 2 * random.random((3, 1)) - 1\n');
    expect(copied).toContain('for iteration in range(0):');
  });
});

test.describe('Exports', () => {
  test('the history CSV holds every iteration with NumPy weights', async ({ page }) => {
    await open(page, 'exports');
    await page.evaluate(() => (window as unknown as { showIteration(k: number): void }).showIteration(10));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download history (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('neuron_lab_history.csv');
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Iteration,Weight 1,Weight 2,Weight 3,Mean squared error,Output row 1,Output row 2,Output row 3');
    expect(lines.length).toBe(12);
    const row10 = lines[11]!.split(',').map(Number);
    expect(row10[0]).toBe(10);
    expect(row10.slice(1, 4)).toEqual(checkpoint(10).weights);
  });

  test('the state JSON round-trips through Open', async ({ page }) => {
    await open(page, 'exports');
    await page.evaluate(() => {
      const w = window as unknown as { labStore: { getState(): { setSeed(s: number): void; setLearningRate(r: number): void } }; showIteration(k: number): void };
      w.labStore.getState().setSeed(7);
      w.labStore.getState().setLearningRate(0.5);
      w.showIteration(42);
    });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download state (JSON)' }).click();
    const saved = readFileSync((await (await downloading).path())!, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ format: 'neuron-lab-state', version: 1, seed: 7, learningRate: 0.5, iteration: 42 });

    await page.reload();
    await page.locator('input[type=file]').setInputFiles({ name: 'lesson.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await expect
      .poll(() => page.evaluate(() => {
        const s = (window as unknown as { labStore: { getState(): { seed: number; learningRate: number; iteration: number } } }).labStore.getState();
        return [s.seed, s.learningRate, s.iteration];
      }))
      .toEqual([7, 0.5, 42]);
  });

  test('a bad table file is refused with its problems listed, and nothing changes', async ({ page }) => {
    await open(page, 'exports');
    const csv = 'Input 1,Input 2,Input 3,Target\n0,1,1,1\n1,0,0,1.5\n1,x,1,1\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('class.csv was not opened; the table and settings are unchanged.');
    await expect(alert.getByRole('listitem')).toHaveText([
      'Line 3, Target: 1.5 is outside 0 to 1; a target must be from 0 to 1.',
      "Line 4, Input 2: 'x' is not a number; type a number.",
    ]);
    const rows = await page.evaluate(() => (window as unknown as { labStore: { getState(): { dataset: { targets: number[] } } } }).labStore.getState().dataset.targets);
    expect(rows).toEqual([1, 0, 1]);

    await page.locator('input[type=file]').setInputFiles({ name: 'fixed.csv', mimeType: 'text/csv', buffer: Buffer.from('0.5;0,25;1;0,75\n') });
    await expect(alert).toHaveCount(0);
    const table = await page.evaluate(() => (window as unknown as { labStore: { getState(): { dataset: unknown } } }).labStore.getState().dataset);
    expect(table).toEqual({ inputs: [[0.5, 0.25, 1]], targets: [0.75] });
  });

});
