import { describe, expect, it } from 'vitest';
import { createLabStore } from './store';
import { aboutText, ASK_AFTER_SECONDS, secondsToReach } from './longWorkSlice';
import { makeFrame } from '../ui/testing/makeFrame';
import type { ToWorker } from '../worker/protocol';

const TUTORIAL = { inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] };
const LARGEST = 4_294_967_295;

/** A store with a recording engine port, and a way to hand it frames as the engine would. */
function setUp() {
  const store = createLabStore();
  const sent: ToWorker[] = [];
  store.getState().attachEngine({ send: (message) => void sent.push(message), restart: () => {} });
  const frameAt = (trainedTo: number, iterationsPerSecond: number, catchingUpTo: number | null) => {
    const frame = { ...makeFrame(TUTORIAL, 0), iteration: trainedTo, trainedTo, iterationsPerSecond };
    store.getState().receiveFrame(frame, catchingUpTo);
  };
  return { store, sent, frameAt };
}

describe('secondsToReach(target, reached, perSecond)', () => {
  it('divides what is left by the measured speed, and is Infinity before a speed is known', () => {
    expect(secondsToReach(LARGEST, 294_967_295, 1e7)).toBe(400);
    expect(secondsToReach(100, 200, 1e7)).toBe(0);
    expect(secondsToReach(LARGEST, 0, 0)).toBe(Infinity);
  });
  it('words the wait roughly', () => {
    expect(aboutText(400)).toBe('about 7 min');
    expect(aboutText(12.4)).toBe('about 12 s');
    expect(aboutText(9000)).toBe('about 2.5 h');
  });
});

describe('openAt(iteration, source): ask before a long recomputation', () => {
  it('shows the target at once and asks, paused, once the speed says it takes more than 10 s', () => {
    const { store, sent, frameAt } = setUp();
    store.getState().openAt(LARGEST, 'link');
    expect(store.getState()).toMatchObject({ iteration: LARGEST, catchingUpTo: LARGEST, longWork: { phase: 'measuring', target: LARGEST } });
    expect(sent.at(-1)).toEqual({ type: 'seek', iteration: LARGEST });
    // The first frames come before the speed is measured: nothing is asked yet.
    frameAt(50_000, 0, LARGEST);
    expect(store.getState().longWork?.phase).toBe('measuring');
    // The first speed is a warm-up's: left aside. The next one decides: 4,291,967,295 left at 12,000,000 a
    // second is 357.7 s, so it asks, and pauses where it is.
    frameAt(1_000_000, 4e6, LARGEST);
    frameAt(1_100_000, 4e6, LARGEST); // the same quarter second's figure again
    expect(store.getState().longWork?.phase).toBe('measuring');
    expect(sent.some((m) => m.type === 'pause')).toBe(false);
    frameAt(3_000_000, 12e6, LARGEST);
    const asked = store.getState().longWork;
    expect(asked).toMatchObject({ phase: 'asking', target: LARGEST, source: 'link', perSecond: 12e6 });
    expect(asked?.phase === 'asking' && asked.seconds).toBeCloseTo((LARGEST - 3_000_000) / 12e6, 9);
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    // The counter shows where it stopped at once, not the target, before the pause's own frame arrives.
    expect(store.getState()).toMatchObject({ iteration: 3_000_000, catchingUpTo: null });
  });

  it('"Go on" goes on to the target from where it is', () => {
    const { store, sent, frameAt } = setUp();
    store.getState().openAt(LARGEST, 'link');
    frameAt(1_000_000, 4e6, LARGEST);
    frameAt(3_000_000, 12e6, LARGEST);
    frameAt(3_100_000, 0, null); // the pause landed
    store.getState().answerLongWork(true);
    expect(store.getState()).toMatchObject({ longWork: null, iteration: LARGEST, catchingUpTo: LARGEST });
    expect(sent.at(-1)).toEqual({ type: 'seek', iteration: LARGEST });
    // Not asked twice: later frames are the recomputation the teacher chose.
    frameAt(4_000_000, 12e6, LARGEST);
    expect(store.getState().longWork).toBeNull();
  });

  it('"Stay here" keeps the iteration reached and leaves a notice that still goes on', () => {
    const { store, sent, frameAt } = setUp();
    store.getState().openAt(LARGEST, 'file');
    frameAt(1_000_000, 4e6, LARGEST);
    frameAt(3_000_000, 12e6, LARGEST);
    frameAt(3_100_000, 0, null);
    store.getState().answerLongWork(false);
    const { longWork, iteration, notices } = store.getState();
    expect(longWork).toBeNull();
    expect(iteration).toBe(3_100_000);
    expect(notices.at(-1)?.text).toBe('Stayed at iteration 3,100,000; the file goes on to 4,294,967,295 (about 6 min on this device).');
    const before = sent.length;
    notices.at(-1)!.actions![0]!.run();
    expect(notices.at(-1)!.actions![0]!.label).toBe('Go on to 4,294,967,295');
    expect(sent.slice(before)).toEqual([{ type: 'seek', iteration: LARGEST }]);
  });

  it(`does not ask when the rest takes ${ASK_AFTER_SECONDS} s or less, nor once the run is there or stopped`, () => {
    const { store, sent, frameAt } = setUp();
    store.getState().openAt(100_000_000, 'link');
    frameAt(1_000_000, 4e6, 100_000_000); // the warm-up's speed alone would say 24.8 s
    frameAt(3_000_000, 12e6, 100_000_000); // 97,000,000 / 12,000,000 = 8.1 s
    expect(store.getState().longWork).toBeNull();
    expect(sent.some((m) => m.type === 'pause')).toBe(false);

    store.getState().openAt(200_000_000, 'link');
    frameAt(200_000_000, 0, null); // arrived before the speed was known
    expect(store.getState().longWork).toBeNull();

    store.getState().openAt(300_000_000, 'link');
    store.getState().pause(); // the teacher pressed Stop
    frameAt(210_000_000, 0, null);
    expect(store.getState().longWork).toBeNull();
  });

  it('asks nothing for an iteration already trained', () => {
    const { store, frameAt } = setUp();
    frameAt(20_000, 0, null);
    store.getState().openAt(10_000, 'link');
    expect(store.getState()).toMatchObject({ iteration: 10_000, catchingUpTo: null, longWork: null });
  });
});
