import { linearScale, type LinearScale } from '../../ui/plainScales';
import { formatTick } from '../../format/number';
import type { Frame } from '../../worker/protocol';
import { textBox, type Box, type Point } from '../../ui/geometry';
import { fontSizeOf, textWidth } from '../../ui/textMetrics';
import { chartMargins, legibleTicks, type ChartMargins } from './chartMargins';
import { placeBox, placeMarks, type Obstacle, type PlacedMark } from './placement';
import { sigmoidModel, type SigmoidModel } from './sigmoidModel';
import { plotWords } from './sigmoidTexts';
import { curveCrossings, sigmoidCurves } from './sigmoidCurves';

/*
 * Where everything on the sigmoid chart goes for one frame: the scales, each row's mark (moved aside where marks
 * coincide), the test diamond and the labels. Computed once per tick of the text clock, for the render and for
 * the writes through refs alike.
 */

// Room at the top and right for the test diamond (20 px from its point) at an output of 1 or the widest z.
export const TOP = 24;
export const RIGHT = 24;
export const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Half the test diamond's width. */
export const DIAMOND = 20;
/** The text classes measured to place the labels, in the fonts the stylesheet gives them. */
export const FONTS = ['mark-label', 'curve-label', 'tick', 'axis-label'] as const;
export const DEFAULT_FONT = '700 15px system-ui';

export type Fonts = Record<string, string> | null;

/** The plot's margins for the fonts the axes are drawn in. */
export function marginsFor(fonts: Fonts): ChartMargins {
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? DEFAULT_FONT;
  return chartMargins(font('tick'), font('axis-label'), Y_TICKS.map((t) => textWidth(formatTick(t), font('tick'))), TOP, RIGHT);
}

/** The z axis's ticks, as many as have room for their labels. */
export function xTicks(x: LinearScale, fonts: Fonts): number[] {
  const ticks = x.ticks(5);
  const font = fonts?.tick ?? DEFAULT_FONT;
  return legibleTicks(ticks, ticks.map(x), ticks.map((t) => textWidth(formatTick(t), font)));
}

/** A placed label's text attributes: its box's left edge and middle, the text anchored at the start. */
export function labelAt(box: Box) {
  return { x: px(box.x), y: px(box.y + box.height / 2), dy: '0.36em', textAnchor: 'start' as const };
}

/** A pixel position as an attribute: a tenth of a pixel is finer than anything drawn shows. */
export const px = (value: number): string => String(Math.round(value * 10) / 10);


type Scale = LinearScale;

/** Where one row's mark goes: its true point on the curve, where it is drawn, and its target's height. */
export interface RowPlace extends PlacedMark {
  /** The weighted sum, clamped to the axis, in pixels. */
  x: number;
  /** The output's and the target's heights in pixels. */
  yOutput: number;
  yTarget: number;
}

export interface SigmoidScene {
  model: SigmoidModel;
  /** The z axis runs from -zLimit to zLimit. */
  zLimit: number;
  x: Scale;
  y: Scale;
  /** z to x, clamped to the axis. */
  clampX: (z: number) => number;
  rows: RowPlace[];
  radius: number;
  test: Point;
  labels: { test: Box; sigmoid: Box };
  /**
   * What the render must redo when it changes, the writes through refs doing the rest: the axis, the marks' size
   * and their number. Which marks are moved aside is not part of it: every row's leader line is mounted, and the
   * writes show or hide it (with 64 moving rows that set changed on most ticks, each time a render).
   */
  shape: string;
}

/** What a label's white halo adds round its letters (.halo's 5 px stroke, half of it outside). */
const HALO = 2.5;

export interface SceneInput {
  frame: Frame | null;
  inputs: readonly (readonly number[])[];
  targets: readonly number[];
  testInput: readonly number[];
  width: number;
  height: number;
  fonts: Fonts;
  /** The z axis reaches at least this far (run B's marks, while comparing). */
  zFloor: number;
}

/** The chart's scales for a z range and a size, with the plot inside the margins of the fonts. */
export function sigmoidScales(zLimit: number, width: number, height: number, fonts: Fonts): { x: Scale; y: Scale } {
  const margin = marginsFor(fonts);
  const plotWidth = Math.max(0, width - margin.left - margin.right);
  const plotHeight = Math.max(0, height - margin.top - margin.bottom);
  return {
    x: linearScale([-zLimit, zLimit], [margin.left, margin.left + plotWidth]),
    y: linearScale([0, 1], [margin.top + plotHeight, margin.top]),
  };
}

/** The scene of a frame; null before the first frame. */
export function sigmoidScene({ frame, inputs, targets, testInput, width, height, fonts, zFloor }: SceneInput): SigmoidScene | null {
  if (!frame) return null;
  const model = sigmoidModel(frame, inputs, targets, testInput);
  const zLimit = Math.max(model.zLimit, zFloor);
  const { x, y } = sigmoidScales(zLimit, width, height, fonts);
  const clampX = (z: number) => x(Math.max(-zLimit, Math.min(zLimit, z)));
  const placed = placeLabels(model, x, y, zLimit, width, height, fonts);
  const rows = model.rows.map((mark, k) => ({ ...placed.marks[k]!, x: clampX(mark.z), yOutput: y(mark.output), yTarget: y(mark.target) }));
  return {
    model,
    zLimit,
    x,
    y,
    clampX,
    rows,
    radius: placed.radius,
    test: { x: clampX(model.test.z), y: y(model.test.output) },
    labels: { test: placed.test, sigmoid: placed.sigmoid },
    shape: `${zLimit}|${placed.radius}|${rows.length}`,
  };
}

/** sigmoidScene, computed again only when an input changed (the render and the tick's writes ask for the same one). */
export function lastSceneOf(): (input: SceneInput) => SigmoidScene | null {
  let last: { input: SceneInput; scene: SigmoidScene | null } | null = null;
  return (input) => {
    const same = last !== null && (Object.keys(input) as (keyof SceneInput)[]).every((key) => Object.is(input[key], last!.input[key]));
    if (!same) last = { input, scene: sigmoidScene(input) };
    return last!.scene;
  };
}

/**
 * Where the marks and labels go so that none hides another: the rows' marks (side by side where they coincide),
 * then the test's label beside its diamond, then the curves' names, each clear of the axes' tick labels.
 */
function placeLabels(model: SigmoidModel, x: Scale, y: Scale, zLimit: number, width: number, height: number, fonts: Fonts) {
  const MARGIN = marginsFor(fonts);
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? DEFAULT_FONT;
  const lineHeight = (name: (typeof FONTS)[number]) => fontSizeOf(font(name)) * 1.2;
  const clampX = (z: number) => x(Math.max(-zLimit, Math.min(zLimit, z)));
  const svg: Box = { x: 0, y: 0, width, height };
  const plot: Box = { x: MARGIN.left, y: MARGIN.top, width: Math.max(0, width - MARGIN.left - MARGIN.right), height: Math.max(0, height - MARGIN.top - MARGIN.bottom) };

  // The tick labels, where the backdrop draws them (the y ticks end 8 px left of the plot, the x ticks 22 px under it).
  const tickHeight = lineHeight('tick');
  const ticks: Obstacle[] = [
    ...Y_TICKS.map((t) => ({ box: textBox(MARGIN.left - 8, y(t), textWidth(formatTick(t), font('tick')), tickHeight, 'end') })),
    ...xTicks(x, fonts).map((t) => ({ box: textBox(x(t), plot.y + plot.height + MARGIN.tickBaseline - tickHeight * 0.35, textWidth(formatTick(t), font('tick')), tickHeight, 'middle') })),
  ];

  const widest = Math.max(...model.rows.map((m) => textWidth(String(m.row + 1), font('mark-label'))), 0);
  const radius = Math.max(13, widest / 2 + 5, fontSizeOf(font('mark-label')) * 0.7);
  const marks = placeMarks(
    model.rows.map((m) => ({ x: clampX(m.z), y: y(m.output) })),
    radius,
    svg,
    ticks,
  );
  const circles: Obstacle[] = marks.map((m) => ({ circle: { x: m.drawn.x, y: m.drawn.y, r: radius + 1.5 } }));

  // The test's label beside its diamond, on the side towards the plot's middle first.
  const tx = clampX(model.test.z);
  const ty = y(model.test.output);
  const testWidth = textWidth(plotWords().test, font('mark-label'));
  const h = lineHeight('mark-label');
  const away = DIAMOND + 4;
  const side = model.test.z > 0 ? -1 : 1;
  const testCandidates: Box[] = [];
  for (let k = 0; k < 4; k++) {
    const far = away + k * (2 * radius + 4);
    testCandidates.push(
      textBox(side > 0 ? tx + far : tx - far, ty, testWidth, h, side > 0 ? 'start' : 'end'),
      textBox(side > 0 ? tx - far : tx + far, ty, testWidth, h, side > 0 ? 'end' : 'start'),
      textBox(tx, ty - far - h / 2, testWidth, h, 'middle'),
      textBox(tx, ty + far + h / 2, testWidth, h, 'middle'),
    );
  }
  const test = placeBox(testCandidates, [...circles, ...ticks], svg).box;
  const diamond: Obstacle = { box: { x: tx - DIAMOND - 2, y: ty - DIAMOND - 2, width: 2 * DIAMOND + 4, height: 2 * DIAMOND + 4 } };

  // The sigmoid's name: high on the left, where its curve is still low (else low on the right, else wherever the
  // plot has room), clear of the marks first and of both curves second.
  const curveHeight = lineHeight('curve-label');
  const curves = sigmoidCurves(x, y, zLimit);
  const inPlot = (fx: number, fy: number, w: number, anchor: 'start' | 'end') =>
    textBox(anchor === 'start' ? plot.x + 8 + fx * plot.width : plot.x + plot.width - 8 - fx * plot.width, y(fy), w, curveHeight, anchor);
  const candidatesAt = (heights: number[], w: number, anchors: ('start' | 'end')[], across: number[]) =>
    heights.flatMap((fy) => across.flatMap((fx) => anchors.map((anchor) => inPlot(fx, fy, w, anchor))));
  const sigmoidWidth = textWidth(plotWords().sigmoid, font('curve-label'));
  const everyTwentieth = Array.from({ length: 19 }, (_, k) => (k + 1) / 20);
  const candidates = [
    ...candidatesAt([0.9, 0.75, 0.6], sigmoidWidth, ['start'], [0, 0.15, 0.3]),
    ...candidatesAt([0.1, 0.25], sigmoidWidth, ['end'], [0, 0.15]),
    ...candidatesAt(everyTwentieth, sigmoidWidth, ['start', 'end'], [0, 0.15, 0.3]),
  ];
  const taken: Obstacle[] = [...circles, diamond, { box: test }, ...ticks];
  const sigmoidLabel = placeBox(candidates, taken, plot, (box) => curveCrossings(curves, box, HALO)).box;
  return { marks, radius, test, sigmoid: sigmoidLabel };
}
