import { describe, expect, it } from 'vitest';
import { chartCaption, chartFileName } from './chartCaption';

describe('chartCaption(run)', () => {
  it("names the preset, the seed, the learning rate and the iteration", () => {
    expect(chartCaption({ presetId: 'tutorial', seed: 1, learningRate: 1, iteration: 10000 })).toBe(
      "The tutorial's table · seed 1 · learning rate 1 · iteration 10,000",
    );
  });

  it('says "custom table" for a table of the class\'s own, and keeps every digit of the learning rate', () => {
    expect(chartCaption({ presetId: 'custom', seed: 42, learningRate: 0.125, iteration: 0 })).toBe('custom table · seed 42 · learning rate 0.125 · iteration 0');
  });
});

describe('chartFileName(chartId, iteration, extension)', () => {
  it('carries the iteration', () => {
    expect(chartFileName('weights', 10000, 'svg')).toBe('neuron_lab_weights_it10000.svg');
    expect(chartFileName('error', 0, 'png')).toBe('neuron_lab_error_it0.png');
  });
});
