import { expect, test } from '@playwright/test';

/*
 * Presenter mode with a lesson card open, in each language, at 1280x720: the three columns (the table, the chart
 * the card talks about, the card) share the width, and what the back row reads stays whole. Before: the table's
 * outputs and errors broke over two lines ("0.3637505" over "8"), German, Spanish and French test-input labels
 * ran into each other, and Back / Next were cut in German, Spanish and French.
 */

const LESSON = { en: 'Lesson', es: 'Lección', de: 'Lektion', fr: 'Leçon' } as const;

for (const [lang, lessonName] of Object.entries(LESSON)) {
  test(`presenter mode beside a lesson card keeps the numbers, labels and buttons whole (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./?v=1&data=011-1,100-0,101-1&seed=1&it=0&presenter=1&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.locator('.lesson-tools').getByRole('button', { name: lessonName, exact: true }).click();
    await expect(page.locator('.lesson-panel')).toBeVisible();
    // Card 1 shows the table beside the card: every output and error on one line.
    await expect(page.locator('.training-table td.live output')).toHaveCount(6);
    const found = await page.evaluate(() => {
      const problems: string[] = [];
      const lines = (e: Element) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      for (const output of document.querySelectorAll('.training-table td.live output')) {
        if (lines(output) > 1) problems.push(`"${output.textContent}" breaks over ${lines(output)} lines`);
      }
      // The test inputs' labels: no two boxes of text overlap.
      const labels = [...document.querySelectorAll('.new-situation .test-input label')].map((l) => {
        const range = document.createRange();
        range.selectNodeContents(l);
        return { text: l.textContent ?? '', box: range.getBoundingClientRect() };
      });
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i]!.box, labels[j]!.box];
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            problems.push(`labels "${labels[i]!.text}" and "${labels[j]!.text}" overlap`);
        }
      // The card's buttons show their whole word, inside the card.
      const card = document.querySelector('.lesson-panel')!.getBoundingClientRect();
      for (const button of document.querySelectorAll('.lesson-nav button')) {
        const box = button.getBoundingClientRect();
        if (button.scrollWidth > button.clientWidth + 1) problems.push(`"${button.textContent}" is cut (${button.scrollWidth} of ${button.clientWidth} px)`);
        if (box.right > card.right + 0.5 || box.left < card.left - 0.5) problems.push(`"${button.textContent}" sticks out of the card`);
      }
      // The table and the New situation in their column, nothing scrolled out of sight.
      const side = document.querySelector('.side')!;
      if (side.scrollHeight > side.clientHeight + 1) problems.push(`the table's column scrolls (${side.scrollHeight} of ${side.clientHeight} px)`);
      return problems;
    });
    expect(found).toEqual([]);
    // And the page itself does not scroll.
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([1280, 720]);
  });
}

test('presenter mode: the step-by-hand card, which puts the table away, gives its room to the neuron diagram (whole) and the card', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&it=0&presenter=1');
  await page.locator('.lesson-tools').getByRole('button', { name: 'Lesson', exact: true }).click();
  const lesson = page.getByRole('complementary', { name: /Lesson/ });
  for (let card = 1; card < 7; card++) await lesson.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('lesson-progress')).toHaveText('7 of 16');
  await expect(page.locator('.table-panel')).toHaveCount(0);
  const neuron = page.locator('[data-panel="neuron"]');
  await expect(neuron).toBeVisible();
  // Every painted part of the diagram (inputs, weights, the sum, the output's arrow) inside its panel: at 316 px
  // the sum's circle and arrow were cut off at the panel's edge.
  const outside = await neuron.evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    return [...panel.querySelectorAll('svg circle, svg path, svg text, svg rect')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
      .map(({ e, r }) => `${e.tagName} ${Math.round(r.left)}-${Math.round(r.right)} of ${Math.round(box.left)}-${Math.round(box.right)}`);
  });
  expect(outside).toEqual([]);
  const [chart, card] = [(await neuron.boundingBox())!, (await lesson.boundingBox())!];
  expect(chart.x + chart.width).toBeLessThanOrEqual(card.x);
  expect(card.width).toBeGreaterThan(400);
});
