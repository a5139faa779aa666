import { describe, expect, it } from 'vitest';
import reference from '../core/fixtures/reference.json';
import { createTrainer } from '../core/trainer';
import { TrainingSession, type ChunkSizes } from './session';
import { FakeSessionHost } from './testing/fakeSessionHost';
import { TUTORIAL_SETUP, tutorialCase, weightsAfter } from './testing/sessionHarness';
import { MAX_ITERATION, MAX_SPEED, type ToWorker, type TrainingSetup } from './protocol';
import { expectAllClose } from '../core/testing/relativeClose';

// Expected numbers come from NumPy (src/core/fixtures) or from a plain trainer stepped from the start.

const nineLines = reference.cases['nine-lines'];
const tutorial = TUTORIAL_SETUP;
const checkpoint = (iterations: number) => tutorialCase.checkpoints.find((cp) => cp.iterations === iterations)!;


function start(setup: TrainingSetup = tutorial, iteration = 0, extra: Partial<Extract<ToWorker, { type: 'load' }>> = {}, chunks?: ChunkSizes) {
  const host = new FakeSessionHost();
  const session = new TrainingSession(host, chunks);
  const send = (message: ToWorker | Record<string, unknown>) => session.handle(message);
  const ack = () => send({ type: 'frameDrawn' });
  /** Lets `ms` of (fake) time pass with a page that draws and acknowledges every frame at once. */
  let drawn = 0;
  const play = (ms: number) => {
    const drawNew = () => {
      if (host.frames.length > drawn) {
        drawn = host.frames.length;
        ack();
      }
    };
    drawNew();
    host.advance(ms, drawNew);
  };
  send({ type: 'load', setup, iteration, running: false, speed: MAX_SPEED, ...extra });
  return { host, session, send, ack, play };
}

describe('load', () => {
  it("answers with a frame of iteration 0: the seed's weights, NumPy's outputs and prediction", () => {
    const { host } = start();
    const [message] = host.messages('frame');
    expect(message).toMatchObject({ handled: 1, catchUpTo: null });
    const frame = message!.frame;
    expect(frame).toMatchObject({ iteration: 0, trainedTo: 0, running: false, inputCount: 3, rowCount: 3, iterationsPerSecond: 0 });
    expect(Array.from(frame.weights)).toEqual(tutorialCase.initialWeights);
    expectAllClose(frame.outputs, checkpoint(0).outputs);
    expectAllClose(frame.errors, checkpoint(0).outputs.map((out, r) => tutorialCase.targets[r]! - out));
    expectAllClose([frame.prediction], [checkpoint(0).prediction]);
    const errors = checkpoint(0).outputs.map((out, r) => tutorialCase.targets[r]! - out);
    expectAllClose([frame.meanSquaredError], [errors.reduce((s, e) => s + e * e, 0) / 3]);
  });

  it('sends the buffers as transferables, each once', () => {
    const { host } = start();
    const { message, transfer } = host.posted[0]!;
    if (message.type !== 'frame') throw new Error('expected a frame');
    const f = message.frame;
    expect(new Set(transfer)).toEqual(new Set([f.weights.buffer, f.outputs.buffer, f.errors.buffer, f.series.iterations.buffer, f.chartsSeries!.iterations.buffer]));
    expect(transfer.length).toBe(5);
    // The charts' copy is the same series in a buffer of its own.
    expect(f.chartsSeries!.iterations.buffer).not.toBe(f.series.iterations.buffer);
    expect(Array.from(f.chartsSeries!.weights)).toEqual(Array.from(f.series.weights));
  });

  it('sends the buffers of a step as transferables too, each once', () => {
    const { host, send, play } = start();
    send({ type: 'step', count: 1 });
    play(20);
    const { message, transfer } = host.posted.at(-1)!;
    if (message.type !== 'frame') throw new Error('expected a frame');
    const f = message.frame;
    const buffers = [f.weights, f.outputs, f.errors, f.series.iterations, f.chartsSeries!.iterations, f.stepFrom!.weights, f.stepFrom!.outputs, f.previousWeights!].map((a) => a.buffer);
    expect(new Set(transfer)).toEqual(new Set(buffers));
    expect(transfer.length).toBe(8);
  });

  it("recomputes up to the iteration asked for, reaching NumPy's weights at 10,000 bit for bit", () => {
    const { host, play } = start(tutorial, 10_000);
    // No frame of where training starts: the first comes after a slice of training, on the way to 10,000.
    expect(host.messages('frame')).toHaveLength(0);
    play(1);
    expect(host.messages('frame')[0]!.catchUpTo).toBe(10_000);
    play(500);
    const last = host.messages('frame').at(-1)!;
    expect(last.catchUpTo).toBeNull();
    expect(last.frame).toMatchObject({ iteration: 10_000, trainedTo: 10_000, running: false });
    expect(Array.from(last.frame.weights)).toEqual(checkpoint(10_000).weights);
    expect(last.frame.prediction).toBe(checkpoint(10_000).prediction);
    expect(host.pendingTasks).toBe(0);
  });

  it('a new table recomputes the run to the same iteration at once, and a running run keeps running', () => {
    const { host, send, play } = start(tutorial, 100);
    play(100);
    const nine: TrainingSetup = { ...tutorial, inputs: nineLines.inputs, targets: nineLines.targets, testInput: nineLines.test };
    send({ type: 'load', setup: nine, iteration: 60, running: false, speed: MAX_SPEED });
    play(100);
    expect(host.lastFrame).toMatchObject({ iteration: 60, trainedTo: 60, running: false, rowCount: 4 });
    expectAllClose(host.lastFrame.weights, nineLines.checkpoints[1]!.weights);
    expectAllClose([host.lastFrame.prediction], [nineLines.checkpoints[1]!.prediction]);

    send({ type: 'load', setup: tutorial, iteration: 60, running: true, speed: MAX_SPEED });
    play(50);
    expect(host.lastFrame.running).toBe(true);
    expect(host.lastFrame.iteration).toBeGreaterThan(60);
  });

  it('with iteration and running null, an edit recomputes the new table where the worker stands and keeps running', () => {
    const { host, send, play } = start(tutorial, 100);
    play(100);
    send({ type: 'seek', iteration: 60 });
    send({ type: 'run', speed: 1 });
    const nine: TrainingSetup = { ...tutorial, inputs: nineLines.inputs, targets: nineLines.targets, testInput: nineLines.test };
    send({ type: 'load', setup: nine, iteration: null, running: null, speed: 1 });
    play(5);
    expect(host.lastFrame).toMatchObject({ iteration: 60, trainedTo: 60, running: true, rowCount: 4 });
    expectAllClose(host.lastFrame.weights, nineLines.checkpoints[1]!.weights);
  });

  it('with iteration null during a recomputation, the new table is recomputed to the same goal', () => {
    const { host, send, play } = start(tutorial, 10_000);
    expect(host.messages('frame')).toHaveLength(0);
    const nine: TrainingSetup = { ...tutorial, inputs: nineLines.inputs, targets: nineLines.targets, testInput: nineLines.test };
    send({ type: 'load', setup: nine, iteration: null, running: null, speed: MAX_SPEED });
    play(500);
    expect(host.lastFrame).toMatchObject({ iteration: 10_000, running: false, rowCount: 4 });
    expectAllClose(host.lastFrame.weights, nineLines.checkpoints[2]!.weights);
  });

  it('a new test input keeps the run and its history and changes only the prediction', () => {
    const { host, send, play } = start(tutorial, 1000);
    play(100);
    send({ type: 'seek', iteration: 10 });
    play(20);
    send({ type: 'load', setup: { ...tutorial, testInput: [0, 1, 1] }, iteration: 10, running: false, speed: MAX_SPEED });
    play(20);
    expect(host.lastFrame).toMatchObject({ iteration: 10, trainedTo: 1000 });
    // Row 1 of the tutorial's table is [0, 1, 1]: NumPy's output for it at 10 iterations is the prediction.
    expect(host.lastFrame.prediction).toBe(checkpoint(10).outputs[0]);
  });

  it('rejects a bad table with the core problem naming the row, and keeps the last good run', () => {
    const { host, send, play } = start(tutorial, 10);
    play(50);
    send({ type: 'load', setup: { ...tutorial, targets: [1, 2, 1] }, iteration: 10, running: false, speed: MAX_SPEED });
    expect(host.messages('rejected').at(-1)).toMatchObject({ command: 'load', fault: { code: 'refused', command: 'load' } });
    expect(JSON.parse(host.messages('rejected').at(-1)!.detail)).toEqual({ code: 'targetOutside', row: 2, value: '2' });
    send({ type: 'load', setup: { ...tutorial, testInput: [1, 0] }, iteration: 10, running: false, speed: MAX_SPEED });
    expect(JSON.parse(host.messages('rejected').at(-1)!.detail)).toEqual({ code: 'testInputValues', count: 2, needed: 3 });
    play(20);
    expect(host.lastFrame).toMatchObject({ iteration: 10, rowCount: 3 });
    expect(Array.from(host.lastFrame.weights)).toEqual(checkpoint(10).weights);
  });
});

describe('step', () => {
  it("steps from the iteration shown and pauses: 1 then 9 more give NumPy's weights at 1 and 10", () => {
    const { host, send, play } = start();
    send({ type: 'step', count: 1 });
    play(20);
    expect(Array.from(host.lastFrame.weights)).toEqual(checkpoint(1).weights);
    send({ type: 'step', count: 9 });
    play(20);
    expect(host.lastFrame).toMatchObject({ iteration: 10, trainedTo: 10, running: false });
    expect(Array.from(host.lastFrame.weights)).toEqual(checkpoint(10).weights);
  });

  it('steps from an earlier iteration through the history, exactly, without losing what was trained', () => {
    const { host, send, play } = start(tutorial, 1000);
    play(100);
    send({ type: 'seek', iteration: 90 });
    send({ type: 'step', count: 10 });
    play(20);
    expect(host.lastFrame).toMatchObject({ iteration: 100, trainedTo: 1000 });
    expect(Array.from(host.lastFrame.weights)).toEqual(checkpoint(100).weights);
  });

  it('steps sent before the earlier ones are trained add up: 1000 then 9000 reach 10,000', () => {
    const { host, send, play } = start();
    send({ type: 'step', count: 1000 });
    send({ type: 'step', count: 9000 });
    play(500);
    expect(host.lastFrame).toMatchObject({ iteration: 10000, trainedTo: 10000, running: false });
    expect(Array.from(host.lastFrame.weights)).toEqual(checkpoint(10000).weights);
  });

  it('refuses to step past the last iteration a run may reach', () => {
    const { host, send } = start();
    send({ type: 'step', count: MAX_ITERATION + 1 });
    expect(host.messages('rejected').at(-1)!.detail).toMatch(/count must be a whole number from -4294967295 to 4294967295, not 0/);
  });

  it('300 steps of 1 then 100 steps of -1, all sent before any is trained, end at 200 with its exact weights', () => {
    const { host, send, play } = start();
    for (let i = 0; i < 300; i++) send({ type: 'step', count: 1 });
    for (let i = 0; i < 100; i++) send({ type: 'step', count: -1 });
    play(500);
    expect(host.lastFrame).toMatchObject({ iteration: 200, running: false });
    send({ type: 'step', count: -1000 });
    play(50);
    expect(host.lastFrame).toMatchObject({ iteration: 0 });
  });
});

describe('what a step changed: stepFrom and previousWeights', () => {
  it("after Step 1 from 0 the frame carries NumPy's iteration 0 (weights, outputs, prediction) and the weights at 0", () => {
    const { host, send, play } = start();
    expect(host.lastFrame.stepFrom).toBeNull();
    expect(host.lastFrame.previousWeights).toBeNull();
    send({ type: 'step', count: 1 });
    play(20);
    const frame = host.lastFrame;
    expect(frame.iteration).toBe(1);
    expect(frame.stepFrom!.iteration).toBe(0);
    expect(Array.from(frame.stepFrom!.weights)).toEqual(checkpoint(0).weights);
    expect(Array.from(frame.stepFrom!.outputs)).toEqual(checkpoint(0).outputs);
    expect(frame.stepFrom!.prediction).toBe(checkpoint(0).prediction);
    expect(Array.from(frame.previousWeights!)).toEqual(checkpoint(0).weights);
  });

  it('Step 10 from 90 starts at 90: the weights one iteration back are those of 99', () => {
    const { host, send, play } = start(tutorial, 1000);
    play(100);
    send({ type: 'seek', iteration: 90 });
    play(5);
    expect(host.lastFrame.stepFrom).toBeNull();
    expect(Array.from(host.lastFrame.previousWeights!)).toEqual(weightsAfter(tutorial, 89));
    send({ type: 'step', count: 10 });
    play(20);
    expect(host.lastFrame.iteration).toBe(100);
    expect(host.lastFrame.stepFrom!.iteration).toBe(90);
    expect(Array.from(host.lastFrame.stepFrom!.weights)).toEqual(weightsAfter(tutorial, 90));
    expect(Array.from(host.lastFrame.previousWeights!)).toEqual(weightsAfter(tutorial, 99));
  });

  it('beyond full resolution the weights one iteration back are still exact (retrained from a checkpoint)', () => {
    const { host, send, play } = start(tutorial, 140_000);
    play(5000);
    expect(host.lastFrame.iteration).toBe(140_000);
    send({ type: 'step', count: 1 });
    play(20);
    expect(Array.from(host.lastFrame.previousWeights!)).toEqual(weightsAfter(tutorial, 140_000));
    expect(Array.from(host.lastFrame.stepFrom!.weights)).toEqual(weightsAfter(tutorial, 140_000));
  });

  it('steps pressed before the page saw the first one end count from where the first started', () => {
    const { host, send, play } = start();
    send({ type: 'step', count: 1000 });
    send({ type: 'step', count: 9000 });
    play(500);
    expect(host.lastFrame.iteration).toBe(10000);
    expect(host.lastFrame.stepFrom!.iteration).toBe(0);
  });

  it('a step after the page saw the last one end counts from there', () => {
    const { host, send, play } = start();
    send({ type: 'step', count: 1 });
    play(20);
    send({ type: 'step', count: 1 });
    play(20);
    expect(host.lastFrame.iteration).toBe(2);
    expect(host.lastFrame.stepFrom!.iteration).toBe(1);
    expect(Array.from(host.lastFrame.stepFrom!.weights)).toEqual(checkpoint(1).weights);
  });

  it('a new test input keeps the step and gives the prediction before it for the new input', () => {
    const { host, send, play } = start();
    send({ type: 'step', count: 1 });
    play(20);
    send({ type: 'load', setup: { ...tutorial, testInput: [1, 0, 0] }, iteration: null, running: null, speed: MAX_SPEED });
    play(20);
    const before = createTrainer(tutorial);
    expect(host.lastFrame.stepFrom!.prediction).toBe(before.predict([1, 0, 0]));
  });

  it('run, seek, reset and a new table each end the step: no change is shown after them', () => {
    for (const after of [
      { type: 'run', speed: 10 },
      { type: 'seek', iteration: 0 },
      { type: 'reset' },
      { type: 'load', setup: { ...tutorial, targets: [1, 0, 0] }, iteration: null, running: null, speed: MAX_SPEED },
    ] as ToWorker[]) {
      const { host, send, play } = start();
      send({ type: 'step', count: 1 });
      play(20);
      expect(host.lastFrame.stepFrom, after.type).not.toBeNull();
      send(after);
      play(20);
      if (after.type === 'run') send({ type: 'pause' });
      play(20);
      expect(host.lastFrame.stepFrom, after.type).toBeNull();
    }
  });

  it('frames of a run carry no earlier weights; the frame of its pause does', () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: MAX_SPEED });
    play(30);
    expect(host.lastFrame.running).toBe(true);
    expect(host.lastFrame.previousWeights).toBeNull();
    send({ type: 'pause' });
    play(20);
    const k = host.lastFrame.iteration;
    expect(Array.from(host.lastFrame.previousWeights!)).toEqual(weightsAfter(tutorial, k - 1));
  });
});

describe('run, pause and setSpeed', () => {
  it('at full speed trains in slices, one frame per acknowledgement; pause shows exact weights', () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: MAX_SPEED });
    play(400);
    const running = host.frames.filter((f) => f.running);
    expect(running.length).toBeGreaterThan(5);
    expect(running.at(-1)!.iterationsPerSecond).toBeGreaterThan(0);
    // Iterations only go up while running.
    running.forEach((f, i) => i > 0 && expect(f.iteration).toBeGreaterThanOrEqual(running[i - 1]!.iteration));
    send({ type: 'pause' });
    play(20);
    const paused = host.lastFrame;
    expect(paused.running).toBe(false);
    expect(paused.iterationsPerSecond).toBe(0);
    expect(paused.iteration).toBe(paused.trainedTo);
    expect(Array.from(paused.weights)).toEqual(weightsAfter(tutorial, paused.iteration));
    const count = host.frames.length;
    play(500);
    expect(host.frames.length).toBe(count);
    expect(host.pendingTasks).toBe(0);
  });

  it('posts no new frame until the page acknowledges the last one, however long it trains', () => {
    const { host, send } = start();
    send({ type: 'frameDrawn' });
    send({ type: 'run', speed: MAX_SPEED });
    host.advance(300);
    expect(host.frames.length).toBe(2); // the load's frame, then the run's first
    send({ type: 'frameDrawn' });
    expect(host.frames.length).toBe(3);
    expect(host.lastFrame.iteration).toBeGreaterThan(host.frames[1]!.iteration);
  });

  /**
   * A run at full speed with a page that acknowledges each frame `ackAfterMs(rate)` after it came, where `rate` is
   * how fast the worker trained since the last frame (iterations per ms); null: the page acknowledges at once.
   */
  function pacedRun() {
    // Everything here happens on the fake clock, which moves a millisecond per look: only the shares of time
    // matter, so chunks of 16 iterations (not 1024) give the same timeline for a sixty-fourth of the real work.
    const { host, send, play } = start(tutorial, 0, {}, { first: 16, max: 16 });
    send({ type: 'run', speed: MAX_SPEED });
    const trainedIn = (ms: number, ackAfterMs: ((rate: number) => number) | null) => {
      const before = host.lastFrame.iteration;
      if (ackAfterMs === null) {
        play(ms);
      } else {
        let acked = host.frames.length;
        let last = { at: host.now(), iteration: host.lastFrame.iteration };
        host.advance(ms, () => {
          if (host.frames.length > acked) {
            acked = host.frames.length;
            const now = { at: host.now(), iteration: host.lastFrame.iteration };
            const rate = (now.iteration - last.iteration) / Math.max(1, now.at - last.at);
            last = now;
            host.schedule(() => send({ type: 'frameDrawn' }), ackAfterMs(rate));
          }
        });
      }
      return host.lastFrame.iteration - before;
    };
    play(200);
    return trainedIn;
  }

  it('at full speed gives way to a page the worker starves (quick when it rests), and comes back when it keeps up', () => {
    const trainedIn = pacedRun();
    const prompt = trainedIn(2000, null);
    const full = prompt / 2000;
    // A page whose main thread is starved while the worker trains at more than 40% of full speed.
    const late = trainedIn(2000, (rate) => (rate > 0.4 * full ? 100 : 10));
    expect(late).toBeLessThan(prompt * 0.5);
    trainedIn(1000, null);
    const again = trainedIn(2000, null);
    expect(again).toBeGreaterThan(prompt * 0.8);
  });

  it('at full speed keeps training for a page that is late whatever the worker does (a slow compositor)', () => {
    const trainedIn = pacedRun();
    const prompt = trainedIn(2000, null);
    trainedIn(1000, () => 100);
    const slowPage = trainedIn(2000, () => 100);
    expect(slowPage).toBeGreaterThan(prompt * 0.8);
  });

  it('at 2 iterations per second trains the first at once, then 2 a second: 1 + 10 in 5.25 seconds', () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: 2 });
    play(5250);
    expect(host.lastFrame.iteration).toBe(11);
    expect(Array.from(host.lastFrame.weights)).toEqual(weightsAfter(tutorial, 11));
  });

  it('setSpeed while running takes effect at once', () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: 1 });
    play(1500);
    expect(host.lastFrame.iteration).toBe(2);
    send({ type: 'setSpeed', speed: MAX_SPEED });
    play(100);
    expect(host.lastFrame.iteration).toBeGreaterThan(1000);
  });

  it('replays exactly from an earlier iteration, then records new ones at the tip', () => {
    const { host, send, play } = start(tutorial, 5000);
    play(200);
    send({ type: 'seek', iteration: 3000 });
    send({ type: 'run', speed: 1000 });
    play(1000);
    send({ type: 'pause' });
    play(20);
    const frame = host.lastFrame;
    expect(frame.trainedTo).toBe(5000);
    expect(frame.iteration).toBeGreaterThan(3500);
    expect(frame.iteration).toBeLessThan(5000);
    expect(Array.from(frame.weights)).toEqual(weightsAfter(tutorial, frame.iteration));
    send({ type: 'run', speed: MAX_SPEED });
    play(200);
    send({ type: 'pause' });
    play(20);
    expect(host.lastFrame.trainedTo).toBeGreaterThan(5000);
    expect(host.lastFrame.iteration).toBe(host.lastFrame.trainedTo);
    expect(Array.from(host.lastFrame.weights)).toEqual(weightsAfter(tutorial, host.lastFrame.iteration));
  });
});

describe('seek and reset', () => {
  it('seek within the history answers with the exact weights of that iteration, beyond full resolution too', () => {
    const { host, send, play } = start(tutorial, 200_000);
    play(5000);
    expect(host.lastFrame.trainedTo).toBe(200_000);
    for (const k of [10_000, 150_001, 199_999]) {
      send({ type: 'seek', iteration: k });
      play(20);
      expect(host.lastFrame).toMatchObject({ iteration: k, trainedTo: 200_000, running: false });
      expect(Array.from(host.lastFrame.weights)).toEqual(weightsAfter(tutorial, k));
    }
  }, 30_000);

  it('seek beyond the history trains up to it (a shared link)', () => {
    const { host, send, play } = start();
    send({ type: 'seek', iteration: 1000 });
    play(200);
    expect(host.lastFrame).toMatchObject({ iteration: 1000, trainedTo: 1000 });
    expect(Array.from(host.lastFrame.weights)).toEqual(checkpoint(1000).weights);
  });

  it("reset goes back to iteration 0 with the seed's weights and an empty history", () => {
    const { host, send, play } = start(tutorial, 1000);
    send({ type: 'run', speed: MAX_SPEED });
    play(100);
    send({ type: 'reset' });
    play(50);
    expect(host.lastFrame).toMatchObject({ iteration: 0, trainedTo: 0, running: false });
    expect(Array.from(host.lastFrame.weights)).toEqual(tutorialCase.initialWeights);
    expect(Array.from(host.lastFrame.series.iterations)).toEqual([0]);
  });
});

describe('setSeries', () => {
  it('samples the history as asked: log-spaced, at most the points asked for', () => {
    const { host, send, play } = start(tutorial, 999);
    send({ type: 'setSeries', request: { scale: 'log', points: 4 } });
    play(100);
    const series = host.lastFrame.series;
    expect(series.scale).toBe('log');
    // Evenly spaced in log(1 + k) from 0 to 999: 1000^(s/3) - 1.
    expect(Array.from(series.iterations)).toEqual([0, 9, 99, 999]);
    expect(Array.from(series.weights.subarray(3, 6))).toEqual(weightsAfter(tutorial, 9));
  });
});

describe('divergence', () => {
  // 16 rows of [1, 1, 1] -> 1 at learning rate 1e308: the first update overflows (see trainer.validation.test.ts).
  const rows = Array.from({ length: 16 }, () => [1, 1, 1]);
  const diverging: TrainingSetup = { inputs: rows, targets: rows.map(() => 1), seed: 1, learningRate: 1e308, testInput: [1, 1, 1] };

  it('pauses the run and says why in plain words, keeping the last finite weights', () => {
    const { host, send, play } = start(diverging);
    send({ type: 'run', speed: MAX_SPEED });
    play(50);
    expect(host.messages('paused')).toEqual([
      {
        type: 'paused',
        handled: 2,
        // The weights were finite after iteration 0 and not during iteration 1: the page words it from the code.
        fault: { code: 'diverged', iteration: 0 },
      },
    ]);
    expect(host.lastFrame).toMatchObject({ iteration: 0, running: false });
    expect(Array.from(host.lastFrame.weights)).toEqual(tutorialCase.initialWeights);
    send({ type: 'step', count: 1 });
    play(50);
    expect(host.messages('paused').length).toBe(2);
    expect(host.lastFrame.iteration).toBe(0);
  });
});

describe('the protocol', () => {
  it('understands every command (a Record over all command types: adding one fails to compile here)', () => {
    const examples: Record<ToWorker['type'], ToWorker> = {
      load: { type: 'load', setup: tutorial, iteration: 0, running: false, speed: MAX_SPEED },
      step: { type: 'step', count: 1 },
      run: { type: 'run', speed: 10 },
      pause: { type: 'pause' },
      setSpeed: { type: 'setSpeed', speed: 5 },
      reset: { type: 'reset' },
      seek: { type: 'seek', iteration: 1 },
      setSeries: { type: 'setSeries', request: { scale: 'linear', points: 100 } },
      frameDrawn: { type: 'frameDrawn' },
      ping: { type: 'ping', id: 7 },
    };
    const { host, send } = start();
    for (const message of Object.values(examples)) send(message);
    expect(host.messages('rejected')).toEqual([]);
    expect(host.messages('pong')).toEqual([{ type: 'pong', id: 7 }]);
  });

  it('counts handled commands in every frame, not frameDrawn or ping', () => {
    const { host, send, play } = start();
    send({ type: 'ping', id: 1 });
    send({ type: 'frameDrawn' });
    send({ type: 'step', count: 1 });
    play(1);
    expect(host.messages('frame').map((m) => m.handled).slice(0, 2)).toEqual([1, 2]);
  });

  it('rejects malformed and unknown messages, saying what is wrong, and keeps its state', () => {
    const { host, send, play } = start(tutorial, 10);
    play(50);
    const bad: [Record<string, unknown> | null, RegExp][] = [
      [null, /no type/],
      [{ type: 'fly' }, /does not know the command "fly"/],
      [{ type: 'step', count: 0 }, /count must be a whole number from -4294967295 to 4294967295, not 0/],
      [{ type: 'step', count: 2.5 }, /count must be a whole number/],
      [{ type: 'seek', iteration: -1 }, /iteration must be a whole number from 0/],
      [{ type: 'run', speed: 0 }, /speed must be a number of iterations per second above 0/],
      [{ type: 'run', speed: '1' }, /speed must be/],
      [{ type: 'setSeries', request: { scale: 'log', points: 1 } }, /points 1 is not allowed/],
      [{ type: 'load', setup: { ...tutorial, inputs: [[0, '1', 1]] }, iteration: 0, running: false, speed: 1 }, /inputs must be rows of numbers/],
      [{ type: 'load', setup: tutorial, iteration: 0, running: 'yes', speed: 1 }, /running must be true, false or null/],
    ];
    for (const [message, why] of bad) {
      session_send(send, message);
      expect(host.messages('rejected').at(-1)!.detail).toMatch(why);
    }
    play(20);
    expect(host.lastFrame.iteration).toBe(10);
    expect(Array.from(host.lastFrame.weights)).toEqual(checkpoint(10).weights);
  });

  it('rejects commands before the first load', () => {
    const host = new FakeSessionHost();
    const session = new TrainingSession(host);
    session.handle({ type: 'step', count: 1 });
    expect(host.messages('rejected')).toEqual([{ type: 'rejected', command: 'step', handled: 1, fault: { code: 'refused', command: 'step' }, detail: expect.stringMatching(/No table is loaded yet/) }]);
    expect(host.frames).toEqual([]);
  });
});

function session_send(send: (message: ToWorker | Record<string, unknown>) => void, message: Record<string, unknown> | null) {
  send(message as Record<string, unknown>);
}
