import { describe, expect, it } from 'vitest';
import { PRESETS, presetDataset } from '../../state';
import { planeBox, planePoints, rowsOnWrongSide } from './dividingLineModel';

const preset = (id: string) => presetDataset(PRESETS.find((p) => p.id === id)!);

describe('planePoints(dataset, axes, fixed)', () => {
  it("places the tutorial's rows in the plane of inputs 1 and 2 with input 3 at 1: row 2 (100) is off the slice", () => {
    const points = planePoints(preset('tutorial'), [0, 1], 1);
    expect(points.map((p) => [p.row, p.x, p.y, p.target, p.onSlice])).toEqual([
      [1, 0, 1, 1, true],
      [2, 1, 0, 0, false],
      [3, 1, 0, 1, true],
    ]);
  });
});

describe('rowsOnWrongSide(points, weights, axes, fixed)', () => {
  it('counts no row wrong for AND with the line x1 + x2 = 1.5, and two of XOR for any line', () => {
    const and = planePoints(preset('and'), [0, 1], 1);
    expect(rowsOnWrongSide(and, [1, 1, -1.5], [0, 1], 1)).toBe(0);
    const xor = planePoints(preset('xor'), [0, 1], 1);
    // Lines of every direction and offset: XOR's four rows always have at least one on the wrong side.
    let fewest = Infinity;
    for (let a = -3; a <= 3; a += 0.5) for (let b = -3; b <= 3; b += 0.5) for (let c = -3; c <= 3; c += 0.25) fewest = Math.min(fewest, rowsOnWrongSide(xor, [a, b, c], [0, 1], 1));
    expect(fewest).toBe(1);
  });
});

describe('planeBox(dataset, axes)', () => {
  it('is the unit square with a quarter margin for 0/1 inputs, and covers the rows otherwise', () => {
    expect(planeBox(preset('xor'), [0, 1])).toEqual({ xMin: -0.25, xMax: 1.25, yMin: -0.25, yMax: 1.25 });
    const box = planeBox({ inputs: [[-2, 5, 1], [3, 0, 0]], targets: [1, 0] }, [0, 1]);
    expect(box.xMin).toBeLessThan(-2);
    expect(box.xMax).toBeGreaterThan(3);
    expect(box.yMax).toBeGreaterThan(5);
  });
});
