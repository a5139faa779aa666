import { MAX_SPEED } from '../worker/protocol';
import { MAX_SEED } from './limits';
import type { SettingsSlice, Slice } from './labState';

/** A new seed for "New seed": any other seed NumPy accepts. */
function randomSeed(current: number): number {
  let seed = current;
  while (seed === current) seed = Math.floor(Math.random() * (MAX_SEED + 1));
  return seed;
}

export const DEFAULT_SETTINGS = {
  seed: 1,
  learningRate: 1,
  testInput: [1, 0, 1] as [number, number, number],
  speed: MAX_SPEED,
};

// Values reach this slice already checked (the fields and the URL codec validate them); the slice trusts them.
export const createSettingsSlice: Slice<SettingsSlice> = (set, get) => ({
  ...DEFAULT_SETTINGS,
  testInput: [...DEFAULT_SETTINGS.testInput],
  setSeed: (seed) => set({ seed }),
  newSeed: () => set({ seed: randomSeed(get().seed) }),
  setLearningRate: (learningRate) => set({ learningRate }),
  setTestInput(index, value) {
    const testInput = [...get().testInput] as [number, number, number];
    testInput[index] = value;
    set({ testInput });
  },
  setSpeed(speed) {
    set({ speed });
    get().engine?.send({ type: 'setSpeed', speed });
  },
});
