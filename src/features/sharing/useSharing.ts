import { useCallback, useLayoutEffect, useRef } from 'react';
import { useComparisonStore, useLabStore } from '../../state';
import { browserSharingEnvironment, startSharing, type Sharing } from './startSharing';

/**
 * Connects the app's store (and run B while comparing) to the address bar, Back/Forward and the saved table, for as long as the calling
 * component (the app) is mounted. A layout effect, so a link's state is in place before the first paint.
 * Returns "Start fresh": forget what this browser kept and open as a first visit does.
 */
export function useSharing(): { startFresh(): void } {
  const labStore = useLabStore();
  const comparison = useComparisonStore();
  const sharing = useRef<Sharing | null>(null);
  useLayoutEffect(() => {
    const started = startSharing(labStore, browserSharingEnvironment(), comparison);
    sharing.current = started;
    return () => {
      sharing.current = null;
      started();
    };
  }, [labStore, comparison]);
  const startFresh = useCallback(() => sharing.current?.startFresh(), []);
  return { startFresh };
}
