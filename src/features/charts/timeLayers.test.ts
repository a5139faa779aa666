import { describe, expect, it } from 'vitest';
import { errorLayers, layersExtent, nearestSample, pixelGroups, spreadLabels, weightLayers } from './timeLayers';
import { makeFrame, TUTORIAL } from '../../ui/testing/makeFrame';
import reference from '../../core/fixtures/reference.json';

const tutorial = reference.cases['seed-tutorial'];
const at = (n: number) => tutorial.checkpoints.find((c) => c.iterations === n)!;

describe('weightLayers(frame)', () => {
  it('gives one line per weight holding the NumPy weights at each sample', () => {
    const frame = makeFrame(TUTORIAL, 10);
    const layers = weightLayers(frame);
    expect(layers.map((l) => l.label)).toEqual(['w1', 'w2', 'w3']);
    // Sample s is iteration s in these frames.
    for (let j = 0; j < 3; j++) {
      expect(layers[j]!.value(0)).toBe(at(0).weights[j]);
      expect(layers[j]!.value(1)).toBe(at(1).weights[j]);
      expect(layers[j]!.value(10)).toBe(at(10).weights[j]);
    }
    expect(new Set(layers.map((l) => l.color)).size).toBe(3);
    expect(new Set(layers.map((l) => l.dash.join(','))).size).toBe(3);
  });
});

describe('errorLayers(frame)', () => {
  it("gives each row's error (target - output) and the mean squared error last", () => {
    const frame = makeFrame(TUTORIAL, 10);
    const layers = errorLayers(frame);
    expect(layers.map((l) => l.label)).toEqual(['row 1', 'row 2', 'row 3', 'MSE']);
    const outputs = at(10).outputs;
    const errors = outputs.map((out, r) => TUTORIAL.targets[r]! - out);
    errors.forEach((e, r) => expect(layers[r]!.value(10)).toBe(e));
    const mse = errors.reduce((sum, e) => sum + e * e, 0) / 3;
    expect(layers[3]!.value(10)).toBeCloseTo(mse, 15);
    expect(layers[3]!.lineWidth).toBeGreaterThan(layers[0]!.lineWidth);
  });
});

describe('layersExtent(layers, samples)', () => {
  it('spans every value and 0', () => {
    const frame = makeFrame(TUTORIAL, 10);
    const [low, high] = layersExtent(weightLayers(frame), 11);
    expect(low).toBe(-0.9997712503653102); // w3 at iteration 0, the lowest weight
    expect(high).toBeGreaterThanOrEqual(1.0977811147323964); // w2 at iteration 10
  });
});

describe('nearestSample(series, iteration)', () => {
  const series = { iterations: Float64Array.from([0, 1, 10, 100, 1000]) } as Parameters<typeof nearestSample>[0];
  it('finds the closest sample, earlier one on a tie', () => {
    expect(nearestSample(series, 0)).toBe(0);
    expect(nearestSample(series, 4)).toBe(1);
    expect(nearestSample(series, 7)).toBe(2);
    expect(nearestSample(series, 55)).toBe(2);
    expect(nearestSample(series, 56)).toBe(3);
    expect(nearestSample(series, 5000)).toBe(4);
    expect(nearestSample(series, -3)).toBe(0);
  });
  it('answers -1 for an empty series', () => {
    expect(nearestSample({ iterations: new Float64Array(0) } as Parameters<typeof nearestSample>[0], 3)).toBe(-1);
  });
});

describe('spreadLabels(ys, gap, top, bottom)', () => {
  it('leaves labels that are far apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 16, 0, 100)).toEqual([10, 50, 90]);
  });
  it('pushes close labels apart, keeping their order', () => {
    const placed = spreadLabels([50, 49, 52], 16, 0, 100);
    const sorted = [...placed].sort((a, b) => a - b);
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(16);
    expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(16);
    expect(placed[1]).toBeLessThan(placed[0]!);
  });
  it('keeps labels inside the plot', () => {
    const placed = spreadLabels([98, 99, 100], 16, 0, 100);
    expect(Math.max(...placed)).toBeLessThanOrEqual(100);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0);
  });
});

describe('pixelGroups(iterations, x)', () => {
  it('keeps every sample when each has a pixel of its own', () => {
    expect(Array.from(pixelGroups(Float64Array.from([0, 1, 2]), (i) => i * 10))).toEqual([0, 0, 1, 1, 2, 2]);
  });
  it('groups the samples that share a pixel column, first and last of each', () => {
    // Columns: 0, 0, 1, 1, 1, 3 (x = iteration / 4, rounded)
    const its = Float64Array.from([0, 1, 3, 4, 5, 12]);
    expect(Array.from(pixelGroups(its, (i) => i / 4))).toEqual([0, 1, 2, 4, 5, 5]);
  });
  it('is empty for no samples', () => {
    expect(pixelGroups(new Float64Array(0), (i) => i)).toHaveLength(0);
  });
});

describe('spreadLabels(ys, minGap, top, bottom) with lines beyond both ends', () => {
  it('keeps every name within the range: those beyond it come to its ends, the rest stay put', () => {
    // Lines at 16 and 133 with the range 22..123 (the plot's height less half a name): 22, 65.4 and 123.
    expect(spreadLabels([65.4, 16, 133], 23, 22, 123)).toEqual([65.4, 22, 123]);
  });
});
