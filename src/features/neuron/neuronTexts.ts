import { t } from '@lingui/core/macro';
import { formatValue, formatWeight, type Digits } from '../../format/number';
import { weightedSum } from '../../core/neuronMath';
import type { Frame } from '../../worker/protocol';
import { connections, type Connection } from './neuronModel';

/** What the neuron diagram writes for one frame: each weight's label and name, the sum and the output. */
export interface NeuronTexts {
  /** One per weight; empty before the first frame. */
  links: Connection[];
  /** Each weight's value as its label shows it ("–" before the first frame). */
  weights: string[];
  /** Each weight's name for a screen reader: "Weight 1 = ..., input 1 = ...". */
  names: string[];
  sum: string;
  output: string;
  /** The sum's and the output's numbers alone, as they are written while comparing ("z  A 4.57"). */
  sumValue: string;
  outputValue: string;
}

const INDEXES = [0, 1, 2] as const;

/**
 * The diagram's texts for `frame` on the test input, in the digits setting. While comparing, `other` is the other
 * run's frame: the wires' widths are on one scale for both.
 */
export function neuronTexts(frame: Frame | null, testInput: readonly number[], digits: Digits, other?: Frame | null): NeuronTexts {
  const weights = frame?.weights ?? null;
  const links = weights ? connections(weights, other?.weights) : [];
  const f = (value: number) => formatValue(value, digits);
  const w = (value: number) => (weights ? formatWeight(value, weights, digits) : f(value));
  const z = weights ? weightedSum(testInput, weights) : null;
  return {
    links,
    weights: INDEXES.map((j) => (links[j] ? w(links[j].weight) : '–')),
    names: INDEXES.map((j) => weightName(j + 1, links[j] ? w(links[j].weight) : null, f(testInput[j]!))),
    sum: `z = ${z === null ? '–' : f(z)}`,
    output: `out = ${frame ? f(frame.prediction) : '–'}`,
    sumValue: z === null ? '–' : f(z),
    outputValue: frame ? f(frame.prediction) : '–',
  };
}

/** A weight's name for a screen reader, with its value and its input's once it has one. */
function weightName(n: number, weight: string | null, input: string): string {
  return weight === null ? t`Weight ${n}` : t`Weight ${n} = ${weight}, input ${n} = ${input}`;
}

/** What the hover or focus readout says of weight `index`; null when it has no weight yet. */
export function weightReadout(frame: Frame | null, testInput: readonly number[], digits: Digits, index: number): string | null {
  const link = frame ? connections(frame.weights)[index] : undefined;
  if (!frame || !link) return null;
  const f = (value: number) => formatValue(value, digits);
  const n = index + 1;
  const weight = formatWeight(link.weight, frame.weights, digits);
  const sign = { positive: t`positive`, negative: t`negative`, zero: t`zero` }[link.sign];
  const product = f(testInput[index]! * link.weight);
  return t`Weight ${n} = ${weight} (${sign}); input ${n} × weight = ${product}`;
}

/**
 * While comparing, one run's line of weight `index`'s readout, "1.2251981 × 0 = 0": the weight times the run's
 * input (each run has its own test input), short enough for both runs' lines to fit the panel beside the labels.
 */
export function weightProduct(frame: Frame | null, testInput: readonly number[], digits: Digits, index: number): string | null {
  const link = frame ? connections(frame.weights)[index] : undefined;
  if (!frame || !link) return null;
  const f = (value: number) => formatValue(value, digits);
  return `${formatWeight(link.weight, frame.weights, digits)} × ${f(testInput[index]!)} = ${f(testInput[index]! * link.weight)}`;
}

/** The heading of both runs' readout lines of weight `index`. */
export function productHeading(index: number): string {
  const n = index + 1;
  return t`Weight ${n} × input ${n}`;
}

/** While comparing: each weight's name for a screen reader, run A's then run B's; with one run, run A's. */
export function bothNames(a: NeuronTexts, b: NeuronTexts | null): string[] {
  if (!b) return a.names;
  return a.names.map((nameA, j) => {
    const nameB = b.names[j]!;
    return t`Run A: ${nameA}; run B: ${nameB}`;
  });
}
