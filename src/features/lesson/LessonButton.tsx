import { Trans } from '@lingui/react/macro';
import { useEffect } from 'react';
import { setLessonOpen, takeLessonLink, useLessonMode } from './lessonMode';
import './lessonButton.css';

/** "Lesson": opens the guided lesson beside the lab, or closes it (the place is kept). A lesson link opens it too. */
export function LessonButton() {
  const open = useLessonMode((s) => s.open);
  useEffect(() => {
    const take = () => takeLessonLink(window.location, window.history);
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);
  return (
    <button type="button" className="lesson-mode-button" aria-pressed={open} aria-controls={open ? 'lesson-panel' : undefined} onClick={() => setLessonOpen(!open)}>
      <Trans>Lesson</Trans>
    </button>
  );
}
