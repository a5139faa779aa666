// `npm run bench:scrub`: scrubbing the timeline of a ten-million-iteration run in headless Chromium, against the
// production build. A benchmark, not a test: it prints figures and asserts nothing.
//   - the page's animation frames per second while the thumb moves, and the longest gap between two frames, beside
//     the frames per second of the same page idle just before (on a busy machine both drop),
//   - the seeks sent to the worker (at most one per frame is the design) and the iterations shown on the way,
//   - how long after the thumb stops the readouts show its iteration.
// The drag is driven inside the page: input events on the slider, MOVES_PER_FRAME of them per animation frame
// (a fast pointer sends several per frame), for FRAMES frames. Several rounds, medians.
// BENCH_ROUNDS, BENCH_PORT, BENCH_ITERATIONS change the defaults; BENCH_DIST names a production build to use
// instead of building one.
/* global window, document, requestAnimationFrame, Worker, HTMLInputElement, MutationObserver */
import { median, withProductionBuild } from './bench-harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 10_000_000);
const FRAMES = 180;
const MOVES_PER_FRAME = 4;

await withProductionBuild({ defaultOutDir: '.dist-bench-scrub', defaultPort: 4199 }, async (browser, base) => {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seeks = [];
      window.benchSeeks = seeks;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (message, ...rest) {
        if (message && message.type === 'seek') seeks.push(message.iteration);
        return post.call(this, message, ...rest);
      };
    });
    const trainStart = Date.now();
    await page.goto(`${base}?v=1&data=011-1,100-0,101-1&seed=1&it=${ITERATIONS}`);
    // The readout shows a link's iteration at once; the run is there when the charts' history reaches it.
    // A machine slow right now gets asked before a long recomputation: go on (the question is not what is measured).
    void page.getByRole('dialog', { name: /^Go on to iteration/ }).getByRole('button', { name: 'Go on', exact: true }).click({ timeout: 20_000 }).catch(() => undefined);
    await page.locator(`[data-panel="weights"] canvas[data-trained-to="${ITERATIONS}"]`).waitFor({ timeout: 300_000 });
    const trainSeconds = (Date.now() - trainStart) / 1000;

    const result = await page.evaluate(
      async ({ frames, movesPerFrame, end }) => {
        const input = document.querySelector('input.timeline-range');
        const readout = document.querySelector('[data-testid="iteration"]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const shown = new Set();
        const observer = new MutationObserver(() => shown.add(readout.getAttribute('data-value')));
        observer.observe(readout, { attributes: true, attributeFilter: ['data-value'] });
        window.benchSeeks.length = 0;
        const frameTimes = [];
        const nextFrame = () => new Promise((done) => requestAnimationFrame((t) => done(t)));
        // The same number of frames with nothing moving: what this machine gives an idle page right now.
        const idleStart = await nextFrame();
        let idleEnd = idleStart;
        for (let f = 0; f < frames; f++) idleEnd = await nextFrame();
        const idleFps = (frames * 1000) / (idleEnd - idleStart);
        frameTimes.push(await nextFrame());
        // From the end of the run back to near its start, a sweep over the whole slider.
        const total = frames * movesPerFrame;
        let last = end;
        for (let f = 0; f < frames; f++) {
          for (let m = 0; m < movesPerFrame; m++) {
            const step = f * movesPerFrame + m + 1;
            last = Math.round(end - (end * 0.999 * step) / total);
            setValue.call(input, String(last));
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
          frameTimes.push(await nextFrame());
        }
        const stoppedAt = performance.now();
        while (readout.getAttribute('data-value') !== String(last)) await nextFrame();
        const settleMs = performance.now() - stoppedAt;
        observer.disconnect();
        const gaps = frameTimes.slice(1).map((t, i) => t - frameTimes[i]);
        return {
          idleFps,
          fps: (gaps.length * 1000) / (frameTimes.at(-1) - frameTimes[0]),
          longestGapMs: Math.max(...gaps),
          seeks: window.benchSeeks.length,
          shown: shown.size,
          settleMs,
        };
      },
      { frames: FRAMES, movesPerFrame: MOVES_PER_FRAME, end: ITERATIONS },
    );
    rounds.push({ trainSeconds, ...result });
    console.log(
      `round ${round + 1}: trained ${ITERATIONS.toLocaleString('en-US')} in ${trainSeconds.toFixed(1)} s; ` +
        `idle page ${result.idleFps.toFixed(1)} frames/s; drag: ${result.fps.toFixed(1)} frames/s, longest gap ${result.longestGapMs.toFixed(0)} ms, ` +
        `${FRAMES * MOVES_PER_FRAME} moves -> ${result.seeks} seeks, ${result.shown} iterations shown, settled ${result.settleMs.toFixed(0)} ms after the last move`,
    );
    await context.close();
  }
  const pick = (key) => median(rounds.map((r) => r[key]));
  console.log(
    `\nMedian of ${ROUNDS}: idle page ${pick('idleFps').toFixed(1)} frames/s; ${pick('fps').toFixed(1)} frames/s while scrubbing ${ITERATIONS.toLocaleString('en-US')} iterations, ` +
      `longest frame gap ${pick('longestGapMs').toFixed(0)} ms, ${pick('seeks')} seeks for ${FRAMES} frames ` +
      `(${FRAMES * MOVES_PER_FRAME} moves), ${pick('shown')} iterations shown, final position shown ${pick('settleMs').toFixed(0)} ms after the last move.`,
  );
});
