import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore, type LabStore } from '../../state';
import type { ScriptSetup } from '../../format/pythonScript';
import { followScriptSetup } from './useScriptSetup';

describe('followScriptSetup(store, onSetup, interval)', () => {
  let store: LabStore;
  let seen: ScriptSetup[];
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    store = createLabStore();
    seen = [];
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });
  const follow = () => {
    stop = followScriptSetup(store, (setup) => seen.push(setup), 500);
  };

  it('reports the current run at once, even if the store changed since the component rendered', () => {
    store.getState().goTo(100);
    follow();
    expect(seen.map((s) => s.iteration)).toEqual([100]);
    expect(seen[0]).toMatchObject({ seed: 1, learningRate: 1, testInput: [1, 0, 1], dataset: { targets: [1, 0, 1] } });
  });

  it('follows every change of the setup at once while paused, and ignores changes elsewhere', () => {
    follow();
    store.getState().setSeed(7);
    store.getState().setLearningRate(0.5);
    store.getState().setTestInput(2, 0);
    store.getState().setLogAxis(true);
    store.getState().setCell(0, 0, '0.25');
    expect(seen.map((s) => [s.seed, s.learningRate, s.testInput[2], s.dataset.inputs[0]![0]])).toEqual([
      [1, 1, 1, 0],
      [7, 1, 1, 0],
      [7, 0.5, 1, 0],
      [7, 0.5, 0, 0],
      [7, 0.5, 0, 0.25],
    ]);
  });

  it('reports at most every 500 ms during a run, ending on the latest iteration', () => {
    follow();
    store.setState({ running: true });
    for (let k = 1; k <= 120; k++) {
      vi.advanceTimersByTime(1000 / 60);
      store.setState({ iteration: k * 1000 });
    }
    vi.advanceTimersByTime(500);
    expect(seen.length).toBeLessThanOrEqual(1 + Math.ceil(2000 / 500) + 1);
    expect(seen.at(-1)!.iteration).toBe(120_000);
  });
});
