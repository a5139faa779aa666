import { describe, expect, it } from 'vitest';
import { createLabStore } from './store';
import { findPreset, presetSettingsChanged, PRESETS } from './presets';

describe('presets restore their own seed, learning rate and test input', () => {
  it('the tutorial and "nine lines" are seed 1, rate 1, with the articles\' test inputs', () => {
    expect(findPreset('tutorial')).toMatchObject({ seed: 1, learningRate: 1, testInput: [1, 0, 1] });
    expect(findPreset('nine-lines')).toMatchObject({ seed: 1, learningRate: 1, testInput: [1, 0, 0] });
  });

  it('loadPreset puts them back whatever was tried before', () => {
    const store = createLabStore();
    store.getState().setSeed(7);
    store.getState().setLearningRate(0.5);
    store.getState().setTestInput(2, 1);
    for (const preset of PRESETS) {
      store.getState().loadPreset(preset.id);
      expect(store.getState()).toMatchObject({ presetId: preset.id, seed: preset.seed, learningRate: preset.learningRate, testInput: preset.testInput });
      store.getState().setSeed(7);
    }
  });

  it('presetSettingsChanged(preset, settings) is true once any of the three differs', () => {
    const nine = findPreset('nine-lines')!;
    expect(presetSettingsChanged(nine, { seed: 1, learningRate: 1, testInput: [1, 0, 0] })).toBe(false);
    expect(presetSettingsChanged(nine, { seed: 7, learningRate: 1, testInput: [1, 0, 0] })).toBe(true);
    expect(presetSettingsChanged(nine, { seed: 1, learningRate: 0.5, testInput: [1, 0, 0] })).toBe(true);
    expect(presetSettingsChanged(nine, { seed: 1, learningRate: 1, testInput: [1, 0, 1] })).toBe(true);
  });
});
