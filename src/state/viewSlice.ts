import { SIGNIFICANT_DIGITS } from '../format/number';
import type { Slice, ViewSlice } from './labState';
import { EXPLORE_PANEL_IDS, LAB_VIEW } from './explorePanels';
import { DEFAULT_PRESENTER_PANELS } from './panels';

/** More notices than this are never useful at once: the oldest go first. */
export const MAX_NOTICES = 4;

export const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  logAxis: false,
  presenter: false,
  hiddenPanels: [],
  presenterPanels: [...DEFAULT_PRESENTER_PANELS],
  digits: SIGNIFICANT_DIGITS,
  openView: LAB_VIEW,
  explorePanels: [...EXPLORE_PANEL_IDS],
  notices: [],
  nextNoticeId: 1,
  setLogAxis: (logAxis) => set({ logAxis }),
  setPresenter: (presenter) => set({ presenter }),
  setDigits: (digits) => set({ digits }),
  setPresenterPanels: (presenterPanels) => set({ presenterPanels }),
  setPanelHidden(panel, hidden) {
    const others = get().hiddenPanels.filter((p) => p !== panel);
    set({ hiddenPanels: hidden ? [...others, panel] : others });
  },
  setOpenView: (openView) => set({ openView }),
  // Kept in screen order and never empty: an empty choice would leave the view blank.
  setExplorePanels(panels) {
    const chosen = EXPLORE_PANEL_IDS.filter((id) => panels.includes(id));
    if (chosen.length > 0) set({ explorePanels: chosen });
  },
  addNotice(text, tone = 'info', actions) {
    const { notices, nextNoticeId } = get();
    const same = notices.find((notice) => notice.text === text && notice.tone === tone);
    if (same) return same.id;
    const notice = actions ? { id: nextNoticeId, tone, text, actions } : { id: nextNoticeId, tone, text };
    set({ notices: [...notices, notice].slice(-MAX_NOTICES), nextNoticeId: nextNoticeId + 1 });
    return nextNoticeId;
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
});
