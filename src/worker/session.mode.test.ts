import { describe, expect, it } from 'vitest';
import type { SessionMode } from './session';
import { TUTORIAL_SETUP, startSession } from './testing/sessionHarness';
import { MAX_ITERATION, MAX_SPEED } from './protocol';

// The session's mode is one of paused, running or catching up: never running and catching up at once.

const tutorial = TUTORIAL_SETUP;

const start = () => startSession();

describe('the session mode', () => {
  it('cannot say running and catching up at once (the type refuses it)', () => {
    // @ts-expect-error a running mode has no recomputation target
    const both: SessionMode = { kind: 'running', until: null, target: 5000 };
    // @ts-expect-error nor does a paused one
    const pausedAndCatchingUp: SessionMode = { kind: 'paused', target: 5000 };
    expect([both.kind, pausedAndCatchingUp.kind]).toEqual(['running', 'paused']);
  });

  it('a load that runs beyond what is trained catches up first (running later), then runs: one mode at a time', () => {
    const { host, session, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 50_000, running: true, speed: MAX_SPEED });
    expect(session.mode).toEqual({ kind: 'catchingUp', target: 50_000, then: { until: null } });
    while (session.mode.kind === 'catchingUp') play(20);
    expect(session.mode).toEqual({ kind: 'running', until: null });
    expect(host.lastFrame.iteration).toBeGreaterThanOrEqual(50_000);
    send({ type: 'pause' });
    expect(session.mode).toEqual({ kind: 'paused' });
  });

  it('Run during a recomputation keeps recomputing and runs afterwards up to its stop; Pause ends both', () => {
    const { host, session, send, play } = start();
    send({ type: 'load', setup: tutorial, iteration: 0, running: false, speed: MAX_SPEED });
    send({ type: 'seek', iteration: 40_000 });
    expect(session.mode).toEqual({ kind: 'catchingUp', target: 40_000, then: null });
    send({ type: 'run', speed: MAX_SPEED, until: 60_000 });
    expect(session.mode).toEqual({ kind: 'catchingUp', target: 40_000, then: { until: 60_000 } });
    while (session.mode.kind !== 'paused') play(20);
    expect(host.messages('reachedStop').at(-1)?.iteration).toBe(60_000);

    send({ type: 'seek', iteration: 200_000 });
    send({ type: 'run', speed: MAX_SPEED });
    send({ type: 'pause' });
    expect(session.mode).toEqual({ kind: 'paused' });
    play(1000);
    expect(host.lastFrame.running).toBe(false);
    expect(host.lastFrame.iteration).toBeLessThan(200_000);
  });

  it('a Step during a recomputation to the last iteration says where the run is going, not that it reached the end', () => {
    const { host, send } = start();
    send({ type: 'load', setup: tutorial, iteration: 0, running: false, speed: MAX_SPEED });
    send({ type: 'seek', iteration: MAX_ITERATION });
    send({ type: 'step', count: 1 });
    const { fault } = host.messages('rejected').at(-1)!;
    // Where the run is going and by how much the step would pass the end: not the 'reachedEnd' of a run at the end.
    expect(fault).toEqual({ code: 'stepPastEnd', from: MAX_ITERATION, count: 1, most: MAX_ITERATION });
  });
});
