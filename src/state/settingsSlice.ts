import { MAX_SPEED } from '../worker/protocol';
import { MAX_SEED } from './limits';
import { DEFAULT_STOP_AT } from './stops';
import type { SettingsSlice, Slice } from './labState';
import { editedRun } from './segmentsSlice';
import { ONE_SEGMENT } from './runSegments';

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
  stopAt: DEFAULT_STOP_AT as number | null,
};

// Values reach this slice already checked (the fields and the URL codec validate them); the slice trusts them.
export const createSettingsSlice: Slice<SettingsSlice> = (set, get) => ({
  ...DEFAULT_SETTINGS,
  testInput: [...DEFAULT_SETTINGS.testInput],
  // A new seed means new starting weights: the run starts over, one table from iteration 0.
  setSeed: (seed) => set(seed === get().seed ? {} : { seed, ...ONE_SEGMENT }),
  newSeed: () => set({ seed: randomSeed(get().seed), ...ONE_SEGMENT }),
  // A new rate past iteration 0 keeps what was learned: training goes on from here at the new rate.
  setLearningRate: (learningRate) => set({ learningRate, ...editedRun(get(), get().dataset, learningRate) }),
  setTestInput(index, value) {
    const testInput = [...get().testInput] as [number, number, number];
    testInput[index] = value;
    set({ testInput });
  },
  setTestInputs: (values) => set({ testInput: [...values] }),
  setStopAt: (stopAt) => set({ stopAt }),
  setSpeed(speed) {
    set({ speed });
    get().engine?.send({ type: 'setSpeed', speed });
  },
});
