import { lazy } from 'react';

/** The "Python" panel, loaded on demand: mount it inside <Suspense>. It reads the app's store. */
export const PythonPanel = lazy(() => import('./PythonPanel'));
export type { PythonPanelProps } from './PythonPanel';
