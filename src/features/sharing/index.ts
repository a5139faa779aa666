/** What other features may use of sharing: the link to a state, as "Copy link" makes it. */
export { shareLinkOf } from './shareLink';
