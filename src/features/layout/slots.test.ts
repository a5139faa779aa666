import { describe, expect, it } from 'vitest';
import { firstByRank, shownSlots, type Slot } from './slots';

const SLOTS: Slot[] = [
  { key: 'table', node: null, panel: 'table' },
  { key: 'situation', node: null },
  { key: 'settings', node: null, secondary: true },
  { key: 'weights', node: null, panel: 'weights' },
];
const keys = (slots: Slot[]) => slots.map((slot) => slot.key);

describe('shownSlots', () => {
  it('shows everything by default', () => {
    expect(keys(shownSlots(SLOTS, { presenter: false, hiddenPanels: [] }))).toEqual(['table', 'situation', 'settings', 'weights']);
  });

  it('leaves out the panels a lesson link hides, in any order', () => {
    expect(keys(shownSlots(SLOTS, { presenter: false, hiddenPanels: ['weights', 'table'] }))).toEqual(['situation', 'settings']);
  });

  it('puts the secondary slots away in presenter mode', () => {
    expect(keys(shownSlots(SLOTS, { presenter: true, hiddenPanels: ['table'] }))).toEqual(['situation', 'weights']);
  });
});

describe('firstByRank', () => {
  const charts: Slot[] = [
    { key: 'weights', node: null, presenterRank: 1 },
    { key: 'error', node: null, presenterRank: 3 },
    { key: 'sigmoid', node: null },
    { key: 'neuron', node: null, presenterRank: 2 },
  ];

  it('keeps the lowest ranks, in screen order', () => {
    expect(keys(firstByRank(charts, 2))).toEqual(['weights', 'neuron']);
    expect(keys(firstByRank(charts, 3))).toEqual(['weights', 'error', 'neuron']);
  });

  it('takes the next ranks when the first are hidden, unranked slots last', () => {
    expect(keys(firstByRank(charts.filter((c) => c.key !== 'weights'), 2))).toEqual(['error', 'neuron']);
    expect(keys(firstByRank(charts.filter((c) => c.key === 'sigmoid' || c.key === 'error'), 2))).toEqual(['error', 'sigmoid']);
  });

  it('keeps them all when there are no more than asked', () => {
    expect(keys(firstByRank(charts, 4))).toEqual(['weights', 'error', 'sigmoid', 'neuron']);
    expect(firstByRank([], 2)).toEqual([]);
  });
});
