import { describe, expect, it } from 'vitest';
import reference from '../core/fixtures/reference.json';
import { createTrainer } from '../core/trainer';
import { createLabStore } from '../state';
import { MAX_SPEED, type ToWorker } from '../worker/protocol';
import { createEngine, MAX_RESTARTS, NO_ANSWER_MS, PING_AFTER_MS } from './engine';
import { FakePage, QueuedWorker, SessionWorker } from './testing/fakeWorkers';
import { faultText } from '../text/faultText';
import { plainMessage } from '../text/userText';
import type { Fault } from '../worker/faults';

/** A fault as the page says it in English, without the isolate marks around the browser's own words. */
const said = (fault: Fault | null) => (fault === null ? null : plainMessage(faultText(fault)));

// Expected numbers come from NumPy (src/core/fixtures) or from a plain trainer stepped from the start.

const tutorial = reference.cases['seed-tutorial'];
const checkpoint = (iterations: number) => tutorial.checkpoints.find((cp) => cp.iterations === iterations)!;
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function weightsAfter(k: number, options: { learningRate?: number; inputs?: number[][]; targets?: number[] } = {}): number[] {
  const t = createTrainer({ inputs: options.inputs ?? tutorial.inputs, targets: options.inputs ? options.targets! : tutorial.targets, seed: 1, learningRate: options.learningRate ?? 1 });
  t.step(k);
  return Array.from(t.weights);
}

function setup(makeWorker?: () => QueuedWorker) {
  const store = createLabStore();
  const page = new FakePage(makeWorker);
  const engine = createEngine(store, page.host);
  return { store, page, engine, lab: () => store.getState() };
}

const types = (messages: ToWorker[]) => messages.map((m) => m.type);

describe('createEngine(store)', () => {
  it("starts a worker with the store's table and settings and puts its frames into the store", () => {
    const { page, lab } = setup();
    expect(page.worker.received).toEqual([
      { type: 'setSeries', request: { scale: 'linear', points: 200 } },
      {
        type: 'load',
        setup: { inputs: tutorial.inputs, targets: tutorial.targets, seed: 1, learningRate: 1, testInput: tutorial.test },
        iteration: 0,
        running: false,
        speed: MAX_SPEED,
      },
    ]);
    expect(lab().engine).not.toBeNull();
    page.play(32);
    expect(lab().frame).not.toBeNull();
    expect(lab().iteration).toBe(0);
    expect(Array.from(lab().frame!.weights)).toEqual(tutorial.initialWeights);
  });

  it("starts at the iteration a link put in the store before it, reaching NumPy's weights at 10,000", () => {
    const store = createLabStore();
    store.getState().goTo(10_000);
    const page = new FakePage();
    createEngine(store, page.host);
    expect(page.worker.received[1]).toMatchObject({ type: 'load', iteration: 10_000 });
    page.play(500);
    expect(store.getState().iteration).toBe(10_000);
    expect(Array.from(store.getState().frame!.weights)).toEqual(checkpoint(10_000).weights);
  });

  it("goTo(k) sends the run to k, training up to it: NumPy's weights at 1,000", () => {
    const { page, lab } = setup();
    page.play(32);
    lab().goTo(1000);
    expect(lab().iteration).toBe(1000);
    page.play(200);
    expect(lab().iteration).toBe(1000);
    expect(lab().trainedTo).toBe(1000);
    expect(Array.from(lab().frame!.weights)).toEqual(checkpoint(1000).weights);
  });

  it('sends the store actions to the worker: step, run, pause, seek, reset, speed', () => {
    const { page, lab } = setup();
    lab().setStopAt(null); // a run with no limit
    page.play(32);
    lab().step(10);
    page.play(32);
    expect(Array.from(lab().frame!.weights)).toEqual(checkpoint(10).weights);
    lab().run();
    page.play(200);
    expect(lab().running).toBe(true);
    lab().pause();
    page.play(32);
    expect(lab().running).toBe(false);
    const stopped = lab().iteration;
    expect(stopped).toBeGreaterThan(10);
    expect(Array.from(lab().frame!.weights)).toEqual(weightsAfter(stopped));
    lab().seek(100);
    page.play(32);
    expect(lab().iteration).toBe(100);
    expect(lab().trainedTo).toBe(stopped);
    lab().setSpeed(5);
    lab().reset();
    page.play(32);
    expect(lab().iteration).toBe(0);
    expect(lab().trainedTo).toBe(0);
    expect(types(page.worker.received).filter((t) => t !== 'frameDrawn' && t !== 'ping')).toEqual(['setSeries', 'load', 'step', 'run', 'pause', 'seek', 'setSpeed', 'reset']);
  });

  it('draws at most one frame per animation frame, and the worker sends the next only after it is drawn', () => {
    const { page, lab } = setup();
    lab().setStopAt(null); // a run with no limit
    page.play(32);
    lab().run();
    page.play(100);
    // Many frames of time pass, but the page never gets to draw: one frame waits, no more are sent.
    page.play(160, { draw: false });
    const acks = () => types(page.worker.received).filter((t) => t === 'frameDrawn').length;
    const acksBefore = acks();
    page.play(160, { draw: false });
    expect(acks()).toBe(acksBefore);
    const shown = lab().iteration;
    expect(page.drawFrames()).toBe(1);
    expect(lab().iteration).toBeGreaterThan(shown);
    expect(acks()).toBe(acksBefore + 1);
  });

  it('an edit while running keeps what was learned: a new segment from the iteration shown, and it keeps running', async () => {
    const { page, lab } = setup();
    lab().setStopAt(null); // a run with no limit
    page.play(32);
    lab().run();
    page.play(100);
    const at = lab().iteration;
    expect(at).toBeGreaterThan(0);
    lab().setLearningRate(0.5);
    lab().setSeed(1); // no change: still one load
    await microtasks();
    const loads = page.worker.received.filter((m) => m.type === 'load');
    expect(loads.at(-1)).toMatchObject({ iteration: null, running: null, setup: { learningRate: 1, later: [{ from: at, learningRate: 0.5 }] } });
    expect(loads.length).toBe(2);
    page.play(100);
    expect(lab().running).toBe(true);
    lab().pause();
    page.play(32);
    // The plain trainer's run: `at` iterations at rate 1, then rate 0.5 with those weights.
    const second = createTrainer({ inputs: tutorial.inputs, targets: tutorial.targets, seed: 1, learningRate: 0.5 });
    second.restore(at, weightsAfter(at));
    second.step(lab().iteration - at);
    expect(Array.from(lab().frame!.weights)).toEqual(Array.from(second.weights));
  });

  it('an edit made just before a command reaches the worker first', async () => {
    const { page, lab } = setup();
    page.play(32);
    lab().setCell(0, 0, '0.5');
    lab().step(1);
    expect(types(page.worker.received).slice(-2)).toEqual(['load', 'step']);
    await microtasks();
    expect(types(page.worker.received).filter((t) => t === 'load').length).toBe(2);
    page.play(32);
    const inputs = [[0.5, 1, 1], ...tutorial.inputs.slice(1)];
    expect(Array.from(lab().frame!.weights)).toEqual(weightsAfter(1, { inputs, targets: tutorial.targets }));
  });

  it('does not draw a frame made before the worker saw the latest command, but acknowledges it', () => {
    const { page, lab } = setup();
    page.play(32);
    lab().step(5);
    page.worker.work(16); // the worker answers step 5 with a frame...
    lab().step(5); // ...while the page sends another command
    page.worker.deliver();
    expect(page.drawFrames()).toBe(0);
    expect(lab().iteration).toBe(0);
    page.play(32);
    expect(lab().iteration).toBe(10);
    expect(Array.from(lab().frame!.weights)).toEqual(checkpoint(10).weights);
  });

  it('does not draw a frame that arrived before a command sent since: Pause right after Run never shows Pause again (no flicker)', () => {
    const { page, lab } = setup();
    lab().setStopAt(null);
    page.play(32);
    lab().run();
    page.worker.work(16);
    page.worker.deliver(); // a running frame is waiting for the next animation frame...
    lab().pause(); // ...when the page pauses
    expect(lab().running).toBe(false);
    page.drawFrames();
    expect(lab().running).toBe(false);
    page.play(64);
    expect(lab().running).toBe(false);
  });

  it('switches the series to a log scale with the view', () => {
    const { page, lab } = setup();
    lab().setLogAxis(true);
    expect(page.worker.received.at(-1)).toEqual({ type: 'setSeries', request: { scale: 'log', points: 200 } });
  });

  it('shows why the run paused when the weights stop being finite', async () => {
    const { page, lab } = setup();
    page.play(32);
    const rows = Array.from({ length: 16 }, () => ['1', '1', '1', '1']);
    lab().loadDataset({ inputs: rows.map(() => [1, 1, 1]), targets: rows.map(() => 1) });
    lab().setLearningRate(1e308);
    await microtasks();
    lab().run();
    page.play(64);
    expect(lab().running).toBe(false);
    expect(lab().fault).toEqual({ code: 'diverged', iteration: 0 });
    expect(said(lab().fault)).toMatch(/stopped being finite during iteration 1, so training stopped at iteration 0/);
  });

  it('dispose stops the worker and detaches the engine', () => {
    const { page, lab, engine } = setup();
    engine.dispose();
    expect(page.worker.terminated).toBe(true);
    expect(lab().engine).toBeNull();
  });
});

describe('engine faults: the page says so, a fresh worker resumes at the last iteration shown', () => {
  it('restarts after an error event with the table as typed and the settings, back at the iteration shown', async () => {
    const { page, lab } = setup();
    page.play(32);
    lab().setCell(1, 0, '0.25');
    lab().setCell(2, 3, 'abc'); // invalid: kept as typed, the neuron trains on the last valid table
    lab().setTestInput(0, 0);
    await microtasks();
    lab().goTo(1000);
    page.play(200);
    expect(lab().iteration).toBe(1000);
    const first = page.worker;

    first.crash('Out of memory');
    expect(first.terminated).toBe(true);
    expect(page.workers.length).toBe(2);
    expect(lab().fault).toEqual({ code: 'restarted', cause: { code: 'crashed', detail: 'Out of memory' }, iteration: 1000 });
    expect(said(lab().fault)).toBe('The training stopped with an error (Out of memory). It was restarted at iteration 1,000; press Run to go on.');
    const inputs = [tutorial.inputs[0]!, [0.25, 0, 0], tutorial.inputs[2]!];
    expect(page.worker.received).toEqual([
      { type: 'setSeries', request: { scale: 'linear', points: 200 } },
      {
        type: 'load',
        setup: { inputs, targets: tutorial.targets, seed: 1, learningRate: 1, testInput: [0, 0, 1] },
        iteration: 1000,
        running: false,
        speed: MAX_SPEED,
        // The last frame's exact weights at 1,000: the new worker takes the run up there, not from 0.
        from: { iteration: 1000, weights: weightsAfter(1000, { inputs, targets: tutorial.targets }) },
      },
    ]);
    expect(lab().rows[2]!.cells).toEqual(['1', '0', '1', 'abc']);
    page.play(200);
    expect(lab().iteration).toBe(1000);
    expect(Array.from(lab().frame!.weights)).toEqual(weightsAfter(1000, { inputs, targets: tutorial.targets }));
  });

  it('a worker that dies on the way to a link\'s iteration is replaced by one that goes on from the progress made, to the exact weights', () => {
    const { page, lab } = setup();
    page.play(32);
    lab().goTo(200_000);
    page.play(48);
    const reached = lab().frame!.iteration;
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(200_000);
    page.worker.crash('boom');
    expect(page.worker.received[1]).toMatchObject({ type: 'load', iteration: 200_000, from: { iteration: reached, weights: weightsAfter(reached) } });
    for (let i = 0; i < 100 && lab().catchingUpTo !== null; i++) page.play(100);
    expect(lab().iteration).toBe(200_000);
    expect(Array.from(lab().frame!.weights)).toEqual(weightsAfter(200_000));
    expect(lab().frame!.knownFrom).toBe(reached);
  });

  it('after an edit the last frame is of another table: a worker that dies then starts from 0, on the new table', async () => {
    const { page, lab } = setup();
    page.play(32);
    lab().step(100);
    page.play(100);
    lab().setCell(1, 0, '0.25');
    await microtasks(); // the edit's load is sent; no frame of it has come back
    page.worker.crash('boom');
    const load = page.worker.received[1] as Extract<ToWorker, { type: 'load' }>;
    expect(load.from).toBeUndefined();
    // An edit at 100 keeps what was learned: the new table is a later segment from 100.
    expect(load.setup.later?.[0]).toMatchObject({ from: 100, inputs: [tutorial.inputs[0], [0.25, 0, 0], tutorial.inputs[2]] });
    // An edit not even sent yet when the worker dies: the same.
    page.play(100);
    lab().setCell(1, 0, '0.5');
    page.worker.crash('boom');
    expect((page.worker.received[1] as Extract<ToWorker, { type: 'load' }>).from).toBeUndefined();
  });

  it('restarts when a message from the worker cannot be read', () => {
    const { page, lab } = setup();
    page.play(32);
    page.worker.onmessageerror?.({} as MessageEvent);
    expect(page.workers.length).toBe(2);
    expect(lab().fault).toEqual({ code: 'restarted', cause: { code: 'unreadableMessage' }, iteration: 0 });
    expect(said(lab().fault)).toMatch(/^A message from the training could not be read\. It was restarted at iteration 0/);
  });

  it('restarts a worker that stops answering, after a ping goes unanswered', () => {
    class HangingWorker extends SessionWorker {
      hung = false;
      override work(ms: number) {
        if (!this.hung) super.work(ms);
      }
    }
    const { page, lab } = setup(() => new HangingWorker());
    page.play(32);
    lab().goTo(100);
    page.play(64);
    expect(lab().iteration).toBe(100);
    (page.worker as HangingWorker).hung = true;
    page.play(PING_AFTER_MS + NO_ANSWER_MS - 200);
    expect(page.workers.length).toBe(1);
    expect(page.worker.received.some((m) => m.type === 'ping')).toBe(true);
    page.play(400);
    expect(page.workers.length).toBe(2);
    expect(lab().fault).toEqual({ code: 'restarted', cause: { code: 'notAnswering' }, iteration: 100 });
    expect(said(lab().fault)).toMatch(/^The training stopped answering\. It was restarted at iteration 100/);
    page.play(64);
    expect(lab().iteration).toBe(100);
    expect(Array.from(lab().frame!.weights)).toEqual(checkpoint(100).weights);
  });

  it('a page that stood still does not take its worker for dead: the answer was waiting behind the check', () => {
    const { page, lab } = setup();
    page.play(32);
    lab().step(10);
    page.play(64);
    const pinged = () => page.worker.received.some((m) => m.type === 'ping');
    for (let t = 0; t < 2 * PING_AFTER_MS && !pinged(); t += 16) page.play(16);
    expect(pinged()).toBe(true);
    // The main thread is busy for longer than NO_ANSWER_MS right after the ping; the worker's pong is queued.
    page.standStill(NO_ANSWER_MS + 1000);
    page.play(64);
    expect(page.workers.length).toBe(1);
    expect(lab().fault).toBeNull();
    lab().step(90);
    page.play(64);
    expect(lab().iteration).toBe(100);
    expect(Array.from(lab().frame!.weights)).toEqual(checkpoint(100).weights);
  });

  it('a worker that answers pings is left alone however long it is idle', () => {
    const { page } = setup();
    page.play(20_000);
    expect(page.workers.length).toBe(1);
  });

  it(`gives up after ${MAX_RESTARTS} restarts in a minute: training is off, says why, keeps the table; nothing is sent`, () => {
    const { page, lab } = setup();
    page.play(32);
    lab().step(1000);
    page.play(200);
    for (let i = 0; i <= MAX_RESTARTS; i++) page.worker.crash('boom');
    expect(page.workers.length).toBe(MAX_RESTARTS + 1);
    expect(page.worker.terminated).toBe(true);
    expect(lab().engineDown).toEqual({ code: 'gaveUp', cause: { code: 'crashed', detail: 'boom' }, failures: 4 });
    expect(said(lab().engineDown)).toBe(
      'Training is off. The training stopped with an error (boom). It failed 4 times in a minute, so it is not restarted on its own. Your table and settings are kept.',
    );
    expect(lab().fault).toBeNull();
    lab().step(1);
    lab().run();
    expect(lab().running).toBe(false); // Run does not pretend to run
    expect(lab().rows.length).toBe(3);
    expect(lab().iteration).toBe(1000);
  });

  it("Try again starts a fresh worker from the store's table, back at the iteration shown, and training goes on exactly", () => {
    const { page, lab } = setup();
    page.play(32);
    lab().step(100);
    page.play(200);
    for (let i = 0; i <= MAX_RESTARTS; i++) page.worker.crash('boom');
    expect(page.workers.length).toBe(MAX_RESTARTS + 1);
    lab().retryEngine();
    expect(page.workers.length).toBe(MAX_RESTARTS + 2);
    expect(lab().engineDown).toBeNull();
    page.play(200);
    expect(lab().iteration).toBe(100);
    expect(Array.from(lab().frame!.weights)).toEqual(checkpoint(100).weights);
    lab().step(900);
    page.play(200);
    expect(Array.from(lab().frame!.weights)).toEqual(checkpoint(1000).weights);
    // A fresh count of failures: one more crash restarts it again.
    page.worker.crash('boom');
    expect(lab().engineDown).toBeNull();
    expect(page.workers.length).toBe(MAX_RESTARTS + 3);
  });

  it('says so when the worker cannot be created at all, and Try again tries again', () => {
    let blocked = true;
    const { lab, page } = setup(() => {
      if (blocked) throw new Error('Workers are blocked');
      return new SessionWorker();
    });
    expect(lab().engineDown).toEqual({ code: 'couldNotStart', detail: 'Workers are blocked' });
    expect(said(lab().engineDown)).toBe('Training is off: it could not start (Workers are blocked). Your table and settings are kept.');
    blocked = false;
    lab().retryEngine();
    expect(lab().engineDown).toBeNull();
    page.play(100);
    expect(Array.from(lab().frame!.weights)).toEqual(tutorial.initialWeights);
  });
});
