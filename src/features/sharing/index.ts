/** What other features may use of sharing: the link to a state, as "Copy link" makes it; putting a state in place. */
export { shareLinkOf } from './shareLink';
export { applySharedState } from './applySharedState';
export { sharedStateOf } from './sharedStateOf';
