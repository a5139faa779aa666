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

/** The width of `text` in `font` (a CSS font shorthand); an estimate from the font size where no canvas exists. */
export function textWidth(text: string, font: string): number {
  const ctx = measuringContext();
  if (!ctx) return text.length * fontSizeOf(font) * 0.64;
  ctx.font = font;
  return ctx.measureText(text).width;
}

/** The font an element's text is drawn in, as one shorthand the canvas understands. */
export function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}
