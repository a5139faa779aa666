/** The longest piece of a link quoted back in a message: enough to recognise it, never a flood. */
export const MAX_QUOTED = 24;

/**
 * A value from a link as a message quotes it: 'abc'. Long values are cut (by code point, so no half characters)
 * and control characters shown as '?', so a notice stays one readable line whatever the link held.
 */
export function quote(text: string): string {
  const chars = Array.from(text.replace(/\p{Cc}/gu, '?'));
  const shown = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : chars.join('');
  return `'${shown}'`;
}
