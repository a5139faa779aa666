import { describe, expect, it } from 'vitest';
import { firstByRank, presenterSlots, shownSlots, type Slot } from './slots';

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

describe('presenterSlots(visible, chosen, watched, least, most)', () => {
  const charts: Slot[] = [
    { key: 'weights', node: null, panel: 'weights', presenterRank: 1 },
    { key: 'error', node: null, panel: 'error', presenterRank: 3 },
    { key: 'sigmoid', node: null, panel: 'sigmoid', presenterRank: 4 },
    { key: 'neuron', node: null, panel: 'neuron', presenterRank: 2 },
  ];
  const visible = (...hidden: string[]) => charts.filter((c) => !hidden.includes(c.key));

  it('shows the charts chosen, in screen order', () => {
    expect(keys(presenterSlots(charts, ['neuron', 'sigmoid'], undefined, 2, 3))).toEqual(['sigmoid', 'neuron']);
    expect(keys(presenterSlots(charts, ['sigmoid', 'weights', 'error'], undefined, 2, 3))).toEqual(['weights', 'error', 'sigmoid']);
  });

  it("adds the chart a preset's note points at, in the place of the last chosen when three are shown", () => {
    expect(keys(presenterSlots(charts, ['weights', 'neuron'], 'error', 2, 3))).toEqual(['weights', 'error', 'neuron']);
    expect(keys(presenterSlots(charts, ['weights', 'neuron', 'sigmoid'], 'error', 2, 3))).toEqual(['weights', 'error', 'neuron']);
    expect(keys(presenterSlots(charts, ['error', 'neuron'], 'error', 2, 3))).toEqual(['error', 'neuron']);
  });

  it('fills in by rank when a lesson link hid a chosen chart, and never shows a hidden one', () => {
    expect(keys(presenterSlots(visible('weights'), ['weights', 'sigmoid'], undefined, 2, 3))).toEqual(['sigmoid', 'neuron']);
    expect(keys(presenterSlots(visible('error'), ['weights', 'neuron'], 'error', 2, 3))).toEqual(['weights', 'neuron']);
    expect(keys(presenterSlots(visible('weights', 'error', 'sigmoid'), ['weights', 'sigmoid'], undefined, 2, 3))).toEqual(['neuron']);
  });
});
