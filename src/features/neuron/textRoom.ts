/**
 * A text's width for the layout: its own, or that of the same text with `room` (a number written in full) in place
 * of its number `value`, whichever is wider. A number that drops a trailing zero ("0.9994773" after "0.99947731")
 * is narrower: laid out by its own width, the diagram moved (and rendered again) 2-3 times a second of a run.
 */
export function widthWithRoom(text: string, value: string, room: string, measure: (text: string) => number): number {
  return Math.max(measure(text), measure(text.replace(value, room)));
}
