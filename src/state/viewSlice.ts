import type { Slice, ViewSlice } from './labState';

export const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  logAxis: false,
  presenter: false,
  hiddenPanels: [],
  setLogAxis: (logAxis) => set({ logAxis }),
  setPresenter: (presenter) => set({ presenter }),
  setPanelHidden(panel, hidden) {
    const others = get().hiddenPanels.filter((p) => p !== panel);
    set({ hiddenPanels: hidden ? [...others, panel] : others });
  },
});
