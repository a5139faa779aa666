import { lazy, Suspense } from 'react';
import { useLab } from '../../state';
import './longWork.css';

/** Loaded when a link or file far ahead first asks: most visits never do. */
const LongWorkDialog = lazy(() => import('./LongWorkDialog').then((module) => ({ default: module.LongWorkDialog })));

/** The question a link or file far ahead raises (issue 15, part 4), while it is asked (LongWorkDialog). */
export function LongWorkQuestion() {
  const asking = useLab((s) => s.longWork?.phase === 'asking');
  if (!asking) return null;
  // A modal: nothing in the page moves while it loads, and it opens over the page once it has.
  return (
    <Suspense fallback={null}>
      <LongWorkDialog />
    </Suspense>
  );
}
