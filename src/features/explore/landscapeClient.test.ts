import { describe, expect, it } from 'vitest';
import { answerLandscape } from '../../worker/landscapeJob';
import type { FromLandscapeWorker, LandscapeAnswer, LandscapeFailure, LandscapeRequest } from '../../worker/landscapeProtocol';
import { LandscapeClient, RUN_INTERVAL_MS, type LandscapeAsk, type LandscapeWorkerLike } from './landscapeClient';

/** A worker that holds each request until the test answers it, with the real job. */
class HeldWorker implements LandscapeWorkerLike {
  onmessage: ((event: MessageEvent<FromLandscapeWorker>) => void) | null = null;
  received: LandscapeRequest[] = [];
  terminated = false;
  postMessage(message: LandscapeRequest) {
    this.received.push(message);
  }
  answerLast() {
    const request = this.received[this.received.length - 1]!;
    this.onmessage?.({ data: answerLandscape(request) } as MessageEvent<FromLandscapeWorker>);
  }
  terminate() {
    this.terminated = true;
  }
}

const ask = (third: number): LandscapeAsk => ({
  inputs: [0, 1, 1, 1, 0, 0, 1, 0, 1],
  targets: [1, 0, 1],
  weights: [0, third, 0],
  axes: [0, 2],
  xRange: [-4, 4],
  yRange: [-4, 4],
  columns: 100,
  rows: 100,
  levels: 10,
});

function setup() {
  const worker = new HeldWorker();
  const answers: LandscapeAnswer[] = [];
  const failures: LandscapeFailure[] = [];
  let clock = 0;
  const timers: { at: number; run: () => void }[] = [];
  const client = new LandscapeClient({
    createWorker: () => worker,
    onAnswer: (a) => answers.push(a),
    onFailure: (m) => failures.push(m),
    now: () => clock,
    schedule(run, delay) {
      const timer = { at: clock + delay, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  });
  const advance = (ms: number) => {
    clock += ms;
    for (const timer of timers.filter((t) => t.at <= clock)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  return { worker, client, answers, failures, advance };
}

describe('LandscapeClient', () => {
  it('keeps one request in flight and sends only the newest of those that waited', () => {
    const { worker, client, answers } = setup();
    client.request(ask(1), false);
    client.request(ask(2), false);
    client.request(ask(3), false);
    expect(worker.received.map((r) => r.weights[1])).toEqual([1]);
    worker.answerLast();
    expect(worker.received.map((r) => r.weights[1])).toEqual([1, 3]);
    worker.answerLast();
    expect(answers.map((a) => a.weights[1])).toEqual([1, 3]);
    expect(answers[1]!.grid.length).toBe(100 * 100);
  });

  it(`spaces requests ${RUN_INTERVAL_MS} ms apart during a run`, () => {
    const { worker, client, advance } = setup();
    client.request(ask(1), true);
    worker.answerLast();
    client.request(ask(2), true);
    expect(worker.received).toHaveLength(1);
    advance(RUN_INTERVAL_MS - 1);
    expect(worker.received).toHaveLength(1);
    advance(1);
    expect(worker.received).toHaveLength(2);
  });

  it('reports a request the worker refused, and goes on with the next', () => {
    const { worker, client, failures, answers } = setup();
    client.request({ ...ask(1), axes: [2, 2] }, false);
    worker.answerLast();
    // The core's refusal reaches the page as its code, for the page to word: axes 2 and 2 are the third weight twice.
    expect(failures).toEqual([{ problem: { code: 'landscapeAxes', axes: '2, 2', most: 2 } }]);
    client.request(ask(1), false);
    worker.answerLast();
    expect(answers).toHaveLength(1);
  });

  it('ignores an answer after dispose and terminates the worker', () => {
    const { worker, client, answers } = setup();
    client.request(ask(1), false);
    client.dispose();
    worker.answerLast();
    expect(answers).toHaveLength(0);
    expect(worker.terminated).toBe(true);
  });
});
