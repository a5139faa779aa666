export { decode, encode, LINK_VERSION, MAX_LINK_LENGTH, type Decoded, type DecodeProblem } from './codec';
export { defaultSharedState, sharedStateProblems, PANEL_IDS, type SharedState } from './sharedState';
