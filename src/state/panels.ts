import type { PresenterProblem } from './url/linkProblem';

/**
 * Every panel of the lab, in screen order: the one list the type, the link's hide=/present=, the state file's
 * view, the lesson dialog and the panel titles all derive from. A new panel is one entry here (and its title).
 */
export const PANEL_IDS = ['weights', 'error', 'sigmoid', 'neuron', 'math', 'explore', 'table'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export function isPanelId(text: unknown): text is PanelId {
  return (PANEL_IDS as readonly unknown[]).includes(text);
}

/** The panels presenter mode may show beside the table: the charts (the math, Explore and the table are not charts). */
export const PRESENTABLE_PANELS: readonly PanelId[] = PANEL_IDS.filter((panel) => panel !== 'math' && panel !== 'explore' && panel !== 'table');

/** Presenter mode shows two or three charts: more would not be readable from the back of a room at 1280x720. */
export const PRESENTER_MIN = 2;
export const PRESENTER_MAX = 3;

/** The weights over time and the neuron with its numbers: the two the tutorial's story needs. */
export const DEFAULT_PRESENTER_PANELS: readonly PanelId[] = ['weights', 'neuron'];

/** What is wrong with a choice of presenter panels, as a code (text/linkProblemText words it); null when it is a valid choice. */
export function presenterPanelsProblem(panels: readonly string[]): PresenterProblem | null {
  const unknown = panels.filter((panel) => !(PRESENTABLE_PANELS as readonly string[]).includes(panel));
  if (unknown.length > 0) return { code: 'notPresentable', panels: unknown.slice(0, 2), presentable: PRESENTABLE_PANELS };
  if (new Set(panels).size !== panels.length) return { code: 'panelTwice' };
  if (panels.length < PRESENTER_MIN || panels.length > PRESENTER_MAX) return { code: 'panelCount', count: panels.length, least: PRESENTER_MIN, most: PRESENTER_MAX };
  return null;
}
