import { test } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { markButton, type EngineDriver } from './driver';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

/*
 * `npm run bench:engines`: in Firefox and in WebKitGTK, the worker's iterations per second at full speed and the
 * page's frames per second, with every panel drawn and with the charts hidden (what drawing costs the run).
 * Prints medians of rounds; asserts nothing. The machine is shared: compare figures from one run.
 */

const DIST = process.env.E2E_DIST ?? 'dist';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
/** BENCH_EACH_PANEL=1: also each chart drawn alone, to see which one costs the frames. */
const EACH_PANEL = process.env.BENCH_EACH_PANEL === '1';
const CHARTS = ['weights', 'error', 'sigmoid', 'neuron'];

/** Over `seconds`, in the page: animation frames, and iterations from the readout. */
const MEASURE = (seconds: number) => `new Promise((done) => {
  const read = () => Number(document.querySelector('[data-testid="iteration"]').getAttribute('data-value'));
  let frames = 0;
  const count = () => { frames++; if (!stop) requestAnimationFrame(count); };
  let stop = false;
  const start = performance.now(), from = read();
  requestAnimationFrame(count);
  setTimeout(() => { stop = true; const s = (performance.now() - start) / 1000; done({ fps: frames / s, perSecond: (read() - from) / s }); }, ${seconds * 1000});
})`;

// Run stops at 10,000 by default, within a second here: the bench runs with no stop (stop=none) to measure the pace.
const TUTORIAL = '?v=1&data=011-1,100-0,101-1&seed=1&stop=none';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(driver: EngineDriver, url: string) {
  const rounds: { fps: number; perSecond: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await driver.goto(url);
    while (!(await driver.evaluate<boolean>(markButton('Run')))) await new Promise((r) => setTimeout(r, 200));
    await driver.click('[data-engine-target]');
    await new Promise((r) => setTimeout(r, 1500)); // past the start
    rounds.push(await driver.evaluate(MEASURE(SECONDS)));
  }
  return { fps: median(rounds.map((r) => r.fps)), perSecond: median(rounds.map((r) => r.perSecond)) };
}

for (const [name, launch] of [['Firefox', launchFirefox], ['WebKitGTK', launchWebKit]] as const) {
  test(`pace in ${name}`, async () => {
    test.setTimeout(300_000);
    const server = await startStaticServer({ root: () => DIST });
    const driver = await launch();
    try {
      const line = (what: string, m: { fps: number; perSecond: number }) =>
        `  ${what}: ${(m.perSecond / 1e6).toFixed(2)} M iterations/s in the worker, ${m.fps.toFixed(1)} frames/s on the page`;
      const lines = [line('every panel', await measure(driver, `${server.url}${TUTORIAL}`))];
      // Where the time goes: each chart alone, the others hidden.
      if (EACH_PANEL) {
        for (const chart of CHARTS) {
          const others = CHARTS.filter((other) => other !== chart).join(',');
          lines.push(line(`${chart} alone`, await measure(driver, `${server.url}${TUTORIAL}&hide=${others}`)));
        }
      }
      lines.push(line('charts hidden', await measure(driver, `${server.url}${TUTORIAL}&hide=${CHARTS.join(',')}`)));
      console.log(`${driver.version}, medians of ${ROUNDS} rounds of ${SECONDS} s at full speed:\n${lines.join('\n')}`);
    } finally {
      await driver.close();
      await server.close();
    }
  });
}
