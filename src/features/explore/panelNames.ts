import { t } from '@lingui/core/macro';
import type { ExplorePanelId } from '../../state';

/**
 * The Explore view's panels by name: for its picker, and for Save & open's chart list (which must not load the
 * panels themselves, so this file imports nothing of them). A new panel is one entry here and one in panels.tsx.
 */
export const EXPLORE_PANEL_NAMES: readonly { id: ExplorePanelId; name: string }[] = [
  // Getters: each reading is in the screen's language.
  {
    id: 'situations',
    get name() {
      return t`Every situation`;
    },
  },
  {
    id: 'line',
    get name() {
      return t`The dividing line`;
    },
  },
  {
    id: 'landscape',
    get name() {
      return t`Error landscape`;
    },
  },
];
