export { decode, encode, LINK_VERSION, MAX_LINK_LENGTH, type Decoded, type DecodeProblem } from './codec';
export {
  defaultSharedState,
  sharedStateProblems,
  presenterPanelsProblem,
  DEFAULT_PRESENTER_PANELS,
  PANEL_IDS,
  PRESENTABLE_PANELS,
  PRESENTER_MAX,
  PRESENTER_MIN,
  type SharedState,
} from './sharedState';
