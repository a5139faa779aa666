import type { PanelId } from './labState';

/** Each panel's title, as its panel, its placeholder while loading and the lesson dialog show it: one place. */
export const PANEL_TITLES: Readonly<Record<PanelId, string>> = {
  weights: 'Weights over iterations',
  error: 'Error over iterations',
  sigmoid: 'Each row on the sigmoid',
  neuron: 'The neuron on the test input',
  math: 'Show the math',
  explore: 'Explore',
  table: 'Training table',
};
