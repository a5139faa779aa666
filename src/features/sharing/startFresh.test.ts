import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../../state';
import { ADDRESS_DEBOUNCE_MS, startSharing } from './startSharing';
import { fakeBrowser, memoryStorage } from './testing/fakeBrowser';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const FRESH = '?v=1&data=011-1,100-0,101-1&seed=1&it=0';

describe('startFresh(): a shared classroom computer', () => {
  it('forgets what this browser kept, opens as a first visit, and saves nothing until the next edit', () => {
    const storage = memoryStorage({ 'neuron-lab:recent:v1': '[]', 'another-site': 'kept' });
    const first = createLabStore();
    startSharing(first, fakeBrowser('', storage).env);
    first.getState().setCell(1, 0, '0.25');
    first.getState().setSeed(3);
    first.getState().setStopAt(100);
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    expect([...storage.items.keys()].filter((key) => key.startsWith('neuron-lab:')).length).toBeGreaterThanOrEqual(2);

    // The next class opens the page: the last table came back. Start fresh forgets it.
    const second = createLabStore();
    const browser = fakeBrowser('', storage);
    const sharing = startSharing(second, browser.env);
    expect(second.getState().seed).toBe(3);
    sharing.startFresh();
    const s = second.getState();
    expect(s.rows.map((row) => row.cells)).toEqual([['0', '1', '1', '1'], ['1', '0', '0', '0'], ['1', '0', '1', '1']]);
    expect(s).toMatchObject({ seed: 1, learningRate: 1, testInput: [1, 0, 1], iteration: 0, presetId: 'tutorial', stopAt: 10_000 });
    expect([...storage.items.keys()]).toEqual(['another-site']);
    expect(browser.search).toBe(FRESH);
    expect(s.notices.map((n) => n.text)).toEqual(['Started fresh: the table and settings this browser kept are forgotten.']);
    vi.advanceTimersByTime(10 * ADDRESS_DEBOUNCE_MS);
    expect([...storage.items.keys()]).toEqual(['another-site']);

    // A reload after it finds nothing kept.
    const third = createLabStore();
    startSharing(third, fakeBrowser('', storage).env);
    expect(third.getState()).toMatchObject({ seed: 1, presetId: 'tutorial' });
  });
});
