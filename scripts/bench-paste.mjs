// `npm run bench:paste`: a 1,000,000-character paste into a table cell, in headless Chromium against the production
// build. A benchmark, not a test: it prints figures and asserts nothing (the e2e test asserts what the paste
// leaves on screen). For each round:
//   - key to screen: from the Ctrl+V keydown to the second animation frame after it (the paste handled and drawn),
//   - main-thread long tasks (over 50 ms) in the 2 s after the keypress, summed,
//   - the longest message on the page afterwards, in characters.
// BENCH_ROUNDS, BENCH_PORT, BENCH_CHARS change the defaults; BENCH_DIST names a production build to use instead of
// building one (so a build of an older commit can be measured the same way, side by side).
/* global window, document, requestAnimationFrame */
import { median, withProductionBuild } from './bench-harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CHARS = Number(process.env.BENCH_CHARS ?? 1_000_000);

await withProductionBuild({ defaultOutDir: '.dist-bench-paste', defaultPort: 4198 }, async (browser, base) => {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(base);
    await page.getByTestId('iteration').first().waitFor();
    await page.evaluate((chars) => navigator.clipboard.writeText('7'.repeat(chars)), CHARS);
    await page.evaluate(() => {
      const state = { longTasks: 0, keyToScreen: null };
      window.benchPaste = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longTasks += entry.duration;
      }).observe({ type: 'longtask' });
      window.addEventListener(
        'keydown',
        (event) => {
          if (event.key !== 'v') return;
          const start = event.timeStamp;
          requestAnimationFrame(() => requestAnimationFrame(() => (state.keyToScreen = performance.now() - start)));
        },
        { capture: true },
      );
    });
    const cell = page.getByLabel('Row 2, Input 1');
    await cell.click();
    await cell.press('ControlOrMeta+a');
    await cell.press('ControlOrMeta+v');
    await page.waitForFunction(() => window.benchPaste.keyToScreen !== null, null, { timeout: 60_000 });
    await page.waitForTimeout(2000);
    const result = await page.evaluate(() => ({
      ...window.benchPaste,
      longestMessage: Math.max(0, ...[...document.querySelectorAll('.notice, [role="alert"], .problems li')].map((el) => el.textContent.length)),
      cellLength: document.querySelector('[aria-label="Row 2, Input 1"]').value.length,
    }));
    rounds.push(result);
    console.log(
      `round ${round + 1}: key to screen ${result.keyToScreen.toFixed(0)} ms, long tasks ${result.longTasks.toFixed(0)} ms, longest message ${result.longestMessage} characters, cell holds ${result.cellLength}`,
    );
    await context.close();
  }
  console.log(`\n${CHARS.toLocaleString('en-US')}-character paste into a cell, median of ${ROUNDS} rounds (a shared machine: compare runs side by side):`);
  console.log(`  key to screen        ${median(rounds.map((r) => r.keyToScreen)).toFixed(0)} ms`);
  console.log(`  long tasks (> 50 ms) ${median(rounds.map((r) => r.longTasks)).toFixed(0)} ms`);
  console.log(`  longest message      ${median(rounds.map((r) => r.longestMessage))} characters`);
});
