import { setAttribute, setText } from '../../ui/domWrites';
import type { NeuronTexts } from './neuronTexts';

/** The diagram's elements that follow the run, held in refs (null until mounted). */
export interface NeuronParts {
  wires: (SVGPathElement | null)[];
  boxes: (SVGRectElement | null)[];
  values: (SVGTSpanElement | null)[];
  groups: (SVGGElement | null)[];
  sum: SVGElement | null;
  output: SVGElement | null;
  /** While comparing, run B's: its wires, weight values, sum and output. */
  wiresB: (SVGPathElement | null)[];
  valuesB: (SVGTSpanElement | null)[];
  sumB: SVGElement | null;
  outputB: SVGElement | null;
}

export const noNeuronParts = (): NeuronParts => ({ wires: [], boxes: [], values: [], groups: [], sum: null, output: null, wiresB: [], valuesB: [], sumB: null, outputB: null });

/** Run B's wires are dotted (round dots as wide as the wire), as its lines are on the charts. */
export const dotsFor = (width: number): string => `0 ${(width * 1.8).toFixed(1)}`;

/**
 * Writes a frame's numbers and connections on the diagram without a React render: each connection as thick as its
 * weight is large, blue and solid when positive, vermillion and dashed when negative; each weight's label, value
 * and name; the sum and the output. While comparing, `textsB` is run B's: its connections dotted, its values on
 * each label's second line. Only what changed is written: an attribute set to its own value still restyles and
 * repaints what it belongs to. During a run (`running`) the weights' accessible names are left as they are, as the
 * sigmoid's marks' are: nobody hears a name change 8 times a second; the tick that ends the run writes them.
 */
export function writeNeuron(parts: NeuronParts, texts: NeuronTexts, textsB: NeuronTexts | null = null, names: readonly string[] = texts.names, running = false): void {
  for (let j = 0; j < 3; j++) {
    const link = texts.links[j];
    const wire = parts.wires[j];
    if (wire) {
      setAttribute(wire, 'stroke', link?.color ?? '#999');
      // A tenth of a pixel is finer than a wire's width shows; the weights of a long run creep by less every tick.
      setAttribute(wire, 'stroke-width', (link?.width ?? 2).toFixed(1));
      setAttribute(wire, 'stroke-dasharray', link?.dash ?? null);
    }
    const box = parts.boxes[j];
    if (box) setAttribute(box, 'stroke', link?.color ?? '#999');
    const value = parts.values[j];
    if (value) {
      setText(value, texts.weights[j]!);
      setAttribute(value, 'data-value', link ? String(link.weight) : '');
    }
    const group = parts.groups[j];
    if (group && !running) setAttribute(group, 'aria-label', names[j]!);
    if (!textsB) continue;
    const linkB = textsB.links[j];
    const wireB = parts.wiresB[j];
    if (wireB) {
      const width = linkB?.width ?? 2;
      setAttribute(wireB, 'stroke', linkB?.color ?? '#999');
      setAttribute(wireB, 'stroke-width', width.toFixed(1));
      setAttribute(wireB, 'stroke-dasharray', dotsFor(width));
    }
    const valueB = parts.valuesB[j];
    if (valueB) {
      setText(valueB, textsB.weights[j]!);
      setAttribute(valueB, 'data-value', linkB ? String(linkB.weight) : '');
    }
  }
  // While comparing the sum and output are written "z  A 4.57 / B 3.34": their numbers alone.
  if (parts.sum) setText(parts.sum, textsB ? texts.sumValue : texts.sum);
  if (parts.output) setText(parts.output, textsB ? texts.outputValue : texts.output);
  if (textsB && parts.sumB) setText(parts.sumB, textsB.sumValue);
  if (textsB && parts.outputB) setText(parts.outputB, textsB.outputValue);
}
