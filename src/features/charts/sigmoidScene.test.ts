import { describe, expect, it } from 'vitest';
import { lastSceneOf, marginsFor, sigmoidScene, type SceneInput } from './sigmoidScene';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import reference from '../../core/fixtures/reference.json';

const checkpoints = reference.cases['seed-tutorial'].checkpoints;
const WIDTH = 600;
const HEIGHT = 300;

const inputOf = (setup: { inputs: number[][]; targets: number[]; testInput: number[] }, iteration: number): SceneInput => ({
  frame: makeFrame(setup, iteration),
  inputs: setup.inputs,
  targets: setup.targets,
  testInput: setup.testInput,
  width: WIDTH,
  height: HEIGHT,
  fonts: null,
  zFloor: 0,
});

describe('sigmoidScene(input)', () => {
  it("puts each row's mark at its z and NumPy output on the chart's scales: x from -6 to 6, y from 0 to 1", () => {
    const scene = sigmoidScene(inputOf(TUTORIAL, 10))!;
    const { weights: w, outputs } = checkpoints.find((c) => c.iterations === 10)!;
    const zs = [w[1]! + w[2]!, w[0]!, w[0]! + w[2]!];
    // The plot inside the margins; the z axis from -6 to 6 (every |z| is below 5.5), the output axis from 0 to 1.
    const m = marginsFor(null);
    const plotWidth = WIDTH - m.left - m.right;
    const plotHeight = HEIGHT - m.top - m.bottom;
    expect(scene.zLimit).toBe(6);
    scene.rows.forEach((row, r) => {
      expect(row.x).toBeCloseTo(m.left + ((zs[r]! + 6) / 12) * plotWidth, 9);
      expect(row.yOutput).toBeCloseTo(m.top + (1 - outputs[r]!) * plotHeight, 9);
      expect(row.yTarget).toBeCloseTo(m.top + (1 - TUTORIAL.targets[r]!) * plotHeight, 9);
      // Three rows apart from one another: each drawn where it belongs.
      expect(row.moved).toBe(false);
      expect(row.drawn).toEqual({ x: row.x, y: row.yOutput });
    });
    // The test input [1, 0, 1] is row 3's input: its diamond is on row 3's point.
    expect(scene.test.x).toBeCloseTo(scene.rows[2]!.x, 9);
    expect(scene.test.y).toBeCloseTo(scene.rows[2]!.yOutput, 9);
  });

  it('keeps its shape while the marks move and when two marks come to coincide (every leader line is mounted), changes it with the number of rows', () => {
    const at10 = sigmoidScene(inputOf(TUTORIAL, 10))!;
    const at11 = sigmoidScene(inputOf(TUTORIAL, 11))!;
    expect(at11.rows[0]!.x).not.toBe(at10.rows[0]!.x);
    expect(at11.shape).toBe(at10.shape);
    // Row 4 is row 3 again: the same z and output, so it is drawn beside it, with a leader line to its point.
    const twice = { inputs: [...TUTORIAL.inputs, [1, 0, 1]], targets: [...TUTORIAL.targets, 1], testInput: TUTORIAL.testInput };
    const coinciding = sigmoidScene(inputOf(twice, 10))!;
    expect(coinciding.rows[3]!.moved).toBe(true);
    expect(coinciding.rows[3]!.at).toEqual(coinciding.rows[2]!.drawn);
    const { x, y } = coinciding.rows[3]!.drawn;
    expect(Math.hypot(x - coinciding.rows[2]!.drawn.x, y - coinciding.rows[2]!.drawn.y)).toBeGreaterThanOrEqual(2 * coinciding.radius);
    // Four rows, not three: one more mark to render. Row 4 moved aside is no new shape: its leader is only shown.
    expect(coinciding.shape).not.toBe(at10.shape);
    const apart = { ...twice, inputs: [...TUTORIAL.inputs, [0, 1, 0]] };
    const apartScene = sigmoidScene(inputOf(apart, 10))!;
    expect(apartScene.rows[3]!.moved).toBe(false);
    expect(apartScene.shape).toBe(coinciding.shape);
  });

  it('is null before the first frame', () => {
    expect(sigmoidScene({ ...inputOf(TUTORIAL, 0), frame: null })).toBeNull();
  });
});

describe('lastSceneOf()', () => {
  it('computes a scene once for the same input (the render and the tick ask alike), again when any part changes', () => {
    const sceneOf = lastSceneOf();
    const input = inputOf(TUTORIAL, 10);
    const first = sceneOf(input);
    expect(sceneOf({ ...input })).toBe(first);
    expect(sceneOf({ ...input, width: WIDTH + 1 })).not.toBe(first);
    expect(sceneOf({ ...input, frame: makeFrame(TUTORIAL, 10) })).not.toBe(first);
  });
});

describe("the sigmoid's name", () => {
  it('is crossed by neither curve in a projector-sized plot, at every iteration of the tutorial shown by the layout checks', async () => {
    const { sigmoidCurves, curveCrossings } = await import('./sigmoidCurves');
    for (const iteration of [0, 1, 10, 100, 1000]) {
      const scene = sigmoidScene({ ...inputOf(TUTORIAL, iteration), width: 340, height: 190 })!;
      expect(curveCrossings(sigmoidCurves(scene.x, scene.y, scene.zLimit), scene.labels.sigmoid, 2.5), `at ${iteration}`).toBe(0);
    }
  });
});
