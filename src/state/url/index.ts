export { decode, encode, LINK_VERSION, MAX_LINK_LENGTH, type Decoded, type DecodeOptions, type DecodeProblem, type OtherRun } from './codec';
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
