import { describe, expect, it } from 'vitest';
import { EXPLORE_PANEL_IDS } from '../../state';
import { EXPLORE_PANEL_NAMES } from './panelNames';

describe('EXPLORE_PANEL_NAMES', () => {
  it("names every panel of the Explore view once, in the one list's order (state/explorePanels.ts)", () => {
    expect(EXPLORE_PANEL_NAMES.map(({ id }) => id)).toEqual([...EXPLORE_PANEL_IDS]);
  });
});
