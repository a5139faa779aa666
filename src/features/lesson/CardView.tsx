import type { RefObject } from 'react';
import type { Card } from './lessonTypes';
import { RichText } from './RichText';
import { QuestionView } from './QuestionView';
import { ByHandView } from './ByHandView';

/** One card: its title (focused when the card changes), its text, and its question or by-hand step. */
export function CardView({ card, index, headingRef }: { card: Card; index: number; headingRef: RefObject<HTMLHeadingElement | null> }) {
  return (
    <article className="lesson-card" aria-labelledby="lesson-card-title" data-card={index + 1}>
      <h3 id="lesson-card-title" ref={headingRef} tabIndex={-1}>
        {card.title}
      </h3>
      <div className="lesson-text">
        <RichText text={card.text} />
      </div>
      {card.question && <QuestionView question={card.question} index={index} />}
      {card.byHand && <ByHandView card={card} index={index} />}
    </article>
  );
}
