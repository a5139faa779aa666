import type { RefObject } from 'react';
import { useLabStore } from '../../state';
import { CLOSE_ENOUGH, summaryOf } from './answers';
import { HAND_FIELDS } from './byHand';
import { restartLesson } from './lessonActions';
import { lessonStore, useLesson } from './lessonStore';

const KIND_WORDS = {
  number: (right: number, of: number) => `You predicted ${right} of ${of} within ${CLOSE_ENOUGH}.`,
  choice: (right: number, of: number) => `You chose right ${right} of ${of} times.`,
  direction: (right: number, of: number) => `You said which way ${right} of ${of} times.`,
} as const;

/** The end of the lesson: how the guesses went, the by-hand step, and Start again. */
export function SummaryView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const labStore = useLabStore();
  const answers = useLesson((s) => s.answers);
  const handwork = useLesson((s) => s.handwork);
  const lesson = useLesson((s) => s.lesson);
  const lines = summaryOf(answers).map((line) => KIND_WORDS[line.kind](line.right, line.of));
  const questions = lesson.cards.filter((card) => card.question).length;
  const revealed = answers.filter((answer) => answer?.truth != null).length;
  const hand = lesson.cards.flatMap((card, i) => (card.byHand && handwork[i]?.right !== undefined ? [handwork[i]!.right!] : []));
  return (
    <article className="lesson-card lesson-summary" aria-labelledby="lesson-card-title">
      <h3 id="lesson-card-title" ref={headingRef} tabIndex={-1}>
        Your lesson
      </h3>
      <ul data-testid="lesson-summary">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {hand.map((right, i) => (
          <li key={`hand-${i}`}>By hand: {right} of {HAND_FIELDS.length} answers right.</li>
        ))}
        <li>
          You revealed {revealed} of {questions} questions.
        </li>
      </ul>
      <p>Your answers stay on this device only. Start again to try the lesson afresh.</p>
      <button type="button" onClick={() => restartLesson(lessonStore, labStore)}>
        Start again
      </button>
    </article>
  );
}
