import { describe, expect, it } from 'vitest';
import { createLabStore } from './store';
import { MAX_NOTICES } from './viewSlice';

describe('view slice', () => {
  it('toggles the log axis and hides panels', () => {
    const store = createLabStore();
    store.getState().setLogAxis(true);
    expect(store.getState().logAxis).toBe(true);
    store.getState().setPanelHidden('error', true);
    store.getState().setPanelHidden('error', true);
    expect(store.getState().hiddenPanels).toEqual(['error']);
    store.getState().setPanelHidden('error', false);
    expect(store.getState().hiddenPanels).toEqual([]);
  });

  it('adds notices with ids, once per text, and dismisses them by id', () => {
    const store = createLabStore();
    const first = store.getState().addNotice('Link copied.');
    const second = store.getState().addNotice('The link had a bad seed; seed 1 is used.', 'warning');
    expect(second).not.toBe(first);
    expect(store.getState().addNotice('Link copied.')).toBe(first);
    expect(store.getState().notices.map((n) => [n.tone, n.text])).toEqual([
      ['info', 'Link copied.'],
      ['warning', 'The link had a bad seed; seed 1 is used.'],
    ]);
    store.getState().dismissNotice(first);
    expect(store.getState().notices.map((n) => n.id)).toEqual([second]);
  });

  it(`keeps at most ${MAX_NOTICES} notices, dropping the oldest`, () => {
    const store = createLabStore();
    for (let i = 1; i <= MAX_NOTICES + 2; i++) store.getState().addNotice(`notice ${i}`);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['notice 3', 'notice 4', 'notice 5', 'notice 6']);
  });
});
