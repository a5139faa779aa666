import { lazy } from 'react';

/** The "Handout" view, loaded on demand: mount it inside <Suspense>. It reads the app's store. */
export const HandoutView = lazy(() => import('./HandoutView'));
