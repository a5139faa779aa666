import { describe, expect, it } from 'vitest';
import { createLabStore } from './store';
import { findPreset, presetSettingsChanged, PRESETS, PRESET_SETTINGS } from './presets';
import { applyPreset, defaultSetup, setupOf, setupProblems } from './setup';

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

describe('a preset is a partial setup, in the schema\'s fields', () => {
  it('is valid by the one validator, each field it gives in place of the default', () => {
    for (const preset of PRESETS) {
      const { dataset, seed, learningRate, testInput } = preset;
      expect(setupProblems({ ...defaultSetup(), dataset, seed, learningRate, testInput })).toEqual([]);
    }
  });

  it('goes in through applySetup (applyPreset): the store then holds exactly its table and settings, and names it', () => {
    const store = createLabStore();
    store.getState().setSeed(7);
    store.getState().setLearningRate(0.5);
    for (const preset of PRESETS) {
      applyPreset(store, preset.id);
      const setup = setupOf(store.getState());
      expect(setup.dataset).toEqual(preset.dataset);
      for (const key of PRESET_SETTINGS) expect(setup[key]).toEqual(preset[key]);
      expect(store.getState()).toMatchObject({ presetId: preset.id, presetNote: preset.note });
      // The store holds a copy: changing it never changes the preset.
      expect(store.getState().dataset).not.toBe(preset.dataset);
    }
  });

  it('leaves the store as it was for an id that is no preset', () => {
    const store = createLabStore();
    const before = setupOf(store.getState());
    applyPreset(store, 'no-such-table');
    expect(setupOf(store.getState())).toEqual(before);
  });
});
