import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { tutorialCheckpoint as numpy } from './fixtures/numpyReference';
import { needPythonWithNumpy } from './fixtures/python';

/*
 * The screen in Spanish, German and French beside English (issue 16). The run never depends on the language: the
 * same link gives NumPy's numbers in every one, written with the language's decimal comma on screen
 * (0.65980921 is NumPy's prediction after 10 iterations, reference/numpy_reference.py) and with the point in links.
 */

const TUTORIAL_AT_10 = '?v=1&data=011-1,100-0,101-1&seed=1&it=10';

test('?lang=de shows German controls, <html lang="de">, and after Step 10 the prediction 0,65980921', async ({ page }) => {
  await page.goto('./?lang=de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Von vorn' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  await page.getByRole('button', { name: '10 Schritte', exact: true }).click();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10');
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy(10).prediction));
  await expect(page.getByTestId('prediction')).toHaveText('0,65980921');
});

test('the picker names each language in itself, switches the screen and <html lang>, and is remembered', async ({ page }) => {
  await page.goto('./');
  const picker = page.getByRole('combobox', { name: 'Language' });
  await expect(picker.locator('option')).toHaveText(['English', 'Deutsch', 'Español', 'Français']);
  await picker.selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Reiniciar' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=es(&|$)/);
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a link made in Spanish, opened with English chosen, shows the same run in English', async ({ page }) => {
  await page.goto(`./${TUTORIAL_AT_10}`);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page).toHaveURL(/lang=es/);
  const spanishLink = page.url();
  await expect(page.getByTestId('prediction')).toHaveText('0,65980921');
  // Someone else, who chose English in their browser, opens it.
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await page.goto(spanishLink);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Reset' })).toBeVisible();
  await expect(page.getByTestId('iteration')).toHaveAttribute('data-value', '10');
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy(10).prediction));
  await expect(page.getByTestId('prediction')).toHaveText('0.65980921');
});

test('typing "0,5" into a cell in German sets 0.5, and the link says 0.5', async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=0&lang=de');
  const cell = page.getByRole('textbox', { name: 'Zeile 1, Eingabe 1' });
  await cell.fill('0,5');
  await cell.press('Tab');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The tutorial's first row, 0 1 1 -> 1, with its first input 0.5: the link writes it with a point.
  await expect(page).toHaveURL(/[?&]data=0\.5_1_1-1,100-0,101-1&/);
  await expect(cell).toHaveValue('0,5');
});

test('the Python script downloaded in German has German comments and prints 0.6598092104791048 with a point', async ({ page }) => {
  await page.goto(`./${TUTORIAL_AT_10}&lang=de`);
  await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy(10).prediction));
  await page.getByRole('button', { name: 'Python', exact: true }).click();
  const python = page.getByRole('region', { name: /Python/ });
  const downloading = page.waitForEvent('download');
  await python.getByRole('button', { name: /Download|Herunterladen/ }).click();
  const script = readFileSync((await (await downloading).path())!, 'utf8');
  expect(script).toContain('# Das Neuron trifft auf eine neue Situation.');
  expect(script).toContain('for iteration in range(10):');
  needPythonWithNumpy();
  const run = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // NumPy's prediction after 10 iterations (reference/numpy_reference.py), printed by Python with its point.
  expect(run.stdout).toMatch(/^Prediction for \[1, 0, 1\]: 0\.6598092104791048$/m);
});

for (const language of ['en', 'es', 'de', 'fr']) {
  test(`axe-core finds no violation in ${language}`, async ({ page }) => {
    await page.goto(`./${TUTORIAL_AT_10}&lang=${language}`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('prediction')).toHaveAttribute('data-value', String(numpy(10).prediction));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
