/** Kept for imports made before the link builder moved next to the codec: use src/state/share. */
export { applySharedState, shareLinkOf, sharedStateOf } from '../../state/share';
