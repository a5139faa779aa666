import type { RefObject } from 'react';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLabStore } from '../../state';
import { formatDecimalText } from '../../format/number';
import { CLOSE_ENOUGH, summaryOf } from './answers';
import { HAND_FIELDS } from './byHand';
import { restartLesson } from './lessonActions';
import { lessonStore, useLesson } from './lessonStore';

/** One line of the summary per kind of question: how many of those revealed were right. */
function kindLine(kind: 'number' | 'choice' | 'direction', right: number, of: number): string {
  const close = formatDecimalText(String(CLOSE_ENOUGH));
  if (kind === 'number') return plural(of, { one: `You predicted ${right} of # within ${close}.`, other: `You predicted ${right} of # within ${close}.` });
  if (kind === 'choice') return plural(of, { one: `You chose right ${right} of # time.`, other: `You chose right ${right} of # times.` });
  return plural(of, { one: `You said which way ${right} of # time.`, other: `You said which way ${right} of # times.` });
}

/** The end of the lesson: how the guesses went, the by-hand step, and Start again. */
export function SummaryView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const labStore = useLabStore();
  const answers = useLesson((s) => s.answers);
  const handwork = useLesson((s) => s.handwork);
  const lesson = useLesson((s) => s.lesson);
  const { t } = useLingui();
  const lines = summaryOf(answers).map((line) => kindLine(line.kind, line.right, line.of));
  const questions = lesson.cards.filter((card) => card.question).length;
  const revealed = answers.filter((answer) => answer?.truth != null).length;
  const hand = lesson.cards.flatMap((card, i) => (card.byHand && handwork[i]?.right !== undefined ? [handwork[i]!.right!] : []));
  const fields = HAND_FIELDS.length;
  return (
    <article className="lesson-card lesson-summary" aria-labelledby="lesson-card-title">
      <h3 id="lesson-card-title" ref={headingRef} tabIndex={-1}>
        <Trans>Your lesson</Trans>
      </h3>
      <ul data-testid="lesson-summary">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {hand.map((right, i) => (
          <li key={`hand-${i}`}>{t`By hand: ${right} of ${fields} answers right.`}</li>
        ))}
        <li>{plural(questions, { one: `You revealed ${revealed} of # question.`, other: `You revealed ${revealed} of # questions.` })}</li>
      </ul>
      <p>
        <Trans>Your answers stay on this device only. Start again to try the lesson afresh.</Trans>
      </p>
      <button type="button" onClick={() => restartLesson(lessonStore, labStore)}>
        <Trans>Start again</Trans>
      </button>
    </article>
  );
}
