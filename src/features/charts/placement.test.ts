import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeBox, placeMarks } from './placement';

const BOUNDS = { x: 0, y: 0, width: 400, height: 300 };

describe('placeMarks(points, r, bounds)', () => {
  it('leaves apart marks where they are', () => {
    const placed = placeMarks([{ x: 50, y: 50 }, { x: 150, y: 50 }], 13, BOUNDS);
    expect(placed.map((p) => p.moved)).toEqual([false, false]);
  });

  it('draws two marks at one point side by side, the second moved one step (2r + 4) beside the first', () => {
    const placed = placeMarks([{ x: 100, y: 100 }, { x: 100, y: 100 }], 13, BOUNDS);
    expect(placed[0]).toEqual({ at: { x: 100, y: 100 }, drawn: { x: 100, y: 100 }, moved: false });
    expect(placed[1]!.moved).toBe(true);
    expect(placed[1]!.drawn).toEqual({ x: 130, y: 100 });
    expect(placed[1]!.at).toEqual({ x: 100, y: 100 });
  });

  it('moves to the other side when one side leaves the bounds', () => {
    const placed = placeMarks([{ x: 390, y: 100 }, { x: 390, y: 100 }], 13, BOUNDS);
    expect(placed[1]!.drawn).toEqual({ x: 360, y: 100 });
  });

  it('keeps up to a dozen marks anywhere in the plot apart from each other', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 60, max: 340 }), y: fc.integer({ min: 60, max: 240 }) }), { minLength: 1, maxLength: 12 }), (points) => {
        const placed = placeMarks(points, 13, BOUNDS);
        for (let a = 0; a < placed.length; a++)
          for (let b = a + 1; b < placed.length; b++) expect(Math.hypot(placed[a]!.drawn.x - placed[b]!.drawn.x, placed[a]!.drawn.y - placed[b]!.drawn.y)).toBeGreaterThanOrEqual(28);
      }),
    );
  });
});

describe('placeBox(candidates, obstacles, bounds)', () => {
  const box = (x: number) => ({ x, y: 10, width: 20, height: 10 });
  it('takes the first free candidate inside the bounds', () => {
    expect(placeBox([box(-5), box(0), box(40)], [{ box: box(5) }], BOUNDS)).toEqual({ box: box(40), free: true });
  });
  it('takes the one that meets the fewest when none is free', () => {
    const obstacles = [{ box: box(0) }, { box: box(10) }, { circle: { x: 50, y: 15, r: 5 } }];
    expect(placeBox([box(5), box(45)], obstacles, BOUNDS)).toEqual({ box: box(45), free: false });
  });
});

describe('placeBox(candidates, obstacles, bounds, crossings)', () => {
  const box = (x: number) => ({ x, y: 10, width: 20, height: 10 });
  it('keeps clear of the obstacles first and of what `crossings` counts second', () => {
    // box(0) meets an obstacle; box(40) is crossed once; box(80) is free of both: it is taken.
    const crossed = (b: { x: number }) => (b.x === 40 ? 1 : 0);
    expect(placeBox([box(0), box(40), box(80)], [{ box: box(5) }], BOUNDS, crossed)).toEqual({ box: box(80), free: true });
    // With no candidate free of both, one crossed but clear of the obstacles beats one that meets an obstacle.
    expect(placeBox([box(0), box(40)], [{ box: box(5) }], BOUNDS, () => 1).box).toEqual(box(40));
  });
});
