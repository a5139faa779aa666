import { lazy, Suspense } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useLessonMode } from './lessonMode';

/** The lesson panel, loaded when lesson mode first opens: a class that never uses it never downloads it. */
const LessonPanel = lazy(() => import('./LessonPanel').then((module) => ({ default: module.LessonPanel })));

/** The lesson panel's place in the layout: empty while lesson mode is closed. */
export function LessonSlot() {
  const open = useLessonMode((s) => s.open);
  const { t } = useLingui();
  if (!open) return null;
  return (
    <Suspense fallback={<aside className="lesson-panel" aria-label={t`Lesson`} aria-busy="true" />}>
      <LessonPanel />
    </Suspense>
  );
}
