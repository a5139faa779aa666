import type { Box, Point } from '../../ui/geometry';

/*
 * Where the neuron diagram's parts go. Each weight is written on its own wire, in a label the wire stops at and
 * starts again from, right after its input; every wire then runs from the column of labels to the neuron. So no
 * weight label can cross a connection, whatever the weights (they change only the wires' widths, at most
 * MAX_WIRE px, and the labels' widths, which are measured), and the labels sit one under the other with the
 * inputs. The weighted sum and the output go beside the output arrow where there is room, else above the top
 * input and below the bottom one: both regions no wire reaches.
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
}

export interface NeuronLayout {
  inputs: Point[];
  inputRadius: number;
  /** Where each input's name ends (its text is anchored at the end); none where the panel is too narrow for them. */
  inputNames: Point[] | null;
  /** Each weight's label: the box its outline is drawn as; the text starts LABEL_PAD inside it. */
  weightBoxes: Box[];
  /** Each wire's path: the stub from the input to its label, and from the label to the neuron. */
  wires: { stub: [Point, Point]; run: [Point, Point, Point] }[];
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

/** The layout for this size; on a narrow panel (a phone) without the input names, which the labels' w1..w3 imply. */
export function neuronLayout(width: number, height: number, m: NeuronMetrics): NeuronLayout {
  const named = layoutWith(width, height, m, true);
  return named.fits ? named : layoutWith(width, height, m, false);
}

function layoutWith(width: number, height: number, m: NeuronMetrics, names: boolean): NeuronLayout {
  const r = Math.max(INPUT_RADIUS, m.inputValueWidth / 2 + 4);
  const R = NEURON_RADIUS;
  const boxHeight = m.lineHeight + 2;
  const inputX = EDGE + (names ? m.inputNameWidth + GAP : 0) + r;
  const labelLeft = inputX + r + GAP;
  const labelWidth = Math.max(0, ...m.weightWidths) + 2 * LABEL_PAD;
  const runStart = labelLeft + labelWidth + 2;
  const textWidth = Math.max(m.sumWidth, m.outputWidth);

  // Beside the arrow if the sum and output fit between the neuron and the edge with a shortest wire; else corners.
  const besideNeuronX = width - EDGE - textWidth - GAP - R;
  const beside = besideNeuronX - R >= runStart + LEAD + SHORTEST_WIRE;
  const neuronX = beside ? besideNeuronX : Math.max(runStart + LEAD + SHORTEST_WIRE + R, width - EDGE - ARROW - R);

  // How far an input's row reaches above and below its centre: its circle, its label, its wire.
  const reach = Math.max(r + 1.5, boxHeight / 2, MAX_WIRE / 2);
  const tightest = Math.max(2 * reach + GAP, boxHeight + GAP);
  const textRoom = beside ? 0 : 2 * (boxHeight + GAP);
  const spacing = Math.max(tightest, Math.min(WIDEST_SPACING, (height - 2 * EDGE - textRoom - 2 * reach) / 2));
  const midY = height / 2;
  const ys = [midY - spacing, midY, midY + spacing];

  const inputs = ys.map((y) => ({ x: inputX, y }));
  const weightBoxes = ys.map((y) => ({ x: labelLeft, y: y - boxHeight / 2, width: labelWidth, height: boxHeight }));
  const wires = ys.map((y) => ({
    stub: [
      { x: inputX + r, y },
      { x: labelLeft, y },
    ] as [Point, Point],
    run: [
      { x: runStart, y },
      { x: runStart + LEAD, y },
      { x: neuronX - R, y: midY },
    ] as [Point, Point, Point],
  }));

  const right = width - EDGE;
  const sumBox = beside
    ? { x: right - m.sumWidth, y: midY - GAP - boxHeight, width: m.sumWidth, height: boxHeight }
    : { x: right - m.sumWidth, y: ys[0]! - reach - GAP - boxHeight, width: m.sumWidth, height: boxHeight };
  const outputBox = beside
    ? { x: right - m.outputWidth, y: midY + GAP, width: m.outputWidth, height: boxHeight }
    : { x: right - m.outputWidth, y: ys[2]! + reach + GAP, width: m.outputWidth, height: boxHeight };

  const top = Math.min(sumBox.y, ys[0]! - reach);
  const bottom = Math.max(outputBox.y + outputBox.height, ys[2]! + reach);
  const fits = top >= 0 && bottom <= height && neuronX - R >= runStart + LEAD + SHORTEST_WIRE && neuronX + R + (beside ? 0 : ARROW) <= right && Math.min(sumBox.x, outputBox.x) >= (beside ? neuronX + R + GAP : 0);

  return {
    fits,
    inputs,
    inputRadius: r,
    inputNames: names ? ys.map((y) => ({ x: inputX - r - GAP, y })) : null,
    weightBoxes,
    wires,
    neuron: { x: neuronX, y: midY },
    neuronRadius: R,
    arrow: [
      { x: neuronX + R, y: midY },
      { x: right, y: midY },
    ],
    sumBox,
    outputBox,
  };
}

/** A wire's SVG path: the stub to its label, then from the label on to the neuron. */
export function wirePath(wire: NeuronLayout['wires'][number]): string {
  const [a, b] = wire.stub;
  const [c, d, e] = wire.run;
  return `M${a.x} ${a.y}H${b.x}M${c.x} ${c.y}H${d.x}L${e.x} ${e.y}`;
}
