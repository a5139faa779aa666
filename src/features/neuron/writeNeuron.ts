import { setAttribute, setText } from '../../ui/domWrites';
import type { NeuronTexts } from './neuronTexts';

/** The diagram's elements that follow the run, held in refs (null until mounted). */
export interface NeuronParts {
  wires: (SVGPathElement | null)[];
  boxes: (SVGRectElement | null)[];
  values: (SVGTSpanElement | null)[];
  groups: (SVGGElement | null)[];
  sum: SVGTextElement | null;
  output: SVGTextElement | null;
}

export const noNeuronParts = (): NeuronParts => ({ wires: [], boxes: [], values: [], groups: [], sum: null, output: null });

/**
 * Writes a frame's numbers and connections on the diagram without a React render: each connection as thick as its
 * weight is large, blue and solid when positive, vermillion and dashed when negative; each weight's label, value
 * and name; the sum and the output. Only what changed is written: an attribute set to its own value still
 * restyles and repaints what it belongs to.
 */
export function writeNeuron(parts: NeuronParts, texts: NeuronTexts): void {
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
    if (group) setAttribute(group, 'aria-label', texts.names[j]!);
  }
  if (parts.sum) setText(parts.sum, texts.sum);
  if (parts.output) setText(parts.output, texts.output);
}
