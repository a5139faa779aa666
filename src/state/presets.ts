import type { PanelId } from './labState';

/**
 * Ready-made tables. Each row is [input 1, input 2, input 3, target]. A preset is a whole experiment: choosing
 * it restores its seed, learning rate and test input too, so its numbers are the article's whatever was tried
 * before.
 */
export interface Preset {
  id: PresetId;
  name: string;
  rows: [number, number, number, number][];
  /** NumPy's random.seed for the starting weights: 1, as in the tutorial and the "nine lines" article. */
  seed: number;
  learningRate: number;
  testInput: [number, number, number];
  /** What this table teaches, shown when it is chosen. */
  note: string;
  /**
   * The panel the note points at ("watch the error"): presenter mode shows it while the note is up, and where a
   * lesson link hides it the note says the same without pointing at it.
   */
  watch?: { panel: PanelId; note: string };
}

export type PresetId = 'tutorial' | 'nine-lines' | 'and' | 'or' | 'copy-input-1' | 'xor';

export const PRESETS: readonly Preset[] = [
  {
    id: 'tutorial',
    name: "The tutorial's table",
    rows: [
      [0, 1, 1, 1],
      [1, 0, 0, 0],
      [1, 0, 1, 1],
    ],
    seed: 1,
    learningRate: 1,
    testInput: [1, 0, 1],
    note: 'The target always equals input 3. The neuron should learn to give input 3 a large weight.',
  },
  {
    id: 'nine-lines',
    name: 'The "nine lines" table',
    rows: [
      [0, 0, 1, 0],
      [1, 1, 1, 1],
      [1, 0, 1, 1],
      [0, 1, 1, 0],
    ],
    seed: 1,
    learningRate: 1,
    testInput: [1, 0, 0],
    note: 'The target always equals input 1; input 3 is always 1. The famous test case is [1, 0, 0].',
  },
  {
    id: 'and',
    name: 'AND',
    rows: [
      [0, 0, 1, 0],
      [0, 1, 1, 0],
      [1, 0, 1, 0],
      [1, 1, 1, 1],
    ],
    seed: 1,
    learningRate: 1,
    testInput: [1, 1, 1],
    note: 'Target is 1 only when inputs 1 and 2 are both 1. Input 3 is always 1, so its weight acts as a bias.',
  },
  {
    id: 'or',
    name: 'OR',
    rows: [
      [0, 0, 1, 0],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ],
    seed: 1,
    learningRate: 1,
    testInput: [0, 1, 1],
    note: 'Target is 1 when input 1 or input 2 is 1. Input 3 is always 1, so its weight acts as a bias.',
  },
  {
    id: 'copy-input-1',
    name: 'Copies input 1',
    rows: [
      [1, 0, 0, 1],
      [0, 1, 1, 0],
      [1, 1, 0, 1],
      [0, 0, 1, 0],
    ],
    seed: 1,
    learningRate: 1,
    testInput: [1, 0, 1],
    note: 'The target always equals input 1; inputs 2 and 3 are distractions the neuron must learn to ignore.',
  },
  {
    id: 'xor',
    name: 'XOR (cannot be learned)',
    rows: [
      [0, 0, 1, 0],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 0],
    ],
    seed: 1,
    learningRate: 1,
    testInput: [1, 1, 1],
    note:
      'One neuron cannot learn XOR: no single line separates the 1s from the 0s. Watch the error stop falling ' +
      'and every output drift towards 0.5. It takes a second layer of neurons to learn this table.',
    watch: {
      panel: 'error',
      note:
        'One neuron cannot learn XOR: no single line separates the 1s from the 0s. Its error stops falling and ' +
        'every output drifts towards 0.5. It takes a second layer of neurons to learn this table.',
    },
  },
];

export const DEFAULT_PRESET: Preset = PRESETS[0]!;

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/** The settings a preset restores, as the store holds them. */
export interface PresetSettings {
  seed: number;
  learningRate: number;
  testInput: readonly number[];
}

/** Whether the seed, learning rate or test input now differ from the preset's own ("changed" beside its name). */
export function presetSettingsChanged(preset: Preset, settings: PresetSettings): boolean {
  return (
    settings.seed !== preset.seed ||
    settings.learningRate !== preset.learningRate ||
    settings.testInput.length !== preset.testInput.length ||
    settings.testInput.some((value, i) => value !== preset.testInput[i])
  );
}
