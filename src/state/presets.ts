import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { LabState, PanelId } from './labState';
import type { Setup } from './setup/setup';
import { setupField } from './setup/fields';

/** What a preset restores: a partial setup, in the schema's own fields (src/state/setup/fields.ts). */
export type PresetSetup = Pick<Setup, 'dataset' | 'seed' | 'learningRate' | 'testInput'>;

/**
 * Ready-made tables. A preset is a whole experiment, a partial setup applied as any other (applySetup): its
 * table, and its seed, learning rate and test input too, so its numbers are the article's whatever was tried
 * before.
 */
export interface Preset extends PresetSetup {
  id: PresetId;
  /** Its name in the picker, worded in the screen's language (i18n._). */
  name: MessageDescriptor;
  /** What this table teaches, shown when it is chosen. */
  note: MessageDescriptor;
  /**
   * The panel the note points at ("watch the error"): presenter mode shows it while the note is up, and where a
   * lesson link hides it the note says the same without pointing at it.
   */
  watch?: { panel: PanelId; note: MessageDescriptor };
}

/** The setup's fields a preset restores besides its table: the ones PresetSetup picks. */
export const PRESET_SETTINGS = ['seed', 'learningRate', 'testInput'] as const satisfies readonly (keyof PresetSetup)[];

/** A table written as rows of [input 1, input 2, input 3, target], as the articles print them. */
function table(rows: [number, number, number, number][]): Setup['dataset'] {
  return { inputs: rows.map((row) => row.slice(0, 3)), targets: rows.map((row) => row[3]) };
}

export type PresetId = 'tutorial' | 'nine-lines' | 'and' | 'or' | 'copy-input-1' | 'xor';

export const PRESETS: readonly Preset[] = [
  {
    id: 'tutorial',
    name: msg`The tutorial's table`,
    dataset: table([
      [0, 1, 1, 1],
      [1, 0, 0, 0],
      [1, 0, 1, 1],
    ]),
    seed: 1,
    learningRate: 1,
    testInput: [1, 0, 1],
    note: msg`The target always equals input 3. The neuron should learn to give input 3 a large weight.`,
  },
  {
    id: 'nine-lines',
    name: msg`The "nine lines" table`,
    dataset: table([
      [0, 0, 1, 0],
      [1, 1, 1, 1],
      [1, 0, 1, 1],
      [0, 1, 1, 0],
    ]),
    seed: 1,
    learningRate: 1,
    testInput: [1, 0, 0],
    note: msg`The target always equals input 1; input 3 is always 1. The famous test case is [1, 0, 0].`,
  },
  {
    id: 'and',
    name: msg`AND`,
    dataset: table([
      [0, 0, 1, 0],
      [0, 1, 1, 0],
      [1, 0, 1, 0],
      [1, 1, 1, 1],
    ]),
    seed: 1,
    learningRate: 1,
    testInput: [1, 1, 1],
    note: msg`Target is 1 only when inputs 1 and 2 are both 1. Input 3 is always 1, so its weight acts as a bias.`,
  },
  {
    id: 'or',
    name: msg`OR`,
    dataset: table([
      [0, 0, 1, 0],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ]),
    seed: 1,
    learningRate: 1,
    testInput: [0, 1, 1],
    note: msg`Target is 1 when input 1 or input 2 is 1. Input 3 is always 1, so its weight acts as a bias.`,
  },
  {
    id: 'copy-input-1',
    name: msg`Copies input 1`,
    dataset: table([
      [1, 0, 0, 1],
      [0, 1, 1, 0],
      [1, 1, 0, 1],
      [0, 0, 1, 0],
    ]),
    seed: 1,
    learningRate: 1,
    testInput: [1, 0, 1],
    note: msg`The target always equals input 1; inputs 2 and 3 are distractions the neuron must learn to ignore.`,
  },
  {
    id: 'xor',
    name: msg`XOR (cannot be learned)`,
    dataset: table([
      [0, 0, 1, 0],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 0],
    ]),
    seed: 1,
    learningRate: 1,
    testInput: [1, 1, 1],
    note: msg`One neuron cannot learn XOR: no single line separates the 1s from the 0s. Watch the error stop falling and every output drift towards 0.5. It takes a second layer of neurons to learn this table.`,
    watch: {
      panel: 'error',
      note: msg`One neuron cannot learn XOR: no single line separates the 1s from the 0s. Its error stops falling and every output drifts towards 0.5. It takes a second layer of neurons to learn this table.`,
    },
  },
];

export const DEFAULT_PRESET: Preset = PRESETS[0]!;

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/** The settings a preset restores, as the store holds them. */
export type PresetSettings = Pick<Setup, (typeof PRESET_SETTINGS)[number]>;

/**
 * Whether the seed, learning rate or test input now differ from the preset's own ("changed" beside its name):
 * compared as a link writes each field (setup/fields.ts), so "differs" means what it means everywhere else.
 */
export function presetSettingsChanged(preset: Preset, settings: PresetSettings): boolean {
  // Seed, rate and test input are written alone (only later segments read the setup around them).
  const text = (key: keyof PresetSettings, from: PresetSettings) => (setupField(key).link.write as (value: unknown, setup: Setup) => string)(from[key], from as Setup);
  return PRESET_SETTINGS.some((key) => text(key, settings) !== text(key, preset));
}

/** The store fields a preset's settings go into, each through its setup field (fields.ts). */
export function presetStoreFields(preset: Preset): Partial<LabState> {
  return Object.assign({}, ...PRESET_SETTINGS.map((key) => setupField(key).toStore!(preset[key] as never))) as Partial<LabState>;
}
