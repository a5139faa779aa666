import { describe, expect, it } from 'vitest';
import situations from '../../core/fixtures/situations.json';
import { formatValue } from '../../format/number';
import { situationsOf } from './situationsModel';

// Expected numbers from NumPy: src/core/fixtures/make-situations-fixture.py wrote situations.json.
const cases = Object.entries(situations.cases);

describe('situationsOf(weights, dataset, testInput)', () => {
  for (const [name, c] of cases) {
    for (const cp of c.checkpoints) {
      it(`writes NumPy's eight outputs to 8 digits on the ${name} table at ${cp.iterations} iterations`, () => {
        const { corners } = situationsOf(cp.weights, { inputs: c.inputs, targets: c.targets }, [1, 0, 1]);
        expect(corners.map((corner) => formatValue(corner.output))).toEqual(cp.cornerShown);
      });
    }
  }

  it("marks the tutorial's rows (011, 100, 101) with their targets and the test input 101", () => {
    const c = situations.cases.tutorial;
    const { corners, tableOnCorners, testOnCorner } = situationsOf(c.checkpoints[3]!.weights, { inputs: c.inputs, targets: c.targets }, [1, 0, 1]);
    expect(corners.filter((s) => s.targets.length > 0).map((s) => [s.name, s.targets])).toEqual([['011', [1]], ['100', [0]], ['101', [1]]]);
    expect(corners.filter((s) => s.isTest).map((s) => s.name)).toEqual(['101']);
    expect(tableOnCorners).toBe(true);
    expect(testOnCorner).toBe(true);
  });

  it('says when the table or the test input is not on the corners', () => {
    const { corners, tableOnCorners, testOnCorner } = situationsOf([1, 1, 1], { inputs: [[0.5, 1, 0], [1, 0, 0]], targets: [1, 0] }, [0.5, 0, 1]);
    expect(tableOnCorners).toBe(false);
    expect(testOnCorner).toBe(false);
    expect(corners.some((s) => s.isTest)).toBe(false);
    expect(corners.find((s) => s.name === '100')!.targets).toEqual([0]);
  });
});
