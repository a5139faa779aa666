// A state as a link and back: the link "Copy link" makes, what of the state it carries, and putting a shared
// state in place. Next to the codec (src/state/url) and apart from src/state's index, which it builds on.
export { addressOf, shareLinkOf } from './shareLink';
export { applySharedState } from './applySharedState';
export { sharedStateOf } from './sharedStateOf';
