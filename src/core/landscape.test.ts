import { describe, expect, it } from 'vitest';
import situations from './fixtures/situations.json';
import { cellCentre, landscapeGrid, lowestCell, type LandscapeSpec } from './landscape';

/** The mean squared error written out by hand, independently of the code under test: NumPy's formula, row by row. */
function bruteForceMse(rows: number[][], targets: number[], w: number[]): number {
  let total = 0;
  rows.forEach((x, r) => {
    const out = 1 / (1 + Math.exp(-(x[0]! * w[0]! + x[1]! * w[1]! + x[2]! * w[2]!)));
    total += (targets[r]! - out) ** 2;
  });
  return total / rows.length;
}

const tables = Object.values(situations.cases);

describe('landscapeGrid(spec)', () => {
  for (const table of tables) {
    for (const axes of [[0, 2], [1, 0], [2, 1]] as [number, number][]) {
      it(`equals the brute-force error at sampled cells, to 1e-12 (${table.inputs.length} rows, axes w${axes[0] + 1}/w${axes[1] + 1})`, () => {
        const weights = table.checkpoints[2]!.weights;
        const spec: LandscapeSpec = {
          inputs: table.inputs.flat(),
          targets: table.targets,
          weights,
          axes,
          xRange: [-6, 9.5],
          yRange: [-8.25, 4],
          columns: 128,
          rows: 101,
        };
        const grid = landscapeGrid(spec);
        expect(grid.length).toBe(128 * 101);
        for (const [i, j] of [[0, 0], [127, 100], [0, 100], [127, 0], [64, 50], [13, 77], [99, 3], [42, 42]] as const) {
          const w = [...weights];
          // The centre of cell i of 128 over [-6, 9.5], worked out by hand: -6 + (i + 0.5) * 15.5 / 128.
          w[axes[0]] = -6 + ((i + 0.5) * 15.5) / 128;
          w[axes[1]] = -8.25 + ((j + 0.5) * 12.25) / 101;
          const expected = bruteForceMse(table.inputs, table.targets, w);
          expect(Math.abs(grid[i + j * 128]! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
        }
      });
    }
  }

  it("gives the trainer's error at the trainer's weights (NumPy's mean squared error at 10,000)", () => {
    const tutorial = situations.cases.tutorial;
    const at = tutorial.checkpoints[3]!;
    // A 2x2 grid whose cell (0, 0) is centred on the weights: ranges [w - 1, w + 1] in two cells.
    const [w1, , w3] = at.weights as [number, number, number];
    const grid = landscapeGrid({
      inputs: tutorial.inputs.flat(),
      targets: tutorial.targets,
      weights: at.weights,
      axes: [0, 2],
      xRange: [w1 - 0.5, w1 + 1.5],
      yRange: [w3 - 0.5, w3 + 1.5],
      columns: 2,
      rows: 2,
    });
    expect(Math.abs(grid[0]! - at.meanSquaredError)).toBeLessThanOrEqual(1e-12 * at.meanSquaredError + 1e-18);
  });

  it('refuses equal axes, a falling range, too few cells and a table of the wrong size', () => {
    const base: LandscapeSpec = { inputs: [0, 1, 1], targets: [1], weights: [0, 0, 0], axes: [0, 2], xRange: [0, 1], yRange: [0, 1], columns: 4, rows: 4 };
    expect(() => landscapeGrid({ ...base, axes: [1, 1] })).toThrow(RangeError);
    expect(() => landscapeGrid({ ...base, xRange: [1, 0] })).toThrow(RangeError);
    expect(() => landscapeGrid({ ...base, yRange: [0, Number.NaN] })).toThrow(RangeError);
    expect(() => landscapeGrid({ ...base, columns: 1 })).toThrow(RangeError);
    expect(() => landscapeGrid({ ...base, inputs: [0, 1] })).toThrow(RangeError);
  });
});

describe('cellCentre(lo, hi, count, i)', () => {
  it('puts the cells edge to edge over the range: 4 cells over [0, 1] centre on 1/8, 3/8, 5/8, 7/8', () => {
    expect([0, 1, 2, 3].map((i) => cellCentre(0, 1, 4, i))).toEqual([0.125, 0.375, 0.625, 0.875]);
  });
});

describe('lowestCell(grid, columns, rows)', () => {
  it('finds the least value, passing over NaN, and says null for a grid of NaN', () => {
    expect(lowestCell([3, Number.NaN, 0.5, 2, 0.5, 9], 3, 2)).toEqual({ column: 2, row: 0, value: 0.5 });
    expect(lowestCell([Number.NaN, Number.NaN], 2, 1)).toBeNull();
  });
});
