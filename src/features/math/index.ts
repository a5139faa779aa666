import { lazy } from 'react';

/** The "Show the math" panel, loaded on demand: mount it inside <Suspense>. It reads the app's store. */
export const MathPanel = lazy(() => import('./MathPanel'));
export type { MathPanelProps } from './MathPanel';
