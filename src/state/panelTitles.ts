import { t } from '@lingui/core/macro';
import type { PanelId } from './labState';

/**
 * Each panel's title, as its panel, its placeholder while loading and the lesson dialog show it: one place. Read
 * when shown (getters), so each reading is in the screen's language.
 */
export const PANEL_TITLES: Readonly<Record<PanelId, string>> = {
  get weights() {
    return t`Weights over iterations`;
  },
  get error() {
    return t`Error over iterations`;
  },
  get sigmoid() {
    return t`Each row on the sigmoid`;
  },
  get neuron() {
    return t`The neuron on the test input`;
  },
  get math() {
    return t`Show the math`;
  },
  get explore() {
    return t`Explore`;
  },
  get table() {
    return t`Training table`;
  },
};
