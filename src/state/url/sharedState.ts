// A link's state is a setup (src/state/setup): its fields, defaults and rules are declared there, once.
export type { Setup as SharedState } from '../setup/setup';
export { defaultSetup as defaultSharedState } from '../setup/defaults';
export { setupProblems as sharedStateProblems } from '../setup/validate';
export { DEFAULT_PRESENTER_PANELS, PANEL_IDS, PRESENTABLE_PANELS, PRESENTER_MAX, PRESENTER_MIN, isPanelId, presenterPanelsProblem } from '../panels';
