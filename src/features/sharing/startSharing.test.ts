import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore, findPreset } from '../../state';
import { plainMessage } from '../../text/userText';
import { SAVED_TABLE_KEY, SAVED_TABLES_KEY } from '../../state/setup/savedTables';
import { ADDRESS_DEBOUNCE_MS, ADDRESS_MAX_WAIT_MS, ADDRESS_RUNNING_WAIT_MS, startSharing } from './startSharing';
import { fakeBrowser, memoryStorage } from './testing/fakeBrowser';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const TUTORIAL_AT_10000 = '?v=1&data=011-1,100-0,101-1&seed=1&it=10000';

describe('startSharing: opening a link', () => {
  it('puts the exact state of the link in the store, the iteration through goTo', () => {
    const store = createLabStore();
    const goTo = vi.spyOn(store.getState(), 'goTo');
    const browser = fakeBrowser('?v=1&data=0.5_-1.25_2-0.9,100-0&test=0_1_0&seed=42&lr=0.25&it=777&log=1&presenter=1&hide=math');
    startSharing(store, browser.env);
    const s = store.getState();
    expect(s.dataset).toEqual({ inputs: [[0.5, -1.25, 2], [1, 0, 0]], targets: [0.9, 0] });
    expect(s.rows.map((row) => row.cells)).toEqual([['0.5', '-1.25', '2', '0.9'], ['1', '0', '0', '0']]);
    expect(s).toMatchObject({ seed: 42, learningRate: 0.25, testInput: [0, 1, 0], iteration: 777, logAxis: true, presenter: true, hiddenPanels: ['math'] });
    expect(goTo).toHaveBeenCalledWith(777);
    expect(s.notices).toEqual([]);
  });

  it('opens the Explore view on the panels a link shows, and writes them back while it is open', () => {
    const store = createLabStore();
    const browser = fakeBrowser(`${TUTORIAL_AT_10000}&show=landscape,situations`);
    startSharing(store, browser.env);
    expect(store.getState()).toMatchObject({ openView: 'explore', explorePanels: ['situations', 'landscape'] });
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toBe(`${TUTORIAL_AT_10000}&show=situations,landscape`);
    store.getState().setOpenView('lab');
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toBe(TUTORIAL_AT_10000);
  });

  it('shows what was wrong with a bad link, uses the rest, and shows the cleaned link in the address bar', () => {
    const store = createLabStore();
    const browser = fakeBrowser('?data=011-1,1_0_abc-0,101-1&seed=x&it=10000');
    startSharing(store, browser.env);
    expect(store.getState().notices.map((n) => [n.tone, plainMessage(n.text)])).toEqual([
      ['warning', "Shared link: Table row 2, input 3: 'abc' is not a number; row 2 was left out."],
      ['warning', "Shared link: Seed: 'x' is not a number; it must be a whole number from 0 to 4294967295; seed 1 is used."],
    ]);
    expect(store.getState().dataset).toEqual({ inputs: [[0, 1, 1], [1, 0, 1]], targets: [1, 1] });
    expect(store.getState().iteration).toBe(10000);
    expect(browser.search).toBe('?v=1&data=011-1,101-1&seed=1&it=10000');
  });

  it('writes the state into a bare address at once', () => {
    const browser = fakeBrowser('');
    startSharing(createLabStore(), browser.env);
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=0');
    expect(browser.calls).toEqual({ replaceState: 1, pushState: 0 });
  });
});

describe('startSharing: the address bar follows the state', () => {
  it(`writes the first change after a quiet spell at once, and the rest of a burst ${ADDRESS_DEBOUNCE_MS} ms after it settles`, () => {
    const store = createLabStore();
    const browser = fakeBrowser(TUTORIAL_AT_10000);
    startSharing(store, browser.env);
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    const before = browser.calls.replaceState;
    // A reload reads the address as it is when it starts: a step must be there as soon as the page shows it.
    store.getState().setSeed(7);
    expect(browser.calls.replaceState).toBe(before + 1);
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=7&it=10000');
    store.getState().setLearningRate(0.5);
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS - 1);
    expect(browser.calls.replaceState).toBe(before + 1);
    vi.advanceTimersByTime(1);
    expect(browser.calls.replaceState).toBe(before + 2);
    // A new seed starts over; the new rate at 10000 keeps what was learned: a later segment.
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=7&seg=10000::0.5&it=10000');
    expect(browser.calls.pushState).toBe(0);
  });

  it('while training runs, writes the address every five seconds, never on every frame, and at once when the run stops', () => {
    const store = createLabStore();
    const browser = fakeBrowser('');
    startSharing(store, browser.env);
    const before = browser.calls.replaceState;
    // Twelve seconds of frames at 60 per second, each a new iteration.
    store.setState({ running: true });
    for (let frame = 1; frame <= 720; frame++) {
      store.setState({ iteration: frame * 1000 });
      vi.advanceTimersByTime(1000 / 60);
    }
    // At 5 s and 10 s: two writes in 12 s (each write's iteration a few frames behind the run, never ahead of it).
    expect(browser.calls.replaceState - before).toBe(12_000 / ADDRESS_RUNNING_WAIT_MS >> 0);
    const written = Number(new URLSearchParams(browser.search).get('it'));
    expect(written).toBeGreaterThanOrEqual(9_000 * 60);
    expect(written).toBeLessThanOrEqual(720_000);
    // The run stops (a pause): the address shows the iteration it stopped at, in this task.
    store.setState({ running: false });
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=720000');
  });

  it('an edit during a run (a new learning rate: a later segment from there) is in the address as soon as when paused', () => {
    const store = createLabStore();
    const browser = fakeBrowser('');
    startSharing(store, browser.env);
    store.setState({ running: true, iteration: 5000 });
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS * 2);
    store.getState().setLearningRate(0.5);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(new URLSearchParams(browser.search).get('seg')).toBe('5000::0.5');
  });

  it('while the worker is still training up to a linked iteration, writes that iteration, not the one reached so far', () => {
    const store = createLabStore();
    const browser = fakeBrowser(TUTORIAL_AT_10000);
    startSharing(store, browser.env);
    // Frames on the way to 10,000: the screen shows 2,500, the link still asks for 10,000.
    store.setState({ iteration: 2500, trainedTo: 2500, catchingUpTo: 10000 });
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS + 1);
    expect(browser.search).toBe(TUTORIAL_AT_10000);
    store.setState({ iteration: 10000, trainedTo: 10000, catchingUpTo: null });
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS + 1);
    expect(browser.search).toBe(TUTORIAL_AT_10000);
    // Once there, the link follows the iteration shown again.
    store.setState({ iteration: 9990 });
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS + 1);
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=9990');
  });

  it('while the page asks whether to go on to a far iteration, the address keeps the link\'s iteration', () => {
    const store = createLabStore();
    const far = '?v=1&data=011-1,100-0,101-1&seed=1&it=4294967295';
    const browser = fakeBrowser(far);
    startSharing(store, browser.env);
    // Paused at 3,000,000 to ask: the link the teacher opened is still the one in the address bar.
    store.setState({ iteration: 3_000_000, trainedTo: 3_000_000, catchingUpTo: null, longWork: { phase: 'asking', target: 4_294_967_295, source: 'link', seconds: 360, perSecond: 12e6 } });
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS + 1);
    expect(browser.search).toBe(far);
    // Staying there: the address follows the iteration shown.
    store.setState({ longWork: null });
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS + 1);
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=3000000');
  });

  it('gives a chosen preset a history entry of its own; Back and Forward bring each state back', () => {
    const store = createLabStore();
    const browser = fakeBrowser(TUTORIAL_AT_10000);
    startSharing(store, browser.env);
    store.getState().setSeed(5); // not yet in the address bar when the preset is chosen
    store.getState().loadPreset('xor');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    expect(browser.calls.pushState).toBe(1);
    expect(browser.entries).toEqual([
      '?v=1&data=011-1,100-0,101-1&seed=5&it=10000',
      // A preset brings its own seed back (issue 10: presets restore seed, learning rate and test input).
      '?v=1&data=001-0,011-1,101-1,111-0&test=111&seed=1&it=10000',
    ]);

    const goTo = vi.spyOn(store.getState(), 'goTo');
    browser.back();
    expect(store.getState().dataset).toEqual({ inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] });
    expect(store.getState().testInput).toEqual([1, 0, 1]);
    expect(store.getState().seed).toBe(5);
    expect(goTo).toHaveBeenLastCalledWith(10000);
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    expect(browser.calls.pushState).toBe(1); // going back is not a new step

    browser.forward();
    expect(store.getState().dataset.targets).toEqual([0, 1, 1, 0]);
    expect(store.getState().testInput).toEqual([1, 1, 1]);
  });

  it("Forward past a lesson's hold keeps the held iteration and says so, and the address bar then shows the state on screen", () => {
    const store = createLabStore();
    const browser = fakeBrowser('?v=1&data=011-1,100-0,101-1&seed=1&it=100');
    startSharing(store, browser.env);
    store.getState().loadPreset('xor');
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    browser.back();
    // A lesson card: the lab at iteration 0, held there until the guess.
    store.getState().goTo(0);
    store.getState().setHold({ at: 0, reason: 'The lesson waits for your guess.' });
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toBe('?v=1&data=011-1,100-0,101-1&seed=1&it=0');

    browser.forward();
    expect(store.getState().dataset.targets).toEqual([0, 1, 1, 0]);
    expect(store.getState().iteration).toBe(0);
    expect(store.getState().notices.map((n) => plainMessage(n.text))).toContain('The lesson waits for your guess.');
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    // Not the entry's it=100, which the screen does not show.
    expect(browser.search).toBe('?v=1&data=001-0,011-1,101-1,111-0&test=111&seed=1&it=0');
    expect(browser.calls.pushState).toBe(1);
  });

  it('does not push an entry for an edited cell', () => {
    const store = createLabStore();
    const browser = fakeBrowser('');
    startSharing(store, browser.env);
    store.getState().setCell(0, 3, '0');
    store.getState().addRow();
    store.getState().deleteRow(0);
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    expect(browser.calls.pushState).toBe(0);
    // The added row is one the table lacks (001), not 000 -> 0, which no neuron can fit.
    expect(browser.search).toBe('?v=1&data=100-0,101-1,001-0&seed=1&it=0');
  });

  it('stops following the store when stopped, writing what is pending', () => {
    const store = createLabStore();
    const browser = fakeBrowser('');
    const stop = startSharing(store, browser.env);
    store.getState().setSeed(9);
    stop();
    expect(browser.search).toContain('seed=9');
    expect(browser.listenerCount()).toBe(0);
    store.getState().setSeed(10);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(browser.search).toContain('seed=9');
  });
});

describe('startSharing: the last edited table comes back', () => {
  it('saves the table as typed after an edit and brings it back, invalid cell included, with no state in the address', () => {
    const storage = memoryStorage();
    const first = createLabStore();
    startSharing(first, fakeBrowser('', storage).env);
    first.getState().setCell(1, 0, '0.25');
    first.getState().setSeed(3);
    first.getState().setCell(2, 3, 'abc'); // being corrected when the page reloads
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);

    const second = createLabStore();
    startSharing(second, fakeBrowser('', storage).env);
    const s = second.getState();
    expect(s.rows.map((row) => row.cells)).toEqual([['0', '1', '1', '1'], ['0.25', '0', '0', '0'], ['1', '0', '1', 'abc']]);
    expect(s.dataset).toEqual({ inputs: [[0, 1, 1], [0.25, 0, 0], [1, 0, 1]], targets: [1, 0, 1] });
    expect(s.tableProblems.map((p) => plainMessage(p.message))).toEqual(["Row 3, Target: 'abc' is not a number; type a number from 0 to 1."]);
    expect(s.seed).toBe(3);
    expect(s.notices).toEqual([]);
  });

  it('brings back "abc" in one cell and row 3 deleted exactly: the typed rows, and the 3-row table it trained on', () => {
    const storage = memoryStorage();
    const first = createLabStore();
    const browser = fakeBrowser('', storage);
    startSharing(first, browser.env);
    first.getState().setCell(0, 0, 'abc');
    first.getState().deleteRow(2);
    first.getState().goTo(1000);
    browser.pageHide();
    const before = first.getState();
    expect(before.dataset).toEqual({ inputs: [[0, 1, 1], [1, 0, 0], [1, 0, 1]], targets: [1, 0, 1] });

    const second = createLabStore();
    startSharing(second, fakeBrowser(browser.search, storage).env);
    const after = second.getState();
    expect(after.rows.map((row) => row.cells)).toEqual([['abc', '1', '1', '1'], ['1', '0', '0', '0']]);
    expect(after.dataset).toEqual(before.dataset);
    expect(after.iteration).toBe(1000);
    expect(after.tableProblems.map((p) => plainMessage(p.message))).toEqual(["Row 1, Input 1: 'abc' is not a number; type a number."]);
  });

  it('a cell over 64 characters never drops the other drafts: refused as typed, and emptied alone if a stored one is longer', () => {
    const storage = memoryStorage();
    const first = createLabStore();
    const browser = fakeBrowser('', storage);
    startSharing(first, browser.env);
    first.getState().setCell(0, 0, 'abc');
    first.getState().setCell(1, 0, '9'.repeat(65)); // refused at the door: row 2 keeps its 1
    first.getState().setCell(2, 3, 'x');
    browser.pageHide();
    const typed = [['abc', '1', '1', '1'], ['1', '0', '0', '0'], ['1', '0', '1', 'x']];
    expect(first.getState().rows.map((row) => row.cells)).toEqual(typed);
    // A stored cell far over the cap (edited by hand, or an older version): it alone comes back empty.
    const stored = storage.items.get(SAVED_TABLES_KEY)!;
    storage.items.set(SAVED_TABLES_KEY, stored.replace('"abc"', `"${'7'.repeat(10_000)}"`));

    const second = createLabStore();
    startSharing(second, fakeBrowser(browser.search, storage).env);
    expect(second.getState().rows.map((row) => row.cells)).toEqual([['', '1', '1', '1'], typed[1], typed[2]]);
  });

  it('also brings back the typed cells on a reload whose address is the saved state', () => {
    const storage = memoryStorage();
    const first = createLabStore();
    const browser = fakeBrowser('', storage);
    startSharing(first, browser.env);
    first.getState().setCell(0, 0, '0.');
    first.getState().setCell(0, 1, '1e');
    first.getState().goTo(50);
    browser.pageHide(); // a reload right after typing: nothing waits for the debounce

    const second = createLabStore();
    startSharing(second, fakeBrowser(browser.search, storage).env);
    expect(second.getState().rows[0]!.cells).toEqual(['0.', '1e', '1', '1']);
    expect(second.getState().iteration).toBe(50);
  });

  it("never writes over a table saved before: a link's table, once edited, is saved beside it", () => {
    const storage = memoryStorage();
    const mine = createLabStore();
    startSharing(mine, fakeBrowser('', storage).env);
    mine.getState().setCell(0, 0, '0.75');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    const saved = storage.items.get(SAVED_TABLES_KEY);

    const visiting = createLabStore();
    startSharing(visiting, fakeBrowser('?data=111-1&seed=2', storage).env);
    visiting.getState().goTo(500);
    visiting.getState().setLogAxis(false);
    vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    expect(storage.items.get(SAVED_TABLES_KEY)).toBe(saved);

    visiting.getState().setCell(0, 3, '0');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    // The table being edited is the one listed: the edit at 500 trains 111-0 from there (a segment of the run).
    expect(storage.items.get(SAVED_TABLES_KEY)).toContain('data=111-1&seed=2&seg=500:111-0&it=500');
    expect(visiting.getState().recentTables.map((t) => [t.table, t.thisTab])).toEqual([
      ['111-0', true],
      ['0.75_1_1-1,100-0,101-1', false],
    ]);
  });

  it('a run writes nothing: only edits save', () => {
    const storage = memoryStorage();
    const store = createLabStore();
    startSharing(store, fakeBrowser('', storage).env);
    store.getState().setCell(0, 0, '0.5');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    const saved = storage.items.get(SAVED_TABLES_KEY);
    for (let i = 1; i <= 50; i++) {
      store.setState({ iteration: i * 1000, trainedTo: i * 1000, running: true });
      vi.advanceTimersByTime(200);
    }
    expect(storage.items.get(SAVED_TABLES_KEY)).toBe(saved);
  });

  it('tolerates storage that is corrupt, that throws, or that is missing', () => {
    const corrupt = createLabStore();
    startSharing(corrupt, fakeBrowser('', memoryStorage({ [SAVED_TABLE_KEY]: '{"link": 5' })).env);
    expect(corrupt.getState().notices.map((n) => plainMessage(n.text))).toEqual([
      "Table saved in this browser: it is not in the format this app saves; the tutorial's table is shown.",
    ]);
    expect(corrupt.getState().dataset.targets).toEqual([1, 0, 1]);

    const tampered = createLabStore();
    const storage = memoryStorage({ [SAVED_TABLE_KEY]: JSON.stringify({ link: '?data=011-1,01x-1&seed=99', cells: 'nope' }) });
    startSharing(tampered, fakeBrowser('', storage).env);
    expect(tampered.getState().seed).toBe(99);
    expect(tampered.getState().dataset).toEqual({ inputs: [[0, 1, 1]], targets: [1] });
    expect(tampered.getState().notices.map((n) => plainMessage(n.text))).toEqual([
      "Table saved in this browser: Table row 2, input 3: 'x' is not a number; row 2 was left out.",
    ]);

    const throwing = memoryStorage();
    throwing.throws = true;
    const blocked = createLabStore();
    const browser = fakeBrowser('', throwing);
    expect(() => startSharing(blocked, browser.env)).not.toThrow();
    blocked.getState().setCell(0, 0, '1');
    expect(() => vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS)).not.toThrow();
    expect(() => browser.pageHide()).not.toThrow();
    expect(browser.search).toContain('data=111-1');

    const none = createLabStore();
    expect(() => startSharing(none, fakeBrowser('', null).env)).not.toThrow();
    expect(none.getState().notices).toEqual([]);
  });

  it('prefers the link to the saved table when both are there', () => {
    const storage = memoryStorage();
    const mine = createLabStore();
    startSharing(mine, fakeBrowser('', storage).env);
    mine.getState().setCell(0, 0, '0.75');
    mine.getState().setCell(1, 3, 'oops');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);

    const store = createLabStore();
    startSharing(store, fakeBrowser(TUTORIAL_AT_10000, storage).env);
    expect(store.getState().rows.map((row) => row.cells)).toEqual([['0', '1', '1', '1'], ['1', '0', '0', '0'], ['1', '0', '1', '1']]);
    expect(store.getState().iteration).toBe(10000);
  });
});

describe('startSharing: a link to a preset', () => {
  it('loads it as that preset, so the picker names it and its note shows', () => {
    const store = createLabStore();
    startSharing(store, fakeBrowser('?v=1&data=001-0,011-1,101-1,111-0&test=111&seed=1&it=500').env);
    expect(store.getState()).toMatchObject({ presetId: 'xor', iteration: 500, testInput: [1, 1, 1] });
    expect(store.getState().presetNote).toBe(findPreset('xor')!.note);
  });

  it('loads a preset table with another test input as a table of its own', () => {
    const store = createLabStore();
    startSharing(store, fakeBrowser('?v=1&data=001-0,011-1,101-1,111-0&test=000&seed=1&it=500').env);
    expect(store.getState()).toMatchObject({ presetId: 'custom', presetNote: null, testInput: [0, 0, 0] });
  });
});

describe('startSharing: every tab keeps its work', () => {
  it('two tabs: an edit in A, a run in B, A closed: A\'s table is in Recent tables and opens again', () => {
    const storage = memoryStorage();
    const b = createLabStore();
    const tabB = fakeBrowser('', storage);
    startSharing(b, tabB.env);
    const a = createLabStore();
    const tabA = fakeBrowser('', storage);
    startSharing(a, tabA.env);
    a.getState().setCell(0, 0, '0.25');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    for (let i = 1; i <= 10; i++) {
      b.setState({ iteration: i * 1000, trainedTo: i * 1000, running: true });
      vi.advanceTimersByTime(ADDRESS_MAX_WAIT_MS);
    }
    tabA.close();
    // B heard A's save; B's run wrote nothing over it.
    expect(b.getState().recentTables.map((t) => t.table)).toEqual(['0.25_1_1-1,100-0,101-1']);
    const c = createLabStore();
    startSharing(c, fakeBrowser('', storage).env);
    expect(c.getState().rows[0]!.cells).toEqual(['0.25', '1', '1', '1']);
  });

  it("a tab whose saved table another tab wrote over says so, and keeps its own beside it", () => {
    const storage = memoryStorage();
    const first = createLabStore();
    startSharing(first, fakeBrowser('', storage).env);
    first.getState().setCell(0, 0, '0.5');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    // Two tabs open on that saved table; each edits it.
    const a = createLabStore();
    startSharing(a, fakeBrowser('', storage).env);
    const b = createLabStore();
    startSharing(b, fakeBrowser('', storage).env);
    a.getState().setCell(1, 0, '0.1');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    const notice = b.getState().notices.find((n) => n.text.startsWith('Another tab saved its table over'));
    expect(notice?.actions?.map((action) => action.label)).toEqual(["Keep this tab's table"]);
    notice!.actions![0]!.run();
    expect(b.getState().recentTables.map((t) => [t.table, t.thisTab])).toEqual([
      ['0.5_1_1-1,100-0,101-1', true],
      ['0.5_1_1-1,0.1_0_0-0,101-1', false],
    ]);
    // An edit in B after that goes to B's own table, never over A's.
    b.getState().setCell(2, 3, '0');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    expect(b.getState().recentTables.map((t) => t.table)).toEqual(['0.5_1_1-1,100-0,101-0', '0.5_1_1-1,0.1_0_0-0,101-1']);
  });

  it('lists at most 8 tables, newest first, with their iteration and time, and opens one as it was', () => {
    const storage = memoryStorage();
    let clock = 1_000;
    for (let t = 0; t < 10; t++) {
      const store = createLabStore();
      startSharing(store, fakeBrowser(`?data=011-1&seed=${t}&it=${t * 10}`, storage, () => (clock += 60_000)).env);
      store.getState().setCell(0, 3, t % 2 ? '0' : 'x');
      vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    }
    const store = createLabStore();
    startSharing(store, fakeBrowser('', storage).env);
    const recent = store.getState().recentTables;
    expect(recent).toHaveLength(8);
    expect(recent.map((t) => t.iteration)).toEqual([90, 80, 70, 60, 50, 40, 30, 20]);
    expect(recent[0]!.savedAt).toBeGreaterThan(recent[1]!.savedAt);
    store.getState().openRecentTable(recent[1]!.id);
    expect(store.getState()).toMatchObject({ seed: 8, iteration: 80 });
    expect(store.getState().rows[0]!.cells).toEqual(['0', '1', '1', 'x']);
  });

  it('with storage full, a notice says the work is not kept, offering Copy link and Save as a file, once', () => {
    const storage = memoryStorage();
    storage.full = true;
    const store = createLabStore();
    startSharing(store, fakeBrowser('', storage).env);
    store.getState().setCell(0, 0, '0.5');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    store.getState().setCell(0, 0, '0.75');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    const notices = store.getState().notices.filter((n) => n.text.startsWith('Your work is not being kept on this device'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.actions?.map((action) => action.label)).toEqual(['Copy link', 'Save as a file']);
  });
});
