import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tutorialCheckpoint as checkpoint } from './fixtures/numpyReference';

/*
 * Save & open on the screen, against the production build: the state saved as JSON and opened again lands on the
 * same numbers (NumPy's, src/core/fixtures/reference.json); a CSV table opens; a bad file is refused with its
 * problems named and nothing changed; the history CSV holds NumPy's weights; charts save as PNG and SVG.
 */


async function expectIteration(page: Page, iteration: number) {
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 20_000 });
}

async function expectWeights(page: Page, weights: number[]) {
  for (const [j, weight] of weights.entries()) await expect(page.getByTestId(`weight-${j + 1}`)).toHaveAttribute('data-value', String(weight));
}

/** Opens the Save & open panel (if closed) and returns it. */
async function saveMenu(page: Page) {
  const panel = page.getByRole('region', { name: 'Save and open' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Save & open' }).click();
  await expect(panel).toBeVisible();
  return panel;
}

async function download(page: Page, button: string) {
  const menu = await saveMenu(page);
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  const bytes = readFileSync((await file.path())!);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const menu = await saveMenu(page);
  await menu.getByLabel('Table (CSV) or state (JSON) file to open').setInputFiles(file);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expectWeights(page, checkpoint(0).weights);
});

test('the state saved as JSON opens again on the same run, after the table, seed and iteration changed', async ({ page }) => {
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);
  const saved = await download(page, 'Download state (JSON)');
  expect(saved.name).toBe('neuron_lab_state.json');
  const json = JSON.parse(saved.text) as { iteration: number; seed: number };
  expect(json.iteration).toBe(10);
  expect(json.seed).toBe(1);

  // Everything changes: another table, another seed, back to 0.
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Table' }).selectOption('xor');
  await expect(page.getByRole('textbox', { name: 'Row 4, Target' })).toBeVisible();
  const seed = page.getByRole('textbox', { name: 'Seed' });
  await seed.fill('5');
  await seed.press('Enter');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expectIteration(page, 0);

  await openFile(page, { name: 'lesson.json', mimeType: 'application/json', buffer: Buffer.from(saved.text) });
  await expectIteration(page, 10);
  await expectWeights(page, checkpoint(10).weights);
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(checkpoint(10).prediction));
  await expect(seed).toHaveValue('1');
  await expect(page.getByRole('textbox', { name: 'Row 4, Target' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Row 1, Input 2' })).toHaveValue('1');
  await expect(page.getByText('Opened lesson.json')).toBeVisible();
});

test('a CSV table opens; a bad file is refused with its problems named, and nothing changes', async ({ page }) => {
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);
  // Row 1 of the tutorial's table becomes [1, 1, 1] -> 1. NumPy, seed 1, 10 iterations on [[1,1,1],[1,0,0],[1,0,1]]
  // -> [1,0,1] predicts 0.6878611415947417 for [1, 0, 1] (as e2e/screen.spec.ts).
  const table = 'Input 1,Input 2,Input 3,Target\n1,1,1,1\n1,0,0,0\n1,0,1,1\n';
  await openFile(page, { name: 'table.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
  await expect(page.getByRole('textbox', { name: 'Row 1, Input 1' })).toHaveValue('1');
  await expectIteration(page, 10);
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', '0.6878611415947417');

  await openFile(page, { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('Input 1,Input 2,Input 3,Target\n1,abc,1,1\n') });
  const errors = (await saveMenu(page)).getByRole('alert');
  await expect(errors).toContainText('broken.csv was not opened; the table and settings are unchanged.');
  await expect(errors).toContainText('abc');
  await expect(page.getByRole('textbox', { name: 'Row 1, Input 2' })).toHaveValue('1');
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', '0.6878611415947417');
});

test("the history CSV holds NumPy's weights at every iteration", async ({ page }) => {
  await page.getByRole('button', { name: 'Step 100', exact: true }).click();
  await expectIteration(page, 100);
  const history = await download(page, 'Download history (CSV)');
  expect(history.name).toBe('neuron_lab_history.csv');
  const lines = history.text.trim().split(/\r\n/);
  expect(lines[0]).toBe('Iteration,Weight 1,Weight 2,Weight 3,Mean squared error,Output row 1,Output row 2,Output row 3');
  expect(lines).toHaveLength(102);
  for (const k of [0, 1, 10, 100]) {
    const cells = lines[k + 1]!.split(',').map(Number);
    expect(cells[0]).toBe(k);
    expect(cells.slice(1, 4)).toEqual(checkpoint(k).weights);
  }
});

test('each chart saves as PNG and as SVG, from the Lab and from the math', async ({ page }) => {
  await page.getByRole('button', { name: 'Step 10', exact: true }).click();
  await expectIteration(page, 10);
  const png = await download(page, 'Save the Weights chart as PNG');
  expect(png.name).toBe('neuron_lab_weights_it10.png');
  const svg = await download(page, 'Save the Error chart as SVG');
  expect(svg.name).toBe('neuron_lab_error_it10.svg');
  expect(svg.text).toContain('<svg');
  expect(svg.text).toContain('Iteration');
  // The charts stay drawn under the math view, so they can still be saved from there.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Show the math' }).click();
  await expect(page.getByRole('region', { name: 'The math of one step' })).toBeVisible();
  const neuron = await download(page, 'Save the Neuron chart as SVG');
  expect(neuron.text).toContain('1.0977811'); // w2 after 10 iterations, as the neuron writes it
});

/** The <path> elements of an SVG file and their number of line segments, with the file's texts and images. */
function svgContent(text: string) {
  const paths = [...text.matchAll(/<path\b[^>]*\bd="([^"]*)"[^>]*>/g)].map((m) => ({ tag: m[0], segments: (m[1]!.match(/L/g) ?? []).length }));
  const texts = [...text.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
  return { paths, texts, images: (text.match(/<image\b/g) ?? []).length, captionLines: captionLinesOf(text) };
}

/** The caption's lines: the file's last text, one tspan a line. */
function captionLinesOf(text: string): string[] {
  const last = [...text.matchAll(/<text\b[^>]*>((?:<tspan\b[^>]*>[^<]*<\/tspan>)+)<\/text>/g)].at(-1)?.[1] ?? '';
  return [...last.matchAll(/<tspan\b[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
}

test('a saved chart is vector, with a caption naming the table, seed, learning rate and iteration, in a file named by the iteration', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000');
  await expectIteration(page, 10000);
  await expectWeights(page, checkpoint(10000).weights);
  const caption = "The tutorial's table · seed 1 · learning rate 1 · iteration 10,000";

  for (const chart of ['Weights', 'Error']) {
    const file = await download(page, `Save the ${chart} chart as SVG`);
    expect(file.name).toBe(`neuron_lab_${chart.toLowerCase()}_it10000.svg`);
    const { paths, texts, images, captionLines } = svgContent(file.text);
    expect(images, 'no bitmap inside the SVG').toBe(0);
    // The lines over 10,000 iterations are curves of many segments, not a picture of them.
    expect(Math.max(...paths.map((p) => p.segments)), `${chart}: the longest path's segments`).toBeGreaterThan(50);
    // On the lines the chart's width needs, broken between its parts.
    expect(captionLines.join(' · ')).toBe(caption);
    // The names at the lines' ends, drawn on a canvas on screen, are text in the file.
    expect(texts).toEqual(expect.arrayContaining(chart === 'Weights' ? ['w1', 'w2', 'w3'] : ['MSE', 'row 1']));
  }

  // A custom table says so.
  const cell = page.getByRole('textbox', { name: 'Row 1, Input 1' });
  await cell.fill('1');
  await cell.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Table' })).toHaveValue('custom');
  const custom = await download(page, 'Save the Sigmoid chart as SVG');
  expect(svgContent(custom.text).captionLines.join(' · ')).toBe('custom table · seed 1 · learning rate 1 · iteration 10,000');
  expect(svgContent(custom.text).images).toBe(0);

  // The PNG: twice the chart's size on screen, the caption's band included.
  const box = (await page.locator('[data-panel="weights"] .chart-body').boundingBox())!;
  const png = await download(page, 'Save the Weights chart as PNG');
  const lines = svgContent((await download(page, 'Save the Weights chart as SVG')).text).captionLines.length;
  expect(png.name).toBe('neuron_lab_weights_it10000.png');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16), 'PNG width').toBe(2 * Math.round(box.width));
  // Each caption line 20 px, and 5 px above and below them.
  expect(png.bytes.readUInt32BE(20), 'PNG height').toBe(2 * (Math.round(box.height) + 20 * lines + 10));
});

test('a German caption too long for the chart goes on more lines, broken at " · ", never inside a part', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=10000&lang=de');
  await expectIteration(page, 10000);
  const parts = ['Die Tabelle des Tutorials', 'Startwert 1', 'Lernrate 1', 'Iteration 10.000'];
  await page.getByRole('button', { name: 'Speichern & öffnen' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Diagramm „Gewichte“ als SVG speichern', exact: true }).click();
  const text = readFileSync((await (await downloading).path())!).toString('utf8');
  const lines = svgContent(text).captionLines;
  // 72 characters of 15 px bold type do not fit in the 340 px panel of a 1280 px screen on one line.
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' · ')).toBe(parts.join(' · '));
  for (const line of lines) for (const piece of line.split(' · ')) expect(parts, `"${piece}" is a whole part`).toContain(piece);
});
