import { expect, test, type Page } from '@playwright/test';

/*
 * While two runs are compared, a run writes only what somebody can read: run B's numbers follow run A's clock, so
 * during A's run they are a run's numbers too. Run B's table folded away is not written at all, and the Compare
 * table's numbers carry no tooltip (every digit) while they change 8 times a second; Pause writes them all, and
 * then each holds its run's exact number.
 */

const attr = (page: Page, testId: string, name: string) => page.getByTestId(testId).getAttribute(name);

test("during a run, run B's folded table is left alone and the Compare table writes no tooltips; Pause writes them exact", async ({ page }) => {
  await page.goto('./?v=1&data=011-1,100-0,101-1&seed=1&stop=none&lr.b=0.1');
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', '0');
  // Run B's table is in the page, folded under "Edit run B's table".
  await expect(page.getByText("Edit run B's table")).toBeVisible();
  await expect(page.getByTestId('output-1-run-b')).toBeHidden();
  const atZero = await attr(page, 'output-1-run-b', 'data-value');
  expect(Number(atZero)).toBeGreaterThan(0);
  await expect(page.getByTestId('compare-diff-prediction')).toHaveAttribute('title', /\d/);

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // Well into the run: both runs past 100,000 iterations.
  await expect.poll(async () => Number(await attr(page, 'compare-b-iteration', 'data-value')), { timeout: 30_000 }).toBeGreaterThan(100_000);
  expect(await attr(page, 'output-1-run-b', 'data-value')).toBe(atZero);
  for (const id of ['compare-a-prediction', 'compare-b-prediction', 'compare-diff-prediction', 'compare-diff-output-1', 'compare-b-mse']) {
    expect(await attr(page, id, 'title'), id).toBeNull();
  }

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const iteration = await attr(page, 'iteration', 'data-value');
  await expect(page.getByTestId('compare-b-iteration')).toHaveAttribute('data-value', iteration!);
  // Run B's folded table holds B's exact numbers at the iteration shown, as the Compare table says them.
  const outputB = await attr(page, 'compare-b-output-1', 'data-value');
  expect(Number(outputB)).not.toBe(Number(atZero));
  await expect(page.getByTestId('output-1-run-b')).toHaveAttribute('data-value', outputB!);
  // Every digit in the tooltips again: B - A is B's number less A's, exactly.
  const a = Number(await attr(page, 'compare-a-prediction', 'data-value'));
  const b = Number(await attr(page, 'compare-b-prediction', 'data-value'));
  await expect(page.getByTestId('compare-diff-prediction')).toHaveAttribute('data-value', String(b - a));
  await expect(page.getByTestId('compare-diff-prediction')).toHaveAttribute('title', String(b - a));
  await expect(page.getByTestId('compare-b-prediction')).toHaveAttribute('title', String(b));
});
