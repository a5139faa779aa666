import { describe, expect, it } from 'vitest';
import { shownSlots, type Slot } from './slots';

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
