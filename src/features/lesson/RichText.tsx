import { Fragment } from 'react';
import { paragraphsOf } from './richText';

/** A card's text as React nodes: paragraphs and *emphasis*, every piece a text node (never parsed as HTML). */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((piece, i) => (piece.emphasis ? <strong key={i}>{piece.text}</strong> : <Fragment key={i}>{piece.text}</Fragment>))}
        </p>
      ))}
    </>
  );
}
