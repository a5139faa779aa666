import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../../state';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import reference from '../../core/fixtures/reference.json';
import { announcementOf, followAnnouncements, SETTLE_MS } from './announcement';

const numpy = (k: number) => reference.cases['seed-tutorial'].checkpoints.find((c) => c.iterations === k)!;

describe('announcementOf', () => {
  it('writes the iteration with separators and the prediction as the tutorial prints it', () => {
    expect(announcementOf({ iteration: 10, prediction: numpy(10).prediction })).toBe('Iteration 10, prediction 0.65980921');
    expect(announcementOf({ iteration: 10000, prediction: numpy(10000).prediction })).toBe('Iteration 10,000, prediction 0.9897704');
  });
});

describe('followAnnouncements', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const frames = [0, 1, 2, 10].map((k) => makeFrame(TUTORIAL, k));
  const frame = (k: 0 | 1 | 2 | 10, running = false) => ({ ...frames[[0, 1, 2, 10].indexOf(k)]!, running });

  function setup() {
    const store = createLabStore();
    const said: string[] = [];
    const stop = followAnnouncements(store, (text) => said.push(text));
    return { store, said, stop };
  }

  it('stays silent for the state the app opened on, then speaks once a step has settled', () => {
    const { store, said } = setup();
    store.getState().receiveFrame(frame(0));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([]);
    store.getState().receiveFrame(frame(1));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([announcementOf(frame(1))]);
  });

  it('says nothing during a run and speaks once after the pause', () => {
    const { store, said } = setup();
    store.getState().receiveFrame(frame(0));
    vi.advanceTimersByTime(SETTLE_MS);
    store.getState().run();
    for (const k of [1, 2, 10] as const) {
      store.getState().receiveFrame(frame(k, true));
      vi.advanceTimersByTime(SETTLE_MS * 2);
    }
    expect(said).toEqual([]);
    store.getState().pause();
    store.getState().receiveFrame(frame(10));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([announcementOf(frame(10))]);
  });

  it('is not held back by frames that repeat the same numbers while paused', () => {
    const { store, said } = setup();
    store.getState().receiveFrame(frame(0));
    vi.advanceTimersByTime(SETTLE_MS);
    store.getState().receiveFrame(frame(10));
    for (let t = 0; t < 4; t++) {
      vi.advanceTimersByTime(SETTLE_MS / 4);
      store.getState().receiveFrame({ ...frame(10) });
    }
    expect(said).toEqual([announcementOf(frame(10))]);
  });

  it('speaks after a pause even when the run started before the opening frame had settled', () => {
    const { store, said } = setup();
    store.getState().receiveFrame(frame(0));
    store.getState().run();
    store.getState().receiveFrame(frame(2, true));
    store.getState().pause();
    store.getState().receiveFrame(frame(2));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([announcementOf(frame(2))]);
  });

  it('folds quick steps into one announcement of where they ended', () => {
    const { store, said } = setup();
    store.getState().receiveFrame(frame(0));
    vi.advanceTimersByTime(SETTLE_MS);
    for (const k of [1, 2, 10] as const) {
      store.getState().receiveFrame(frame(k));
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([announcementOf(frame(10))]);
  });

  it('does not repeat itself, speaks again when the numbers change back, and stops when unsubscribed', () => {
    const { store, said, stop } = setup();
    store.getState().receiveFrame(frame(0));
    vi.advanceTimersByTime(SETTLE_MS);
    store.getState().receiveFrame(frame(2));
    vi.advanceTimersByTime(SETTLE_MS);
    store.getState().receiveFrame({ ...frame(2) });
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([announcementOf(frame(2))]);
    store.getState().receiveFrame(frame(0));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([announcementOf(frame(2)), announcementOf(frame(0))]);
    store.getState().receiveFrame(frame(1));
    stop();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toHaveLength(2);
  });

  it('takes a settled state already there when it starts as the opening state', () => {
    const store = createLabStore();
    store.getState().receiveFrame(frame(10));
    const said: string[] = [];
    followAnnouncements(store, (text) => said.push(text));
    store.getState().receiveFrame({ ...frame(10) });
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([]);
    store.getState().receiveFrame(frame(1));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(said).toEqual([announcementOf(frame(1))]);
  });
});
