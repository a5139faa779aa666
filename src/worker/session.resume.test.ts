import { describe, expect, it } from 'vitest';
import { TUTORIAL_SETUP, numpyAt, startSession } from './testing/sessionHarness';
import { MAX_SPEED } from './protocol';

// A restarted worker takes the run up from the page's last exact state (a load's `from`) instead of training from
// 0; the numbers are NumPy's (src/core/fixtures/reference.json), bit for bit, as if trained straight through.

const tutorial = TUTORIAL_SETUP;

const start = () => startSession();

describe('load from an exact state', () => {
  it("shows NumPy's iteration 1,000 at once, with nothing trained, and knows nothing before it", () => {
    const { host, session, send } = start();
    send({ type: 'load', setup: tutorial, iteration: 1000, running: false, speed: MAX_SPEED, from: { iteration: 1000, weights: numpyAt(1000).weights } });
    expect(session.mode).toEqual({ kind: 'paused' });
    expect(host.frames).toHaveLength(1);
    const frame = host.lastFrame;
    expect(frame).toMatchObject({ iteration: 1000, trainedTo: 1000, knownFrom: 1000, previousWeights: null });
    expect(Array.from(frame.weights)).toEqual(numpyAt(1000).weights);
    expect(frame.prediction).toBeCloseTo(numpyAt(1000).prediction, 12);
    expect(Array.from(frame.series.iterations)).toEqual([1000]);
  });

  it("trains on to NumPy's weights at 10,000 bit for bit, and the weights one back are known from 1,001 on", () => {
    const { host, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 1000, running: false, speed: MAX_SPEED, from: { iteration: 1000, weights: numpyAt(1000).weights } });
    send({ type: 'frameDrawn' });
    send({ type: 'step', count: 9000 });
    play(200);
    expect(host.lastFrame).toMatchObject({ iteration: 10_000, trainedTo: 10_000, knownFrom: 1000 });
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(10_000).weights);
    expect(host.lastFrame.previousWeights).not.toBeNull();
    expect(host.lastFrame.series.iterations[0]).toBe(1000);
  });

  it("a recomputation resumes from the progress: from NumPy's 100 towards 10,000, NumPy's weights there", () => {
    const { host, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 10_000, running: false, speed: MAX_SPEED, from: { iteration: 100, weights: numpyAt(100).weights } });
    play(500);
    expect(host.lastFrame).toMatchObject({ iteration: 10_000, knownFrom: 100 });
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(10_000).weights);
  });

  it("going before it recomputes the run from 0, exactly: NumPy's 10 and then 1,000 again", () => {
    const { host, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 1000, running: false, speed: MAX_SPEED, from: { iteration: 1000, weights: numpyAt(1000).weights } });
    send({ type: 'frameDrawn' });
    send({ type: 'seek', iteration: 10 });
    play(200);
    expect(host.lastFrame).toMatchObject({ iteration: 10, trainedTo: 10, knownFrom: 0 });
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(10).weights);
    send({ type: 'seek', iteration: 1000 });
    play(200);
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(1000).weights);
    // The Left key from where a restart took the run up: one back, recomputed from 0.
    const { host: host2, send: send2, play: play2 } = start();
    send2({ type: 'load', setup: tutorial, iteration: 101, running: false, speed: MAX_SPEED, from: { iteration: 101, weights: [0, 0, 0] } }); // whatever they are: nothing before 101 comes from them
    send2({ type: 'frameDrawn' });
    send2({ type: 'step', count: -1 });
    play2(200);
    expect(host2.lastFrame).toMatchObject({ iteration: 100, knownFrom: 0 });
    expect(Array.from(host2.lastFrame.weights)).toEqual(numpyAt(100).weights);
  });

  it('a state beyond the iteration asked for is not used; bad weights are refused and the old run stands', () => {
    const { host, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 10, running: false, speed: MAX_SPEED, from: { iteration: 1000, weights: numpyAt(1000).weights } });
    play(100);
    expect(host.lastFrame).toMatchObject({ iteration: 10, knownFrom: 0 });
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(10).weights);
    const other = { ...tutorial, seed: 2 };
    send({ type: 'load', setup: other, iteration: 100, running: false, speed: MAX_SPEED, from: { iteration: 50, weights: [1, 2] } });
    // The core's refusal, as its code (the detail is for developers; the page shows the 'refused' fault).
    expect(JSON.parse(host.messages('rejected').at(-1)!.detail)).toEqual({ code: 'weightCount', count: 2, needed: 3 });
    send({ type: 'load', setup: tutorial, iteration: 10, running: false, speed: MAX_SPEED, from: { iteration: 5, weights: 'no' } });
    expect(host.messages('rejected').at(-1)?.detail).toMatch(/^The load command is malformed: from must be/);
    play(100);
    expect(Array.from(host.lastFrame.weights)).toEqual(numpyAt(10).weights);
  });
});
