import { useLayoutEffect } from 'react';
import { labStore } from '../../state';
import { browserSharingEnvironment, startSharing } from './startSharing';

/**
 * Connects the app's store to the address bar, Back/Forward and the saved table, for as long as the calling
 * component (the app) is mounted. A layout effect, so a link's state is in place before the first paint.
 */
export function useSharing(): void {
  useLayoutEffect(() => startSharing(labStore, browserSharingEnvironment()), []);
}
