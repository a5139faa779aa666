import { expect, test, type Page } from '@playwright/test';
import { closeTo, compareFixture, compareWith } from './fixtures/compareRuns';
import { overlaps, svgTextBoxes } from './fixtures/textBoxes';

/*
 * The neuron panel while comparing draws both runs: each label's second line is run B's weight (NumPy's, from
 * e2e/fixtures/make-compare-fixture.py), a dotted wire of B's beside A's, and the sum and output for A and B. At
 * each screen size every text and label stays inside the drawing and no two texts overlap (at 1280x720 "z =" was
 * half cut off the top while comparing, and in presenter mode w2's change covered w3's).
 */

/** The screen writes 8 significant digits, as the tutorial prints them. */
const shown = (value: number) => String(Number(value.toPrecision(8)));

async function dataValue(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).getAttribute('data-value')) || 'NaN');
}

for (const [name, size, presenter] of [
  ['1280x720', { width: 1280, height: 720 }, false],
  ['presenter 1280x720', { width: 1280, height: 720 }, true],
  ['768x1024', { width: 768, height: 1024 }, false],
  ['390x844', { width: 390, height: 844 }, false],
] as const) {
  test(`at ${name}, comparing, the neuron shows A's and B's weights and output as NumPy computes them, every text inside the drawing and none over another`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await compareWith(page, 'Learning rate, run B', '0.1');
    if (presenter) {
      await page.getByRole('button', { name: 'Presenter mode' }).click();
      await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
    }
    for (const iteration of [10, 10000] as const) {
      const count = iteration === 10 ? 'Step 10' : 'Step 1000';
      // 10, then 10,000: one Step 10, then Go to iteration (the longest numbers the run shows come late).
      if (iteration === 10) await page.getByRole('button', { name: count, exact: true }).click();
      else {
        const field = page.getByRole('textbox', { name: 'Go to iteration' });
        await field.fill('10000');
        await field.press('Enter');
      }
      await expect(page.getByTestId('iteration').first()).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
      await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', String(iteration), { timeout: 30_000 });
      const key = String(iteration) as '10' | '10000';
      const a = compareFixture.tutorial;
      const b = compareFixture['rate-0.1'];
      for (let j = 1; j <= 3; j++) {
        await expect.poll(async () => closeTo(await dataValue(page, `weight-b-${j}`), b.weights[key][j - 1]!), { timeout: 30_000 }).toBe(true);
        // The counter shows the iteration asked for at once; A's worker may get there after B's: wait for A's too.
        await expect.poll(async () => closeTo(await dataValue(page, `weight-${j}`), a.weights[key][j - 1]!), { message: `A's w${j}`, timeout: 30_000 }).toBe(true);
        await expect(page.getByTestId(`weight-b-${j}`)).toHaveText(shown(b.weights[key][j - 1]!));
        await expect(page.getByTestId(`neuron-wire-b-${j}`)).toBeVisible();
      }
      await expect(page.getByTestId('neuron-output-a')).toHaveText(shown(a.predictions[key]));
      await expect(page.getByTestId('neuron-output-b')).toHaveText(shown(b.predictions[key]));

      const chart = page.locator('[data-panel="neuron"] .chart-body');
      const svg = (await chart.locator('svg[role="group"]').boundingBox())!;
      const texts = await svgTextBoxes(chart);
      expect(texts.length, 'texts drawn').toBeGreaterThanOrEqual(12);
      const outside = texts.filter((box) => box.x < svg.x - 0.5 || box.y < svg.y - 0.5 || box.x + box.width > svg.x + svg.width + 0.5 || box.y + box.height > svg.y + svg.height + 0.5);
      expect(outside.map((box) => box.text), `texts outside the drawing at ${iteration}`).toEqual([]);
      expect(overlaps(texts), `texts over each other at ${iteration}`).toEqual([]);
      for (let j = 1; j <= 3; j++) {
        const label = (await page.getByTestId(`weight-box-${j}`).boundingBox())!;
        expect(label.y, `w${j}'s label inside the drawing`).toBeGreaterThanOrEqual(svg.y - 0.5);
        expect(label.y + label.height, `w${j}'s label inside the drawing`).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
        expect(label.x + label.width, `w${j}'s label inside the drawing`).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      }
    }
  });
}
