import { describe, expect, it } from 'vitest';
import { TrainingSession } from './session';
import { FakeSessionHost } from './testing/fakeSessionHost';
import { TUTORIAL_SETUP, weightsAfter, numpyAt } from './testing/sessionHarness';
import { MAX_SPEED, type ToWorker } from './protocol';

// "Stop at": a run with `until` pauses exactly there, at any speed. Expected weights come from NumPy
// (src/core/fixtures/reference.json) or from a plain trainer stepped from the start.

const tutorial = TUTORIAL_SETUP;


/** A session with the tutorial loaded at `iteration`, and a page that draws every frame at once. */
function start(iteration = 0) {
  const host = new FakeSessionHost();
  const session = new TrainingSession(host);
  const send = (message: ToWorker) => session.handle(message);
  let drawn = 0;
  const drawNew = () => {
    if (host.frames.length > drawn) {
      drawn = host.frames.length;
      session.handle({ type: 'frameDrawn' });
    }
  };
  const play = (ms: number) => {
    drawNew();
    host.advance(ms, drawNew);
  };
  send({ type: 'load', setup: tutorial, iteration, running: false, speed: MAX_SPEED });
  play(iteration > 0 ? 2000 : 1);
  return { host, send, play };
}

describe('run with until', () => {
  it("at full speed stops at exactly 10,000 with NumPy's weights, says so once, and stays there", () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: MAX_SPEED, until: 10_000 });
    play(3000);
    expect(host.lastFrame).toMatchObject({ iteration: 10_000, trainedTo: 10_000, running: false, iterationsPerSecond: 0 });
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(10_000).weights);
    expect(host.messages('reachedStop')).toEqual([{ type: 'reachedStop', iteration: 10_000, handled: 2 }]);
    // No frame ever went past the stop.
    expect(Math.max(...host.frames.map((f) => f.iteration))).toBe(10_000);
    const count = host.frames.length;
    play(1000);
    expect(host.frames.length).toBe(count);
    expect(host.pendingTasks).toBe(0);
  });

  it('at 5 iterations per second stops at exactly 10', () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: 5, until: 10 });
    play(10_000);
    expect(host.lastFrame).toMatchObject({ iteration: 10, running: false });
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(10).weights);
    expect(host.messages('reachedStop').map((m) => m.iteration)).toEqual([10]);
  });

  it('replaying the history from an earlier iteration stops at the stop too', () => {
    const { host, send, play } = start(20_000);
    send({ type: 'seek', iteration: 100 });
    send({ type: 'run', speed: MAX_SPEED, until: 1000 });
    play(2000);
    expect(host.lastFrame).toMatchObject({ iteration: 1000, trainedTo: 20_000, running: false });
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(1000).weights);
  });

  it('an edit during the run keeps the stop: the new table trains on and stops there', () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: 1000, until: 3000 });
    play(1000);
    const edited = { ...tutorial, targets: [1, 0, 0] };
    send({ type: 'load', setup: edited, iteration: null, running: null, speed: 1000 });
    play(5000);
    expect(host.lastFrame).toMatchObject({ iteration: 3000, running: false });
    expect(Array.from(host.lastFrame.weights)).toEqual(weightsAfter(edited, 3000));
    expect(host.messages('reachedStop').map((m) => m.iteration)).toEqual([3000]);
  });

  it('a stop at or before the iteration shown stops at once, where it is', () => {
    const { host, send, play } = start(100);
    send({ type: 'run', speed: MAX_SPEED, until: 100 });
    play(100);
    expect(host.lastFrame).toMatchObject({ iteration: 100, trainedTo: 100, running: false });
    expect(host.messages('reachedStop').map((m) => m.iteration)).toEqual([100]);
  });

  it('pause, step and a run without until forget the stop', () => {
    const { host, send, play } = start();
    send({ type: 'run', speed: 1000, until: 5000 });
    play(500);
    send({ type: 'pause' });
    send({ type: 'run', speed: MAX_SPEED });
    play(2000);
    expect(host.lastFrame.iteration).toBeGreaterThan(5000);
    send({ type: 'pause' });
    expect(host.messages('reachedStop')).toEqual([]);
  });

  it('refuses an until that is not a whole number in range, keeping its state', () => {
    const { host, send, play } = start();
    for (const until of [-1, 2.5, 1e12]) {
      session_send(send, { type: 'run', speed: MAX_SPEED, until });
      expect(host.messages('rejected').at(-1)!.detail).toMatch(/until must be a whole number from 0 to/);
    }
    play(100);
    expect(host.lastFrame).toMatchObject({ iteration: 0, running: false });
  });
});

function session_send(send: (message: ToWorker) => void, message: Record<string, unknown>) {
  send(message as unknown as ToWorker);
}
