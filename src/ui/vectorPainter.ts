/**
 * Canvases that can paint themselves again onto another 2D context: a chart registers how it draws, so that an
 * export can record that drawing as SVG (src/ui/svgRecorder.ts) instead of copying the canvas's pixels.
 */
export type Painter = (context: CanvasRenderingContext2D) => void;

const painters = new WeakMap<HTMLCanvasElement, Painter>();

/** Registers (or with null, forgets) how `canvas` is drawn. */
export function setPainter(canvas: HTMLCanvasElement, painter: Painter | null): void {
  if (painter) painters.set(canvas, painter);
  else painters.delete(canvas);
}

export function painterOf(canvas: HTMLCanvasElement): Painter | undefined {
  return painters.get(canvas);
}
