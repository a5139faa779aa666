import { boxesIntersect, buttStrokeHitsBox, circleHitsBox, strokeHitsBox, type Box, type Point } from '../../ui/geometry';

/*
 * Where the neuron diagram's parts go. Each weight is written on its own wire, in a label the wire stops at and
 * starts again from, right after its input; every wire then runs from the column of labels to the neuron. So no
 * weight label can cross a connection, whatever the weights (they change only the wires' widths, at most
 * MAX_WIRE px, and the labels' widths, which are measured), and the labels sit one under the other with the
 * inputs. The weighted sum and the output go beside the output arrow where there is room, else above the top
 * input and below the bottom one: both regions no wire reaches. While comparing, each label, the sum and the output
 * hold two lines (run A over run B) and each input has two wires, A's from its label's first line and B's from the
 * second; where the sum and output cannot go above and below the inputs, they go in the panel's right corners,
 * beside the wires that converge on the neuron, when no wire reaches them there.
 */

/** The sizes of the diagram's texts, measured in the fonts they are drawn in. */
export interface NeuronMetrics {
  /** The height of one line of label text. */
  lineHeight: number;
  /** The widest input name ("x1"). */
  inputNameWidth: number;
  /** The widest input value, written inside its circle ("1", "-1.25"): the circle grows to hold it. */
  inputValueWidth: number;
  /** Each weight label's text width ("w1 -4.3656131"). */
  weightWidths: readonly number[];
  /** "z = 4.5721877" and "out = 0.9897704". */
  sumWidth: number;
  outputWidth: number;
  /** How many runs the diagram shows: 2 while comparing (each text two lines, two wires an input). Default 1. */
  runs?: 1 | 2;
  /**
   * While comparing, the sum's and output's widths written in one line each ("z  A 4.57  B 3.34"), for a panel
   * too small for them in two lines.
   */
  inlineSumWidth?: number;
  inlineOutputWidth?: number;
  /** The lines of the sum and of the output: the runs, or 1 when they are written inline. Default: the runs. */
  textLines?: 1 | 2;
}

type Wire = { stub: [Point, Point]; run: [Point, Point, Point] };

export interface NeuronLayout {
  inputs: Point[];
  inputRadius: number;
  /** Where each input's name ends (its text is anchored at the end); none where the panel is too narrow for them. */
  inputNames: Point[] | null;
  /** Each weight's label: the box its outline is drawn as; the text starts LABEL_PAD inside it. */
  weightBoxes: Box[];
  /** Each wire's path: the stub from the input to its label, and from the label to the neuron. */
  wires: Wire[];
  /** While comparing, run B's wires (from its labels' second line to the neuron; no stub of their own); else empty. */
  wiresB: Wire['run'][];
  /** The middle of each line of a text box, from its top: one per run. */
  lineOffsets: number[];
  /** The lines of the sum and of the output: 1 when they are written inline while comparing. */
  textLines: number;
  neuron: Point;
  neuronRadius: number;
  arrow: [Point, Point];
  /** The weighted sum's and the output's text boxes (their text is anchored at the end, at the box's right). */
  sumBox: Box;
  outputBox: Box;
  /** Whether it all fits the size given; when it does not, the parts keep their order but may meet. */
  fits: boolean;
}

export const INPUT_RADIUS = 19;
export const NEURON_RADIUS = 28;
/** The widest a wire is drawn (neuronModel's MAX_WIDTH). */
export const MAX_WIRE = 16;
/** Room between a label's outline and its text. */
export const LABEL_PAD = 4;
const GAP = 6;
const EDGE = 4;
const SHORTEST_WIRE = 24;
const ARROW = 24;
const WIDEST_SPACING = 96;
/** The horizontal run of a wire after its label, before it turns to the neuron (keeps a thick stroke's end square). */
const LEAD = 10;

/**
 * The layout for this size: the sum and output above and below the inputs (or beside the arrow), with the inputs'
 * names, else without them (a phone: the labels' w1..w3 imply them); failing both, the sum and output in the
 * right corners, at the widest spacing of the inputs that leaves them clear.
 */
export function neuronLayout(width: number, height: number, m: NeuronMetrics): NeuronLayout {
  let last: NeuronLayout | null = null;
  const forms: NeuronMetrics[] = [m];
  if ((m.runs ?? 1) === 2 && m.inlineSumWidth !== undefined && m.inlineOutputWidth !== undefined) {
    forms.push({ ...m, textLines: 1, sumWidth: m.inlineSumWidth, outputWidth: m.inlineOutputWidth });
  }
  for (const form of forms) {
    for (const names of [true, false]) {
      last = layoutWith(width, height, form, names, null);
      if (last.fits) return last;
    }
  }
  // The corners are for two runs' texts only: one run's always go above and below where they fit at all.
  for (const names of (m.runs ?? 1) === 2 ? [true, false] : []) {
    const { most, least } = spacingRange(height, m);
    for (let spacing = most; spacing >= least; spacing -= 2) {
      const layout = layoutWith(width, height, m, names, spacing);
      if (layout.fits) return layout;
    }
  }
  return last!;
}

const linesOf = (m: NeuronMetrics) => m.runs ?? 1;
const boxHeightOf = (m: NeuronMetrics) => linesOf(m) * m.lineHeight + 2;
/** While comparing the inputs are drawn a little smaller: the two lines of each label need the height. */
const COMPARE_INPUT_RADIUS = 16;
const inputRadiusOf = (m: NeuronMetrics) => Math.max(linesOf(m) === 2 ? COMPARE_INPUT_RADIUS : INPUT_RADIUS, m.inputValueWidth / 2 + 4);
const textHeightOf = (m: NeuronMetrics) => (m.textLines ?? linesOf(m)) * m.lineHeight + 2;
/** How far an input's row reaches above and below its centre: its circle, its label, its wire(s). */
const reachOf = (m: NeuronMetrics) => Math.max(inputRadiusOf(m) + 1.5, boxHeightOf(m) / 2, (linesOf(m) - 1) * m.lineHeight / 2 + MAX_WIRE / 2);
const tightestOf = (m: NeuronMetrics) => Math.max(2 * reachOf(m) + GAP, boxHeightOf(m) + GAP);

function spacingRange(height: number, m: NeuronMetrics) {
  const least = tightestOf(m);
  return { least, most: Math.max(least, Math.min(WIDEST_SPACING, (height - 2 * EDGE - 2 * reachOf(m)) / 2)) };
}

/** `corners`: the inputs' spacing with the sum and output in the right corners; null: above and below the inputs. */
function layoutWith(width: number, height: number, m: NeuronMetrics, names: boolean, corners: number | null): NeuronLayout {
  const r = inputRadiusOf(m);
  const R = NEURON_RADIUS;
  const lines = linesOf(m);
  const boxHeight = boxHeightOf(m);
  const lineOffsets = Array.from({ length: lines }, (_, k) => 1 + (k + 0.5) * m.lineHeight);
  const inputX = EDGE + (names ? m.inputNameWidth + GAP : 0) + r;
  const labelLeft = inputX + r + GAP;
  const labelWidth = Math.max(0, ...m.weightWidths) + 2 * LABEL_PAD;
  const runStart = labelLeft + labelWidth + 2;
  const textWidth = Math.max(m.sumWidth, m.outputWidth);

  // Beside the arrow if the sum and output fit between the neuron and the edge with a shortest wire; else corners.
  const besideNeuronX = width - EDGE - textWidth - GAP - R;
  const beside = corners === null && besideNeuronX - R >= runStart + LEAD + SHORTEST_WIRE;
  const neuronX = beside ? besideNeuronX : Math.max(runStart + LEAD + SHORTEST_WIRE + R, width - EDGE - ARROW - R);

  const reach = reachOf(m);
  const tightest = tightestOf(m);
  const textHeight = textHeightOf(m);
  const textRoom = beside || corners !== null ? 0 : 2 * (textHeight + GAP);
  const spacing = corners ?? Math.max(tightest, Math.min(WIDEST_SPACING, (height - 2 * EDGE - textRoom - 2 * reach) / 2));
  const midY = height / 2;
  const ys = [midY - spacing, midY, midY + spacing];

  const inputs = ys.map((y) => ({ x: inputX, y }));
  const weightBoxes = ys.map((y) => ({ x: labelLeft, y: y - boxHeight / 2, width: labelWidth, height: boxHeight }));
  // Each run's wire leaves its label at the middle of that run's line.
  const runFrom = (y: number, k: number): [Point, Point, Point] => {
    const lineY = y - boxHeight / 2 + lineOffsets[k]!;
    return [
      { x: runStart, y: lineY },
      { x: runStart + LEAD, y: lineY },
      { x: neuronX - R, y: midY },
    ];
  };
  const wires = ys.map((y) => ({
    stub: [
      { x: inputX + r, y },
      { x: labelLeft, y },
    ] as [Point, Point],
    run: runFrom(y, 0),
  }));
  const wiresB = lines === 2 ? ys.map((y) => runFrom(y, 1)) : [];

  const right = width - EDGE;
  const sumBox =
    corners !== null
      ? { x: right - m.sumWidth, y: EDGE, width: m.sumWidth, height: textHeight }
      : beside
        ? { x: right - m.sumWidth, y: midY - GAP - textHeight, width: m.sumWidth, height: textHeight }
        : { x: right - m.sumWidth, y: ys[0]! - reach - GAP - textHeight, width: m.sumWidth, height: textHeight };
  const outputBox =
    corners !== null
      ? { x: right - m.outputWidth, y: height - EDGE - textHeight, width: m.outputWidth, height: textHeight }
      : beside
        ? { x: right - m.outputWidth, y: midY + GAP, width: m.outputWidth, height: textHeight }
        : { x: right - m.outputWidth, y: ys[2]! + reach + GAP, width: m.outputWidth, height: textHeight };

  const top = Math.min(sumBox.y, ys[0]! - reach);
  const bottom = Math.max(outputBox.y + outputBox.height, ys[2]! + reach);
  const layout: NeuronLayout = {
    fits: false,
    inputs,
    inputRadius: r,
    inputNames: names ? ys.map((y) => ({ x: inputX - r - GAP, y })) : null,
    weightBoxes,
    wires,
    wiresB,
    lineOffsets,
    textLines: m.textLines ?? lines,
    neuron: { x: neuronX, y: midY },
    neuronRadius: R,
    arrow: [
      { x: neuronX + R, y: midY },
      { x: right, y: midY },
    ],
    sumBox,
    outputBox,
  };
  const inside = top >= 0 && bottom <= height && neuronX - R >= runStart + LEAD + SHORTEST_WIRE && neuronX + R + (beside ? 0 : ARROW) <= right;
  layout.fits =
    inside &&
    (corners === null
      ? Math.min(sumBox.x, outputBox.x) >= (beside ? neuronX + R + GAP : 0)
      : [sumBox, outputBox].every((box) => box.x >= 0 && !textHits(layout, box)));
  return layout;
}

/** Whether a text box (grown by half a gap) meets a wire, a node, the arrow or a weight's label. */
function textHits(layout: NeuronLayout, text: Box): boolean {
  const box = { x: text.x - GAP / 2, y: text.y - GAP / 2, width: text.width + GAP, height: text.height + GAP };
  const runs = [...layout.wires.map((wire) => wire.run), ...layout.wiresB];
  for (const [a, b, c] of runs) {
    if (buttStrokeHitsBox(a, b, MAX_WIRE, box) || buttStrokeHitsBox(b, c, MAX_WIRE, box) || circleHitsBox(b, MAX_WIRE / 2, box)) return true;
  }
  if (layout.wires.some((wire) => buttStrokeHitsBox(wire.stub[0], wire.stub[1], MAX_WIRE, box))) return true;
  if (layout.inputs.some((input) => circleHitsBox(input, layout.inputRadius + 1.5, box))) return true;
  if (layout.weightBoxes.some((label) => boxesIntersect(label, box))) return true;
  return circleHitsBox(layout.neuron, layout.neuronRadius + 1.5, box) || strokeHitsBox(layout.arrow[0], layout.arrow[1], 3, box);
}

/** A wire's SVG path: the stub to its label, then from the label on to the neuron. */
export function wirePath(wire: Wire): string {
  const [a, b] = wire.stub;
  const [c, d, e] = wire.run;
  return `M${a.x} ${a.y}H${b.x}M${c.x} ${c.y}H${d.x}L${e.x} ${e.y}`;
}

/** Run B's wire's SVG path: from its label's second line on to the neuron. */
export function runPath([c, d, e]: Wire['run']): string {
  return `M${c.x} ${c.y}H${d.x}L${e.x} ${e.y}`;
}
