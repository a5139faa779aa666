import { expect, test } from '@playwright/test';
import { createTrainer } from '../../src/core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { TUTORIAL, tutorialCheckpoint } from '../fixtures/numpyReference';
import { markButton, type EngineDriver } from './driver';
import { LAYOUT_PROBLEMS } from './layoutProblems';

/*
 * The lesson's journey in one engine, against the production build served by a plain static server: open;
 * Step 10, to 100, to 10,000 with NumPy's numbers; Run and Pause; the math and Python views; a shared link; a
 * reload with the server gone (the service worker's cache). Numbers are compared to NumPy's to a relative 1e-12
 * (src/core/fixtures/reference.json): an engine's Math.exp may differ from Chromium's in the last bit, and the
 * same weights can then give values an ulp apart. The prediction's 8 digits are the tutorial's own text.
 */

const DIST = process.env.E2E_DIST ?? 'dist';
const PROGRESS = `document.querySelector('[data-testid="lesson-progress"]')?.textContent ?? ''`;
/** The math view as the back row sees it: its columns, its smallest matrix number, whether anything scrolls or is cut. */
const MATH_LAYOUT = `(() => {
  const ledger = document.querySelector('[data-testid="math-ledger"]');
  const lines = [...ledger.querySelectorAll('[role="listitem"]')].filter((l) => l.getBoundingClientRect().width > 0);
  const cells = [...ledger.querySelectorAll('[data-matrix] td')].filter((c) => c.getBoundingClientRect().width > 0);
  const root = document.documentElement;
  return {
    columns: new Set(lines.map((l) => Math.round(l.getBoundingClientRect().left))).size,
    smallest: Math.min(...cells.map((c) => parseFloat(getComputedStyle(c).fontSize))),
    scrolls: root.scrollWidth > innerWidth || root.scrollHeight > innerHeight,
    cut: cells.filter((c) => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > innerWidth).length,
  };
})()`;
const PATIENCE = { timeout: 30_000 };

/**
 * A readout's data-value, or null while there is none. Polled right after opening a link, a script can run while
 * the new page loads, and WebKitWebDriver then answers "Could not parse script result": that is "not yet", so the
 * poll asks again; any other error still fails the test.
 */
const dataValue = async (driver: EngineDriver, testId: string) => {
  try {
    return await driver.evaluate<string | null>(`document.querySelector('[data-testid="${testId}"]')?.getAttribute('data-value') ?? null`);
  } catch (error) {
    if (error instanceof Error && /Could not parse script result/.test(error.message)) return null;
    throw error;
  }
};

async function press(driver: EngineDriver, name: string) {
  await expect.poll(() => driver.evaluate<boolean>(markButton(name)), { message: `a visible, enabled "${name}" button`, ...PATIENCE }).toBe(true);
  await driver.click('[data-engine-target]');
}

/**
 * Picks a "Stop at" choice as its list does: the field's value set and one input event with no inputType (what a
 * datalist pick sends), since the drivers here click but do not type.
 */
async function chooseStopAt(driver: EngineDriver, choice: string) {
  await driver.evaluate(`(() => {
    const field = [...document.querySelectorAll('input')].find((i) => i.labels?.[0]?.textContent?.trim() === 'Stop at');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(field, ${JSON.stringify(choice)});
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.blur();
    return true;
  })()`);
  await expect.poll(() => driver.evaluate<string>(`document.activeElement?.tagName ?? ''`), PATIENCE).not.toBe('INPUT');
}

/**
 * Opens `url` once the page has stopped writing its address bar (it writes it a moment after each change), as a
 * person who opens a link after looking would. One clean CI run saw Firefox abort this navigation
 * (NS_BINDING_ABORTED) right after the Copy link fallback; a loop of replaceState during a navigation does not
 * reproduce it here, so the cause is not known: see the closing note of issue 17.
 */
async function leaveWhenAddressSettled(driver: EngineDriver, url: string) {
  let last = '';
  await expect
    .poll(async () => {
      const now = await driver.evaluate<string>('location.href');
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [700], ...PATIENCE })
    .toBe(true);
  await driver.goto(url);
}

async function expectIteration(driver: EngineDriver, iteration: number) {
  await expect.poll(() => dataValue(driver, 'iteration'), { message: `iteration ${iteration}`, ...PATIENCE }).toBe(String(iteration));
}

function expectClose(actual: string | null, expected: number, what: string) {
  expect(actual, what).not.toBeNull();
  expect(Math.abs(Number(actual) - expected), `${what}: ${actual} against ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
}

/** Waits until the prediction shown is `expected` (to a relative 1e-12): the first frame may still be on its way. */
async function expectPrediction(driver: EngineDriver, expected: number) {
  await expect
    .poll(async () => Math.abs(Number((await dataValue(driver, 'prediction')) || Number.NaN) - expected) <= Math.abs(expected) * 1e-12, {
      message: `the prediction ${expected}`,
      ...PATIENCE,
    })
    .toBe(true);
}

/** The prediction and weights on screen are NumPy's at `iteration`; the prediction reads `printed` to 8 decimals. */
async function expectNumPyAt(driver: EngineDriver, iteration: number, printed: string) {
  await expectIteration(driver, iteration);
  const numpy = tutorialCheckpoint(iteration);
  await expectPrediction(driver, numpy.prediction);
  const prediction = await dataValue(driver, 'prediction');
  expectClose(prediction, numpy.prediction, `prediction at ${iteration}`);
  expect(Number(prediction).toFixed(8), 'the tutorial prints this prediction').toBe(printed);
  for (const [j, weight] of numpy.weights.entries()) expectClose(await dataValue(driver, `weight-${j + 1}`), weight, `w${j + 1} at ${iteration}`);
}

/** Waits until the run has paused (Run is back) and the readouts stop changing: its last frame is on screen. */
async function settledIteration(driver: EngineDriver): Promise<number> {
  await expect.poll(() => driver.evaluate<boolean>(markButton('Run')), { message: 'the Run button is back', ...PATIENCE }).toBe(true);
  const readouts = async () =>
    JSON.stringify(await Promise.all(['iteration', 'weight-1', 'weight-2', 'weight-3', 'prediction'].map((id) => dataValue(driver, id))));
  let last = '';
  await expect
    .poll(async () => {
      const now = await readouts();
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [300], ...PATIENCE })
    .toBe(true);
  return Number((JSON.parse(last) as string[])[0]);
}

export async function lessonJourney(launch: () => Promise<EngineDriver>, shots: (name: string) => string) {
  const server = await startStaticServer({ root: () => DIST });
  const driver = await launch();
  test.info().annotations.push({ type: 'engine', description: driver.version });
  try {
    await test.step('open: the tutorial at iteration 0', async () => {
      await driver.goto(server.url);
      await expectIteration(driver, 0);
      await expectPrediction(driver, tutorialCheckpoint(0).prediction);
    });

    await test.step("Step 10, then to 100, then to 10,000: NumPy's numbers", async () => {
      await press(driver, 'Step 10');
      await expectNumPyAt(driver, 10, '0.65980921');
      for (let it = 20; it <= 100; it += 10) {
        await press(driver, 'Step 10');
        await expectIteration(driver, it);
      }
      await expectNumPyAt(driver, 100, '0.87680541');
      await press(driver, 'Reset');
      await expectIteration(driver, 0);
      for (let it = 1000; it <= 10_000; it += 1000) {
        await press(driver, 'Step 1000');
        await expectIteration(driver, it);
      }
      await expectNumPyAt(driver, 10_000, '0.98977040');
      await driver.screenshot(shots('at-10000'));
    });

    await test.step("Run, then Pause: the paused weights are the core's at that iteration", async () => {
      // Run stops at the next stop on its own (100,000 from here, within a second): this run goes on until paused.
      await chooseStopAt(driver, 'no limit');
      await press(driver, 'Run');
      await expect.poll(async () => Number(await dataValue(driver, 'iteration')), PATIENCE).toBeGreaterThan(10_000);
      await press(driver, 'Pause');
      // The paused screen shows the core's exact weights and prediction of the iteration it names. On a loaded
      // machine the worker's last frame can come more than the settling check's 300 ms after Pause (WebKit under
      // Xvfb once showed its weights a frame ahead of a counter that looked settled), so this waits until the
      // screen agrees with itself, and fails if it never does.
      let paused = 0;
      let disagreement = '';
      await expect
        .poll(async () => {
          paused = await settledIteration(driver);
          const trainer = createTrainer({ inputs: TUTORIAL.inputs, targets: TUTORIAL.targets, seed: 1, learningRate: 1 });
          trainer.step(paused);
          const expected = [...trainer.weights, trainer.predict(TUTORIAL.testInput)];
          const shown = await Promise.all(['weight-1', 'weight-2', 'weight-3', 'prediction'].map((id) => dataValue(driver, id)));
          const off = shown.findIndex((value, k) => !(Math.abs(Number(value) - expected[k]!) <= Math.abs(expected[k]!) * 1e-12));
          disagreement = off < 0 ? '' : `${['w1', 'w2', 'w3', 'prediction'][off]} at ${paused}: ${shown[off]} against ${expected[off]}`;
          return disagreement;
        }, { message: 'the paused screen shows the exact numbers of its iteration', timeout: 60_000, intervals: [500] })
        .toBe('');
      expect(paused).toBeGreaterThan(10_000);
      await driver.screenshot(shots('paused'));
      // Long numbers and a long axis: no title cut, no table number clipped or run into the next, no ticks crowded.
      expect(await driver.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);
    });

    await test.step('the math view: the step just taken, into the iteration shown', async () => {
      await press(driver, 'Show the math');
      const shown = await settledIteration(driver);
      await expect
        .poll(() => driver.evaluate<string | null>(`document.querySelector('[data-testid="ledger-iteration"]')?.textContent ?? null`), PATIENCE)
        .toBe(`iteration ${(shown - 1).toLocaleString('en-US')} → ${shown.toLocaleString('en-US')}`);
      await driver.screenshot(shots('math'));
      await press(driver, 'Lab');
    });

    await test.step('the Python view: the script of this run', async () => {
      await press(driver, 'Reset');
      await expectIteration(driver, 0);
      await press(driver, 'Step 100');
      await expectIteration(driver, 100);
      await press(driver, 'Python');
      await expect
        .poll(() => driver.evaluate<string>(`document.querySelector('[data-testid="python-script"]')?.textContent ?? ''`), PATIENCE)
        .toContain('for iteration in range(100):');
      await press(driver, 'Lab');
    });

    await test.step("the guided lesson: a guess locked in, then Reveal trains to NumPy's 0.65980921", async () => {
      await press(driver, 'Lesson');
      // Card 1 asks which input the target copies: a real click on a choice.
      await expect.poll(() => driver.evaluate<string>(PROGRESS), PATIENCE).toBe('1 of 16');
      await driver.evaluate(`(() => {
        document.querySelectorAll('[data-engine-target]').forEach((n) => n.removeAttribute('data-engine-target'));
        [...document.querySelectorAll('#lesson-panel label')].find((l) => l.textContent.trim() === 'Input 3').querySelector('input').setAttribute('data-engine-target', '');
        return null;
      })()`);
      await driver.click('[data-engine-target]');
      await press(driver, 'Lock in my guess');
      await press(driver, 'Reveal');
      for (let card = 2; card <= 9; card++) {
        await press(driver, 'Next');
        await expect.poll(() => driver.evaluate<string>(PROGRESS), PATIENCE).toBe(`${card} of 16`);
      }
      await expectIteration(driver, 0);
      // The guess typed as a field's input event (the drivers click but do not type).
      await driver.evaluate(`(() => {
        const field = [...document.querySelectorAll('#lesson-panel label')].find((l) => l.textContent.trim().startsWith('Your prediction')).querySelector('input');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(field, '0.7');
        field.dispatchEvent(new Event('input', { bubbles: true }));
        return null;
      })()`);
      await press(driver, 'Lock in my guess');
      await press(driver, 'Reveal');
      await expectNumPyAt(driver, 10, '0.65980921');
      await expect
        .poll(() => driver.evaluate<string>(`document.querySelector('[data-testid="lesson-reveal"]')?.textContent ?? ''`), PATIENCE)
        .toContain('The neuron says 0.65980921 after 10 iterations.');
      await driver.screenshot(shots('lesson'));
      await press(driver, 'Close the lesson');
    });

    await test.step("presenter mode's math view: two columns, numbers at 24 px or more, nothing to scroll", async () => {
      await leaveWhenAddressSettled(driver, `${server.url}?v=1&data=011-1,100-0,101-1&seed=1&it=100&presenter=1`);
      await expectIteration(driver, 100);
      await press(driver, 'Show the math');
      await expect.poll(() => driver.evaluate<string | null>(`document.querySelector('[data-testid="ledger-iteration"]')?.textContent ?? null`), PATIENCE).toBe('iteration 99 → 100');
      await expect.poll(() => driver.evaluate<boolean>(`document.querySelector('[data-testid="math-ledger"] math') !== null`), PATIENCE).toBe(true);
      const math = await driver.evaluate<{ columns: number; smallest: number; scrolls: boolean; cut: number }>(MATH_LAYOUT);
      expect(math).toEqual({ columns: 2, smallest: math.smallest, scrolls: false, cut: 0 });
      expect(math.smallest).toBeGreaterThanOrEqual(24);
      await driver.screenshot(shots('presenter-math'));
      await press(driver, 'Lab');
    });

    await test.step('a phone at 390x844: nothing pans sideways, in the lab and the math view', async () => {
      // A phone-sized frame of the app in a page of the same origin (the server's "Not found" page): WebKitGTK's
      // window will not shrink to 390 px, and a frame's media queries and widths are the frame's own.
      await leaveWhenAddressSettled(driver, `${server.url}phone-frame-host`);
      await driver.evaluate(`(() => {
        document.body.innerHTML = '';
        document.body.style.margin = '0';
        const frame = document.createElement('iframe');
        frame.src = '/?v=1&data=011-1,100-0,101-1&seed=1&it=100';
        frame.width = '390';
        frame.height = '844';
        frame.style.border = '0';
        document.body.append(frame);
        return null;
      })()`);
      const inPhone = <T>(body: string) => driver.evaluate<T>(`((document) => (${body}))(document.querySelector('iframe').contentDocument)`);
      await expect.poll(() => inPhone<string | null>(`document.querySelector('[data-testid="iteration"]')?.getAttribute('data-value') ?? null`), PATIENCE).toBe('100');
      await expect.poll(() => inPhone<string | null>(`document.querySelector('[data-testid="prediction"]')?.textContent ?? null`), PATIENCE).toBe('0.87680541');
      const sideways = `(() => { const root = document.documentElement; return { width: root.clientWidth, reach: root.scrollWidth }; })()`;
      const lab = await inPhone<{ width: number; reach: number }>(sideways);
      expect(lab.width).toBeGreaterThan(360);
      expect(lab.reach, 'the lab reaches no further than the phone is wide').toBeLessThanOrEqual(lab.width);
      await driver.screenshot(shots('phone'));
      await inPhone(`([...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Show the math').click(), null)`);
      await expect.poll(() => inPhone<boolean>(`document.querySelector('[data-testid="math-ledger"] math') !== null`), PATIENCE).toBe(true);
      const math = await inPhone<{ width: number; reach: number }>(sideways);
      expect(math.reach, 'the math view reaches no further than the phone is wide').toBeLessThanOrEqual(math.width);
      await driver.screenshot(shots('phone-math'));
      // Back to the app itself, at iteration 100, where the next step starts.
      await driver.goto(`${server.url}?v=1&data=011-1,100-0,101-1&seed=1&it=100`);
      await expectIteration(driver, 100);
    });

    await test.step('a shared link, copied by hand where the clipboard is refused, opens on the same numbers', async () => {
      // A school's plain-http page: no clipboard API, and the older copy command refused.
      await driver.evaluate(`(Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }), document.execCommand = () => false, null)`);
      await press(driver, 'Copy link');
      await expect.poll(() => driver.evaluate<string>(`document.querySelector('.copy-fallback-field')?.value ?? ''`), PATIENCE).toContain('it=100');
      const link = await driver.evaluate<string>(`document.querySelector('.copy-fallback-field').value`);
      await leaveWhenAddressSettled(driver, link.replace('it=100', 'it=10000'));
      await expectNumPyAt(driver, 10_000, '0.98977040');
      // Seven digits of iterations stay inside the counter's box, clear of the step buttons (WebKit's grid once
      // kept the width of "0" and ran them over the divider onto "Step 1").
      const far = 2_500_000;
      await leaveWhenAddressSettled(driver, link.replace('it=100', `it=${far}`));
      await expectIteration(driver, far);
      const trainer = createTrainer({ inputs: TUTORIAL.inputs, targets: TUTORIAL.targets, seed: 1, learningRate: 1 });
      trainer.step(far);
      // An engine slow right now (WebKit under Xvfb, a loaded machine) is asked before a recomputation of more
      // than about 10 s: go on, as a teacher would; long-link.spec pins the question itself.
      await expect
        .poll(async () => {
          if (await driver.evaluate<boolean>(markButton('Go on'))) await driver.click('[data-engine-target]');
          return Math.abs(Number((await dataValue(driver, 'prediction')) || Number.NaN) - trainer.predict(TUTORIAL.testInput));
        }, { message: 'the prediction at 2,500,000', timeout: 120_000, intervals: [500, 1000] })
        .toBeLessThanOrEqual(Math.abs(trainer.predict(TUTORIAL.testInput)) * 1e-12);
      await expectPrediction(driver, trainer.predict(TUTORIAL.testInput));
      const [counter, box] = await driver.evaluate<[DOMRect, DOMRect]>(
        `((n) => { const text = document.createRange(); text.selectNodeContents(n); return [text.getBoundingClientRect().toJSON(), n.parentElement.getBoundingClientRect().toJSON()]; })(document.querySelector('[data-testid="iteration"]'))`,
      );
      expect(counter.right, 'the iteration\'s digits end inside the counter\'s box').toBeLessThanOrEqual(box.right);
      expect(await driver.evaluate<string[]>(LAYOUT_PROBLEMS)).toEqual([]);
      await driver.screenshot(shots('shared-link'));
    });

    await test.step('offline: the app reloads from the service worker with the server gone', async () => {
      await expect.poll(() => driver.evaluate<boolean>('navigator.serviceWorker.controller !== null'), PATIENCE).toBe(true);
      await server.close();
      await driver.reload();
      await press(driver, 'Reset');
      await expectIteration(driver, 0);
      await press(driver, 'Step 10');
      await expectNumPyAt(driver, 10, '0.65980921');
    });
  } finally {
    await driver.close();
    await server.close();
  }
}
