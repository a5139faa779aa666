import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLabStore } from '../../state';
import { formatCount } from '../../format/number';
import { closeLessonMode, goToCard, openLesson, openLessonMode, restartLesson } from './lessonActions';
import { lessonMode, setLessonOpen, useLessonMode } from './lessonMode';
import { lessonStore, useLesson, useShownLesson } from './lessonStore';
import { unpackLesson } from './lessonCode';
import { CardView } from './CardView';
import { SummaryView } from './SummaryView';
import { useHighlight } from './useHighlight';
import './lesson.css';

/** The editor, loaded when a teacher first opens it. */
const LessonEditor = lazy(() => import('./editor/LessonEditor').then((module) => ({ default: module.LessonEditor })));

/** Reads a lesson link that opened the page (or was pasted into it): its lesson at card 1, or a notice. */
function useLessonLink() {
  const labStore = useLabStore();
  const link = useLessonMode((s) => s.link);
  const { t } = useLingui();
  useEffect(() => {
    if (link === null) return;
    // Taken once: clearing it re-renders, and the reading goes on (it is not cancelled by that).
    lessonMode.setState({ link: null });
    void unpackLesson(link).then(({ lesson, problems }) => {
      const lab = labStore.getState();
      if (!lesson) {
        const why = problems[0] ?? t`it is damaged.`;
        lab.addNotice(t`The lesson link could not be opened: ${why} The lab opened as usual.`, 'warning');
        setLessonOpen(false);
        return;
      }
      if (!lessonMode.getState().open) return;
      openLesson(lessonStore, labStore, lesson, 'own');
      const mistakes = problems.slice(0, 3).join(' ');
      if (problems.length > 0) lab.addNotice(t`The lesson link had mistakes, and the lesson opened anyway. ${mistakes}`, 'warning');
    });
  }, [labStore, link, t]);
}

/**
 * The lesson beside the lab: one card at a time, Back and Next, the progress ("3 of 13"); each card puts the lab
 * where it needs it. Closing it gives the lab back (with its own hidden panels); the place is kept.
 */
export function LessonPanel() {
  const labStore = useLabStore();
  const lesson = useShownLesson();
  const index = useLesson((s) => s.index);
  const { t } = useLingui();
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState(false);
  const count = lesson.cards.length;
  const card = lesson.cards[index];
  const shownIndex = formatCount(index + 1);
  const shownCount = formatCount(count);
  useLessonLink();
  useHighlight(card?.highlight ?? []);

  useEffect(() => {
    // The card shown is set up again; a link's lesson replaces it once read.
    openLessonMode(lessonStore, labStore);
    return () => closeLessonMode(lessonStore, labStore);
  }, [labStore]);

  const go = (to: number) => {
    goToCard(lessonStore, labStore, to);
    // A screen reader user lands on the new card's title.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <aside id="lesson-panel" className="lesson-panel" aria-labelledby="lesson-panel-title">
      <header className="lesson-panel-header">
        <h2 id="lesson-panel-title">
          <span className="visually-hidden">
            <Trans>Lesson:</Trans>{' '}
          </span>
          {lesson.title}
        </h2>
        <button type="button" className="icon-button" aria-label={t`Close the lesson`} onClick={() => setLessonOpen(false)}>
          ✕
        </button>
      </header>
      <div className="lesson-card-scroll">
        {card ? <CardView key={`${index}`} card={card} index={index} headingRef={heading} /> : <SummaryView headingRef={heading} />}
      </div>
      <nav className="lesson-nav" aria-label={t`Lesson cards`}>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          <Trans>Back</Trans>
        </button>
        <span className="lesson-progress" data-testid="lesson-progress">
          {index < count ? t`${shownIndex} of ${shownCount}` : t`The end`}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= count}>
          {index === count - 1 ? t`Finish` : t`Next`}
        </button>
      </nav>
      {/* Put away in presenter mode: the room reads the card; starting again and editing are for a desk. */}
      <div className="lesson-tools-row">
        <button type="button" onClick={() => restartLesson(lessonStore, labStore)}>
          <Trans>Start again</Trans>
        </button>
        <button
          type="button"
          onClick={() => {
            // The teacher edits: the lab is theirs to set up and capture, not held for a guess.
            labStore.getState().setHold(null);
            setEditing(true);
          }}
        >
          <Trans>Edit lesson</Trans>
        </button>
      </div>
      {editing && (
        <Suspense fallback={null}>
          <LessonEditor onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </aside>
  );
}
