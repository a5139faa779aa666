/**
 * The panels of the "Explore" view, in screen order: every situation (the eight 3-bit inputs), the dividing line,
 * and the error landscape. A link's `show=` names them; the view shows those chosen side by side.
 */
export const EXPLORE_PANEL_IDS = ['situations', 'line', 'landscape'] as const;
export type ExplorePanelId = (typeof EXPLORE_PANEL_IDS)[number];

/** The key of the Explore view among the views (the layout's view switch). */
export const EXPLORE_VIEW = 'explore';
/** The key meaning "no view open: the table and charts". */
export const LAB_VIEW = 'lab';

export function isExplorePanelId(text: string): text is ExplorePanelId {
  return (EXPLORE_PANEL_IDS as readonly string[]).includes(text);
}
