/**
 * User text (a cell, a link, a file) quoted back in the app's own messages. Such text may hold anything, so a
 * quote is made safe to show inside the app's words:
 * - invisible format characters (bidirectional overrides and isolates, zero-width marks, soft hyphens, BOMs),
 *   control characters and line breaks are shown as visible escapes ("<U+202E>"): a link's author cannot make
 *   a warning read backwards or hide part of it;
 * - it is cut to about MAX_QUOTED characters with an ellipsis, so a pasted megabyte gives a one-line message;
 * - it is wrapped in Unicode's isolate marks (FSI ... PDI), the plain-text form of <bdi>: right-to-left text in
 *   the quote cannot reorder the words around it. The screen renders each isolate as a <bdi> (UserMessage).
 */

/** The longest quote a message holds, in characters shown (an escape counts as its eight). */
export const MAX_QUOTED = 40;

export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

/** Characters that must not act inside a quote: controls, format characters, line and paragraph separators. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** "<U+202E>": a hidden character made visible. */
export function escapeOf(char: string): string {
  return `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * The quoted text as shown, without the quote marks: hidden characters escaped, cut to `max` characters with
 * "…". Reads only as far as it needs, so a huge text costs no more than a short one.
 */
export function shownText(text: string, max = MAX_QUOTED): string {
  let shown = '';
  let length = 0;
  for (const char of text) {
    const piece = HIDDEN.test(char) ? escapeOf(char) : char;
    if (length + piece.length > max) return `${shown}…`;
    shown += piece;
    length += piece.length;
  }
  return shown;
}

/** 'abc', isolated and made safe: the one way the app quotes user text in a message. */
export function quote(text: string, max = MAX_QUOTED): string {
  return `'${ISOLATE_START}${shownText(text, max)}${ISOLATE_END}'`;
}

/** The message without its isolate marks: for comparing and for places that take plain text only. */
export function plainMessage(message: string): string {
  return message.replaceAll(ISOLATE_START, '').replaceAll(ISOLATE_END, '');
}

/** A message cut into the app's words and the quoted pieces (isolated), for a renderer to wrap each quote in <bdi>. */
export function messageParts(message: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  let at = 0;
  while (at < message.length) {
    const start = message.indexOf(ISOLATE_START, at);
    if (start < 0) break;
    const end = message.indexOf(ISOLATE_END, start + 1);
    if (end < 0) break;
    if (start > at) parts.push({ text: message.slice(at, start), quoted: false });
    parts.push({ text: message.slice(start + 1, end), quoted: true });
    at = end + 1;
  }
  if (at < message.length) parts.push({ text: plainMessage(message.slice(at)), quoted: false });
  return parts;
}
