// A state as a link and back: the link "Copy link" makes, and what the address bar tracks. Next to the codec
// (src/state/url); what a link carries and how it is put in place is the setup's (src/state/setup).
export { addressOf, queryOf, shareLinkOf, sameSetup, RUN_B_SUFFIX } from './shareLink';
export { tableReplaced } from './tableReplaced';
export { applySetup, setupOf, setupChanged, setupEdited } from '../setup';
