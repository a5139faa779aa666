import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore, type ComparisonStore, type LabStore } from '../../state';
import { plainMessage } from '../../text/userText';
import { createComparison } from '../../runs/comparison';
import type { Run } from '../../engine/start';
import { ADDRESS_MAX_WAIT_MS, startSharing } from './startSharing';
import { fakeBrowser, memoryStorage } from './testing/fakeBrowser';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const TUTORIAL_AT_10000 = '?v=1&data=011-1,100-0,101-1&seed=1&it=10000';

/** A run without a worker: the store is what sharing reads and writes; the engine is not the point here. */
function runWithoutWorker(initial = {}, prepare?: (store: LabStore) => void): Run {
  const store = createLabStore();
  store.setState(initial);
  prepare?.(store);
  return { store, engine: { dispose() {} } };
}

function open(search: string, storage = memoryStorage()): { a: LabStore; comparison: ComparisonStore; browser: ReturnType<typeof fakeBrowser> } {
  const runA = runWithoutWorker();
  const comparison = createComparison(runA, runWithoutWorker);
  const browser = fakeBrowser(search, storage);
  startSharing(runA.store, browser.env, comparison);
  return { a: runA.store, comparison, browser };
}

const runB = (comparison: ComparisonStore) => comparison.getState().runB!.getState();

describe('startSharing with Compare: a link carries both runs', () => {
  it("opens Compare from a link with run B's parts, both runs at the link's iteration, each with its own setup", () => {
    const { a, comparison, browser } = open(`${TUTORIAL_AT_10000}&lr.b=0.1&test.b=0_1_0`);
    expect(comparison.getState().runB).not.toBeNull();
    expect(a.getState()).toMatchObject({ seed: 1, learningRate: 1, testInput: [1, 0, 1], iteration: 10000 });
    expect(runB(comparison)).toMatchObject({ seed: 1, learningRate: 0.1, testInput: [0, 1, 0], iteration: 10000, catchingUpTo: 10000 });
    // B's rate from iteration 0: one segment, not an edit at 10000.
    expect(runB(comparison).pastSegments).toEqual([]);
    expect(a.getState().notices).toEqual([]);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toBe(`${TUTORIAL_AT_10000}&test.b=010&lr.b=0.1`);
  });

  it("reads run B's own table and seed, and a link without run B's parts opens one run", () => {
    const { comparison } = open(`${TUTORIAL_AT_10000}&data.b=001-0,111-1&seed.b=7`);
    expect(runB(comparison)).toMatchObject({ seed: 7, dataset: { inputs: [[0, 0, 1], [1, 1, 1]], targets: [0, 1] }, iteration: 10000 });
    expect(open(TUTORIAL_AT_10000).comparison.getState().runB).toBeNull();
  });

  it('writes run B into the address while comparing, from Compare (seed.b) to an edit of B (lr.b), and drops it after Stop comparing', () => {
    const { comparison, browser } = open(TUTORIAL_AT_10000);
    comparison.getState().compare();
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toBe(`${TUTORIAL_AT_10000}&seed.b=1`);
    // Run B's frames (its iteration moving up to A's) are no change of the link: nothing is written.
    const writes = browser.calls.replaceState;
    comparison.getState().runB!.setState({ iteration: 5000, trainedTo: 5000 });
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.calls.replaceState).toBe(writes);
    comparison.getState().runB!.getState().setSeed(7);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toBe(`${TUTORIAL_AT_10000}&seed.b=7`);
    comparison.getState().stopComparing('A');
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toBe(TUTORIAL_AT_10000);
  });

  it("names run B in the notice for a bad part of run B's (run A's words), uses that part's default and keeps run A as the link says", () => {
    const { a, comparison } = open('?v=1&data=011-1,100-0,101-1&seed=3&it=10&seed.b=x&lr.b=0.5');
    expect(a.getState().notices.map((n) => [n.tone, plainMessage(n.text)])).toEqual([
      ['warning', "Shared link, run B: Seed: 'x' is not a number; it must be a whole number from 0 to 4294967295; seed 1 is used."],
    ]);
    expect(a.getState()).toMatchObject({ seed: 3, learningRate: 1, iteration: 10 });
    expect(runB(comparison)).toMatchObject({ seed: 1, learningRate: 0.5, iteration: 10 });
  });

  it("Back to an entry with run B's parts while comparing puts them into run B, at run A's iteration", () => {
    const { a, comparison, browser } = open(`${TUTORIAL_AT_10000}&lr.b=0.1`);
    // A preset is a new table: an entry of its own; Back returns to the link's.
    a.getState().loadPreset('and');
    comparison.getState().runB!.getState().setSeed(5);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    browser.back();
    expect(a.getState().dataset.targets).toEqual([1, 0, 1]);
    expect(runB(comparison)).toMatchObject({ seed: 1, learningRate: 0.1 });
    expect(runB(comparison).catchingUpTo ?? runB(comparison).iteration).toBe(a.getState().catchingUpTo ?? a.getState().iteration);
  });

  it('Start fresh ends comparing: a first visit has one run', () => {
    const runA = runWithoutWorker();
    const comparison = createComparison(runA, runWithoutWorker);
    const browser = fakeBrowser(`${TUTORIAL_AT_10000}&lr.b=0.1`);
    const sharing = startSharing(runA.store, browser.env, comparison);
    sharing.startFresh();
    expect(comparison.getState().runB).toBeNull();
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=0');
  });

  it('keeps run B in the table saved in this browser: a page opened without a link brings back both runs, at the same iteration', () => {
    const storage = memoryStorage();
    const first = open(TUTORIAL_AT_10000, storage);
    first.comparison.getState().compare();
    first.comparison.getState().runB!.getState().setLearningRate(0.1);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    first.browser.close();

    const reopened = open('', storage);
    expect(reopened.a.getState()).toMatchObject({ seed: 1, learningRate: 1, iteration: 10000 });
    expect(reopened.comparison.getState().runB).not.toBeNull();
    expect(runB(reopened.comparison)).toMatchObject({ seed: 1, learningRate: 0.1, iteration: 10000 });
    expect(reopened.a.getState().notices).toEqual([]);

    // Stop comparing is kept too: the next page opens one run.
    reopened.comparison.getState().stopComparing('A');
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    reopened.browser.close();
    expect(open('', storage).comparison.getState().runB).toBeNull();
  });

  it('an edit of run B alone is saved: it is an edit, as one of run A is', () => {
    const storage = memoryStorage();
    const first = open(`${TUTORIAL_AT_10000}&lr.b=0.1`, storage);
    // Opening a link saves nothing (no edit yet)...
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(storage.items.size).toBe(0);
    // ...an edit of B does.
    first.comparison.getState().runB!.getState().setSeed(7);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    first.browser.close();
    expect(runB(open('', storage).comparison)).toMatchObject({ seed: 7, learningRate: 0.1, iteration: 10000 });
  });

  it("with storage full while comparing, the notice's Copy link copies the header's link: both runs", async () => {
    const copied: string[] = [];
    vi.stubGlobal('window', { location: { origin: 'https://lab.example', pathname: '/app/' } });
    vi.stubGlobal('navigator', { clipboard: { writeText: (text: string) => Promise.resolve(void copied.push(text)) } });
    const storage = memoryStorage();
    storage.full = true;
    const { a, comparison } = open(TUTORIAL_AT_10000, storage);
    comparison.getState().compare();
    comparison.getState().runB!.getState().setSeed(7);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    const notice = a.getState().notices.find((n) => n.text.startsWith('Your work is not being kept on this device'));
    notice!.actions!.find((action) => action.label === 'Copy link')!.run();
    await vi.waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(`https://lab.example/app/${TUTORIAL_AT_10000}&seed.b=7`);
  });
});
