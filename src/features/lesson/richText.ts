/** A piece of a paragraph: plain text, or text the author marked with *stars*. */
export interface Piece {
  text: string;
  emphasis: boolean;
}

/**
 * A card's plain text as paragraphs (split at blank lines) of pieces: "*sure*" is emphasis; a lone star stays a
 * star. Nothing in the text is markup: it only ever becomes text nodes.
 */
export function paragraphsOf(text: string): Piece[][] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => {
      const pieces: Piece[] = [];
      const pattern = /\*([^*\n]+)\*/g;
      let last = 0;
      for (const match of paragraph.matchAll(pattern)) {
        if (match.index > last) pieces.push({ text: paragraph.slice(last, match.index), emphasis: false });
        pieces.push({ text: match[1]!, emphasis: true });
        last = match.index + match[0].length;
      }
      if (last < paragraph.length) pieces.push({ text: paragraph.slice(last), emphasis: false });
      return pieces;
    });
}
