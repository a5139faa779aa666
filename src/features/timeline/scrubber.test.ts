import { describe, expect, it } from 'vitest';
import { Scrubber } from './scrubber';

/** A scrubber with a hand-cranked animation frame, recording the seeks and the drafts it reports. */
function setup() {
  const seeks: number[] = [];
  const drafts: (number | null)[] = [];
  let frameCallbacks: (() => void)[] = [];
  const scrubber = new Scrubber(
    {
      seek: (iteration) => seeks.push(iteration),
      requestFrame: (callback) => frameCallbacks.push(callback),
    },
    (draft) => drafts.push(draft),
  );
  const nextFrame = () => {
    const due = frameCallbacks;
    frameCallbacks = [];
    due.forEach((callback) => callback());
  };
  return { scrubber, seeks, drafts, nextFrame, framesRequested: () => frameCallbacks.length };
}

describe('Scrubber.move', () => {
  it('sends one seek per animation frame, the latest position, however many moves came in between', () => {
    const { scrubber, seeks, nextFrame, framesRequested } = setup();
    for (let k = 1; k <= 500; k++) scrubber.move(k * 20_000, 0);
    expect(framesRequested()).toBe(1);
    expect(seeks).toEqual([]);
    nextFrame();
    expect(seeks).toEqual([10_000_000]);
    scrubber.move(4_000_000, 0);
    scrubber.move(3_000_000, 0);
    nextFrame();
    expect(seeks).toEqual([10_000_000, 3_000_000]);
  });

  it('does not send the same position twice in a row, and sends nothing on a frame with no move', () => {
    const { scrubber, seeks, nextFrame } = setup();
    scrubber.move(10, 0);
    nextFrame();
    scrubber.move(12, 0);
    scrubber.move(10, 0);
    nextFrame();
    nextFrame();
    expect(seeks).toEqual([10]);
  });

  it('shows the thumb where the user put it at once', () => {
    const { scrubber, drafts } = setup();
    scrubber.move(10, 0);
    expect(scrubber.draft).toBe(10);
    scrubber.move(11, 0);
    expect(drafts).toEqual([10, 11]);
  });
});

describe('Scrubber.shown', () => {
  it('drops the draft when the store shows the iteration asked for', () => {
    const { scrubber, nextFrame } = setup();
    scrubber.move(10, 100);
    nextFrame();
    scrubber.shown(10);
    expect(scrubber.draft).toBeNull();
  });

  it('keeps the draft through one frame made before the seek (the iteration shown before, or the seek before)', () => {
    const { scrubber, nextFrame } = setup();
    scrubber.move(10, 100);
    nextFrame();
    scrubber.shown(100); // the engine's frame from before the seek
    expect(scrubber.draft).toBe(10);
    scrubber.move(20, 100);
    nextFrame();
    scrubber.shown(10); // the frame for the first seek, drawn after the second went out
    expect(scrubber.draft).toBe(20);
    scrubber.shown(20);
    expect(scrubber.draft).toBeNull();
  });

  it('keeps the draft while a newer position waits for its frame', () => {
    const { scrubber, nextFrame } = setup();
    scrubber.move(10, 100);
    nextFrame();
    scrubber.move(30, 100);
    scrubber.shown(10);
    expect(scrubber.draft).toBe(30);
  });

  it('follows the store again when something else moved the run (a Step, a Reset)', () => {
    const { scrubber, nextFrame } = setup();
    scrubber.move(10, 100);
    nextFrame();
    scrubber.shown(100);
    scrubber.shown(0); // Reset: neither the seek's iteration nor a frame from before it
    expect(scrubber.draft).toBeNull();
  });

  it('a stale iteration is forgiven once only', () => {
    const { scrubber, nextFrame } = setup();
    scrubber.move(10, 100);
    nextFrame();
    scrubber.shown(100);
    scrubber.shown(100);
    expect(scrubber.draft).toBeNull();
  });
});

describe('Scrubber.cancel', () => {
  it('forgets the draft and the seek not sent yet', () => {
    const { scrubber, seeks, nextFrame } = setup();
    scrubber.move(10, 0);
    scrubber.cancel();
    nextFrame();
    expect(seeks).toEqual([]);
    expect(scrubber.draft).toBeNull();
  });
});
