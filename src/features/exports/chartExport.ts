import { painterOf } from '../../ui/vectorPainter';
import { SvgRecorder } from '../../ui/svgRecorder';
import { textWidth } from '../../ui/textMetrics';
import { captionLines } from './captionLines';

/**
 * Why a chart could not be exported, as a code the page words (exportProblemText.ts): a canvas layer with no
 * vector painter (no SVG), no 2D canvas in this browser, or a canvas the browser would not encode as PNG.
 */
export class ChartExportError extends Error {
  readonly code: 'notVector' | 'noCanvas' | 'noPng';
  constructor(code: ChartExportError['code']) {
    super(code);
    this.name = 'ChartExportError';
    this.code = code;
  }
}

/**
 * Chart export: a chart on screen (an <svg>, or a box holding <svg> and <canvas> layers, as the live charts are
 * drawn) as a standalone SVG file, all vector: a canvas layer is drawn again by its chart's own code into an SVG
 * recorder (paths and text, never the canvas's pixels). The PNG is that SVG painted at twice its size. Both carry a
 * caption under the chart (the table, seed, learning rate and iteration). The page's stylesheets do not travel with
 * a file, so every style the drawing depends on is written onto each element.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties a chart's look depends on. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'display',
  'visibility',
  'paint-order',
  'shape-rendering',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
] as const;

export interface ChartExportOptions {
  /** The background colour; by default the first opaque background of the chart or its ancestors, else white. */
  background?: string;
  /** A line under the chart saying what it shows ("The tutorial's table · seed 1 · learning rate 1 · iteration 10,000"). */
  caption?: string;
}

/** The caption's type, the height of each of its lines and the room round them in its band under the chart. */
const CAPTION_FONT = '600 15px system-ui, sans-serif';
const CAPTION_LINE = 20;
const CAPTION_PAD = 5;
const CAPTION_SIDE = 8;

function isTransparent(colour: string): boolean {
  return colour === '' || colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
}

function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (!isTransparent(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * The initial value of every property for each kind of element, read from elements that inherit nothing from the
 * page (`all: initial`), so that only what differs from a bare SVG file is written out.
 */
function createDefaults(): { styleOf(tag: string): Map<string, string>; dispose(): void } {
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:-10000px;top:0;width:0;height:0;overflow:hidden';
  const probe = document.createElementNS(SVG_NS, 'svg');
  // Through the CSSOM, never a style attribute: the app's Content-Security-Policy refuses inline style attributes.
  probe.style.setProperty('all', 'initial');
  holder.appendChild(probe);
  document.body.appendChild(holder);
  const cache = new Map<string, Map<string, string>>();
  return {
    styleOf(tag) {
      let values = cache.get(tag);
      if (!values) {
        const element = tag === 'svg' ? probe : probe.appendChild(document.createElementNS(SVG_NS, tag));
        const style = getComputedStyle(element);
        values = new Map(STYLE_PROPERTIES.map((name) => [name, style.getPropertyValue(name)]));
        cache.set(tag, values);
      }
      return values;
    },
    dispose: () => holder.remove(),
  };
}

/** Writes onto each element of `copy` the computed styles of the matching element of `source` that differ from a bare file's. */
function inlineStyles(source: Element, copy: SVGElement, defaults: ReturnType<typeof createDefaults>): void {
  const style = getComputedStyle(source);
  const initial = defaults.styleOf(source.localName);
  copy.removeAttribute('style');
  // The CSSOM writes the style attribute without tripping the Content-Security-Policy (setAttribute would).
  for (const name of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value !== '' && value !== initial.get(name)) copy.style.setProperty(name, value);
  }
  copy.removeAttribute('class');
  const sourceChildren = source.children;
  const copyChildren = copy.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const child = copyChildren[i];
    if (child instanceof SVGElement) inlineStyles(sourceChildren[i]!, child, defaults);
  }
}

/** The layers a chart is drawn in, back to front: the element itself if it is an <svg>, else its <svg>s and <canvas>es. */
function layersOf(root: Element): Element[] {
  if (root instanceof SVGSVGElement || root instanceof HTMLCanvasElement) return [root];
  return Array.from(root.querySelectorAll('svg, canvas')).filter((layer) => !layer.parentElement?.closest('svg'));
}

/** A canvas layer as vector: its chart draws it again into an SVG recorder. */
function vectorOf(canvas: HTMLCanvasElement): SVGGElement {
  const paint = painterOf(canvas);
  if (!paint) throw new ChartExportError('notVector');
  const recorder = new SvgRecorder(canvas.ownerDocument);
  paint(recorder.asContext());
  return recorder.group;
}

/** The chart as a standalone SVG document: its size, its background, every layer in place, every style inline. */
export function chartToSvg(root: Element, options: ChartExportOptions = {}): string {
  const box = root.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const chartHeight = Math.max(1, Math.round(box.height));
  // A long caption (German's) goes on more lines, broken between its parts, rather than off the picture's edge.
  const lines = options.caption ? captionLines(options.caption, width - 2 * CAPTION_SIDE, (text) => textWidth(text, CAPTION_FONT)) : [];
  const height = chartHeight + (lines.length > 0 ? lines.length * CAPTION_LINE + 2 * CAPTION_PAD : 0);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', options.background ?? backgroundOf(root));
  out.appendChild(background);

  const defaults = createDefaults();
  try {
    for (const layer of layersOf(root)) {
      const rect = layer.getBoundingClientRect();
      const x = String(rect.left - box.left);
      const y = String(rect.top - box.top);
      if (layer instanceof HTMLCanvasElement) {
        const group = vectorOf(layer);
        group.setAttribute('transform', `translate(${x},${y})`);
        out.appendChild(group);
      } else if (layer instanceof SVGSVGElement) {
        const copy = layer.cloneNode(true) as SVGSVGElement;
        inlineStyles(layer, copy, defaults);
        copy.setAttribute('x', x);
        copy.setAttribute('y', y);
        copy.setAttribute('width', String(rect.width));
        copy.setAttribute('height', String(rect.height));
        out.appendChild(copy);
      }
    }
  } finally {
    defaults.dispose();
  }
  if (lines.length > 0) {
    const caption = document.createElementNS(SVG_NS, 'text');
    caption.setAttribute('fill', '#111');
    caption.style.setProperty('font', CAPTION_FONT);
    lines.forEach((text, k) => {
      const line = document.createElementNS(SVG_NS, 'tspan');
      line.setAttribute('x', String(CAPTION_SIDE));
      line.setAttribute('y', String(chartHeight + CAPTION_PAD + CAPTION_LINE * (k + 0.5)));
      line.setAttribute('dominant-baseline', 'middle');
      line.textContent = text;
      caption.appendChild(line);
    });
    out.appendChild(caption);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out) + '\n';
}

async function svgImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The chart as a PNG at `scale` times its size on screen (2 by default: sharp on a slide or a printed page), caption included. */
export async function chartToPng(root: Element, options: ChartExportOptions & { scale?: number } = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const svg = chartToSvg(root, options);
  const image = await svgImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new ChartExportError('noCanvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ChartExportError('noPng'))), 'image/png'),
  );
}
