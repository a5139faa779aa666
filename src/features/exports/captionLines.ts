/**
 * A saved chart's caption on as many lines as its width needs, broken between its parts (" · ": the table, the
 * seed, the learning rate, the iteration), never inside one: "Lernrate 1" stays whole. A part wider than the line
 * on its own is broken between its words. `measure` gives a text's width in the caption's font.
 */
export const CAPTION_SEPARATOR = ' · ';

export function captionLines(caption: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const put = (piece: string, joiner: string) => {
    const joined = line === '' ? piece : `${line}${joiner}${piece}`;
    if (line === '' || measure(joined) <= width) line = joined;
    else {
      lines.push(line);
      line = piece;
    }
  };
  for (const part of caption.split(CAPTION_SEPARATOR)) {
    if (measure(part) <= width) put(part, CAPTION_SEPARATOR);
    else {
      // Too wide even alone: it starts a line of its own and breaks between its words.
      if (line !== '') lines.push(line);
      line = '';
      for (const word of part.split(' ')) put(word, ' ');
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
