/**
 * Text widths for laying out chart labels before they are drawn: the canvas 2D context measures a string in a
 * CSS font exactly as the SVG or canvas text will render it, without a layout pass.
 */
let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return context;
}

/** A CSS font shorthand's size in pixels ("600 20px system-ui" -> 20); 15 when it names none. */
export function fontSizeOf(font: string): number {
  const match = /(\d+(?:\.\d+)?)px/.exec(font);
  return match ? Number(match[1]) : 15;
}

/**
 * Widths measured already, by font and text: a chart asks for the same few labels on every tick of a run (the
 * sigmoid's 64 row numbers), and setting the context's font and measuring cost more than the rest of its layout.
 */
const measured = new Map<string, number>();
const MEASURED_MOST = 2000;

/** The width of `text` in `font` (a CSS font shorthand); an estimate from the font size where no canvas exists. */
export function textWidth(text: string, font: string): number {
  const ctx = measuringContext();
  if (!ctx) return text.length * fontSizeOf(font) * 0.64;
  const key = `${font}\n${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  ctx.font = font;
  const width = ctx.measureText(text).width;
  // A bound, not an eviction policy: past it (numbers of every length in many fonts) start afresh.
  if (measured.size >= MEASURED_MOST) measured.clear();
  measured.set(key, width);
  return width;
}

/** The font an element's text is drawn in, as one shorthand the canvas understands. */
export function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}
