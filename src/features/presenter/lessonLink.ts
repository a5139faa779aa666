import { PANEL_TITLES, type LabState, type PanelId } from '../../state';
import { PANEL_IDS } from '../../state/url';
import { shareLinkOf } from '../../state/share';

/** What a teacher chooses for a lesson: the panels the class sees, and whether the screen opens in presenter mode. */
export interface LessonChoices {
  hidden: readonly PanelId[];
  presenter: boolean;
  /** The charts presenter mode shows (present=...); the screen's choice when left out. */
  presenterPanels?: readonly PanelId[];
}

/** The panels as the lesson dialog names them: their titles. */
export const PANEL_NAMES = PANEL_TITLES;

/** The panel ids in screen order, for the dialog's checkboxes. */
export const LESSON_PANELS: readonly PanelId[] = PANEL_IDS;

/**
 * The link to the state on screen (table, seed, learning rate, iteration) with the lesson's view: the chosen
 * panels hidden (hide=...), in screen order so the same choice always makes the same link, presenter=1 and the
 * charts presenter mode shows (present=...).
 */
export function lessonLinkOf(state: LabState, choices: LessonChoices, location: Pick<Location, 'origin' | 'pathname'>): string {
  const hiddenPanels = LESSON_PANELS.filter((panel) => choices.hidden.includes(panel));
  const presenterPanels = [...(choices.presenterPanels ?? state.presenterPanels)];
  return shareLinkOf({ ...state, hiddenPanels, presenter: choices.presenter, presenterPanels }, location);
}
