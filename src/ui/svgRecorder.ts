import { path, type Path } from 'd3-path';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface DrawState {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineDash: number[];
  lineJoin: string;
  lineCap: string;
  globalAlpha: number;
  font: string;
  textBaseline: string;
  textAlign: string;
  /** Where drawing goes: the group of the current clip. */
  container: Element;
}

/** Canvas text baselines as SVG's dominant-baseline. */
const BASELINES: Record<string, string> = { top: 'text-before-edge', hanging: 'hanging', middle: 'middle', alphabetic: 'alphabetic', ideographic: 'ideographic', bottom: 'text-after-edge' };
const ANCHORS: Record<string, string> = { start: 'start', left: 'start', center: 'middle', right: 'end', end: 'end' };

let clipCount = 0;

/**
 * The part of the canvas 2D API the charts draw with, recording SVG instead of pixels: each fill or stroke of the
 * current path becomes a <path> (its `d` written by d3-path, which implements the canvas path methods), each
 * fillText a <text>, each clip a <clipPath>. A chart that draws through `CanvasRenderingContext2D` can so be saved as
 * vector, from the very code that paints it on screen. Transforms are not recorded: the charts draw in CSS pixels.
 */
export class SvgRecorder {
  /** The recorded drawing. */
  readonly group: SVGGElement;
  private readonly defs: SVGDefsElement;
  private current: Path = path();
  private state: DrawState;
  private readonly saved: DrawState[] = [];
  private readonly measure: CanvasRenderingContext2D | null;

  constructor(document: Document = globalThis.document) {
    this.group = document.createElementNS(SVG_NS, 'g');
    this.defs = document.createElementNS(SVG_NS, 'defs');
    this.group.appendChild(this.defs);
    this.measure = document.createElement('canvas').getContext('2d');
    this.state = {
      fillStyle: '#000000',
      strokeStyle: '#000000',
      lineWidth: 1,
      lineDash: [],
      lineJoin: 'miter',
      lineCap: 'butt',
      globalAlpha: 1,
      font: '10px sans-serif',
      textBaseline: 'alphabetic',
      textAlign: 'start',
      container: this.group,
    };
  }

  /** This recorder where code expects a canvas context (it implements what the charts use). */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }

  get fillStyle() { return this.state.fillStyle; }
  set fillStyle(value: string) { this.state.fillStyle = String(value); }
  get strokeStyle() { return this.state.strokeStyle; }
  set strokeStyle(value: string) { this.state.strokeStyle = String(value); }
  get lineWidth() { return this.state.lineWidth; }
  set lineWidth(value: number) { this.state.lineWidth = value; }
  get lineJoin() { return this.state.lineJoin; }
  set lineJoin(value: string) { this.state.lineJoin = value; }
  get lineCap() { return this.state.lineCap; }
  set lineCap(value: string) { this.state.lineCap = value; }
  get globalAlpha() { return this.state.globalAlpha; }
  set globalAlpha(value: number) { this.state.globalAlpha = value; }
  get font() { return this.state.font; }
  set font(value: string) { this.state.font = value; }
  get textBaseline() { return this.state.textBaseline; }
  set textBaseline(value: string) { this.state.textBaseline = value; }
  get textAlign() { return this.state.textAlign; }
  set textAlign(value: string) { this.state.textAlign = value; }

  setLineDash(segments: number[]) { this.state.lineDash = [...segments]; }
  getLineDash() { return [...this.state.lineDash]; }
  save() { this.saved.push({ ...this.state, lineDash: [...this.state.lineDash] }); }
  restore() { this.state = this.saved.pop() ?? this.state; }
  // What the screen needs and a file does not: the pixel ratio and clearing a reused canvas.
  setTransform() {}
  clearRect() {}

  beginPath() { this.current = path(); }
  moveTo(x: number, y: number) { this.current.moveTo(x, y); }
  lineTo(x: number, y: number) { this.current.lineTo(x, y); }
  closePath() { this.current.closePath(); }
  rect(x: number, y: number, w: number, h: number) { this.current.rect(x, y, w, h); }
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean) { this.current.arc(x, y, r, a0, a1, ccw); }
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number) { this.current.arcTo(x1, y1, x2, y2, r); }
  quadraticCurveTo(x1: number, y1: number, x: number, y: number) { this.current.quadraticCurveTo(x1, y1, x, y); }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) { this.current.bezierCurveTo(x1, y1, x2, y2, x, y); }

  fill() { this.emitPath('fill'); }
  stroke() { this.emitPath('stroke'); }

  clip() {
    const d = this.current.toString();
    const id = `chart-clip-${++clipCount}`;
    const clipPath = this.element('clipPath', { id });
    clipPath.appendChild(this.element('path', { d }));
    this.defs.appendChild(clipPath);
    const group = this.element('g', { 'clip-path': `url(#${id})` });
    this.state.container.appendChild(group);
    this.state.container = group;
  }

  fillText(text: string, x: number, y: number) {
    const element = this.element('text', {
      x: String(x),
      y: String(y),
      fill: this.state.fillStyle,
      'dominant-baseline': BASELINES[this.state.textBaseline] ?? 'alphabetic',
      'text-anchor': ANCHORS[this.state.textAlign] ?? 'start',
    });
    // Through the CSSOM: the font shorthand has no SVG attribute of its own.
    (element as SVGElement).style.setProperty('font', this.state.font);
    if (this.state.globalAlpha !== 1) element.setAttribute('opacity', String(this.state.globalAlpha));
    element.textContent = text;
    this.state.container.appendChild(element);
  }

  measureText(text: string): TextMetrics {
    if (!this.measure) return { width: text.length * 8 } as TextMetrics;
    this.measure.font = this.state.font;
    return this.measure.measureText(text);
  }

  private emitPath(mode: 'fill' | 'stroke') {
    const d = this.current.toString();
    if (d === '') return;
    const { state } = this;
    const attributes: Record<string, string> =
      mode === 'fill'
        ? { d, fill: state.fillStyle, stroke: 'none' }
        : {
            d,
            fill: 'none',
            stroke: state.strokeStyle,
            'stroke-width': String(state.lineWidth),
            'stroke-linejoin': state.lineJoin,
            'stroke-linecap': state.lineCap,
          };
    if (mode === 'stroke' && state.lineDash.length > 0) attributes['stroke-dasharray'] = state.lineDash.join(' ');
    if (state.globalAlpha !== 1) attributes.opacity = String(state.globalAlpha);
    state.container.appendChild(this.element('path', attributes));
  }

  private element(tag: string, attributes: Record<string, string>): Element {
    const element = this.group.ownerDocument.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  }
}
