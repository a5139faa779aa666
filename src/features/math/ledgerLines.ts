import { t } from '@lingui/core/macro';
import { formatDecimalText } from '../../format/number';
import type { Matrix, StepMath } from './stepMath';

/** One line of the ledger: the tutorial's Python that computes a matrix, its formula, and the matrix. */
export interface LedgerLine {
  id: 'X' | 'Y' | 'W' | 'z' | 'out' | 'error' | 'slope' | 'delta' | 'adjustment' | 'nextW';
  /** The line of the loop (see the Python script) that computes it. */
  code: string;
  /** The formula in TeX, typeset by Temml. */
  tex: string;
  /** The same formula in plain text: shown until the typesetter has loaded, and for copy-paste. */
  text: string;
  /** What it is, in a few words for a student (in the screen's language: read when shown). */
  readonly caption: string;
  matrix(step: StepMath): Matrix;
}

/** The three things the step starts from: the table and the weights after k iterations. */
export const GIVEN_LINES: readonly LedgerLine[] = [
  { id: 'X', code: 'inputs', tex: 'X', text: 'X', get caption() { return t`the inputs, one row per example`; }, matrix: (s) => s.X },
  { id: 'Y', code: 'targets', tex: 'Y', text: 'Y', get caption() { return t`the target of each row`; }, matrix: (s) => s.Y },
  { id: 'W', code: 'synaptic_weights', tex: 'W', text: 'W', get caption() { return t`the weights now`; }, matrix: (s) => s.W },
];

/** The loop's lines, in the order NumPy runs them; each computes one matrix of the step. */
export function stepLines(learningRate: number): readonly LedgerLine[] {
  const rate = learningRate !== 1;
  return [
    { id: 'z', code: 'z = dot(inputs, synaptic_weights)', tex: 'z = X\\,W', text: 'z = X W', get caption() { return t`each row's weighted sum`; }, matrix: (s) => s.z },
    {
      id: 'out',
      code: 'output = 1 / (1 + exp(-z))',
      tex: '\\mathrm{out} = \\sigma(z) = \\dfrac{1}{1 + e^{-z}}',
      text: 'out = σ(z) = 1 / (1 + e^(−z))',
      get caption() { return t`the sigmoid squeezes it into 0..1`; },
      matrix: (s) => s.out,
    },
    { id: 'error', code: 'error = targets - output', tex: '\\mathrm{error} = Y - \\mathrm{out}', text: 'error = Y − out', get caption() { return t`how far each output is from its target`; }, matrix: (s) => s.error },
    {
      id: 'slope',
      code: 'output * (1 - output)',
      tex: "\\sigma'(z) = \\mathrm{out} \\odot (1 - \\mathrm{out})",
      text: "σ'(z) = out ⊙ (1 − out)",
      get caption() { return t`the sigmoid's slope: small where the output is sure`; },
      matrix: (s) => s.slope,
    },
    {
      id: 'delta',
      code: 'error * output * (1 - output)',
      tex: '\\delta = \\mathrm{error} \\odot \\mathrm{out} \\odot (1 - \\mathrm{out})',
      text: 'δ = error ⊙ out ⊙ (1 − out)',
      get caption() { return t`the error, scaled by the slope`; },
      matrix: (s) => s.delta,
    },
    {
      id: 'adjustment',
      code: 'adjustment = dot(inputs.T, error * output * (1 - output))',
      tex: '\\Delta W = X^{\\mathsf{T}} \\delta',
      text: 'ΔW = Xᵀ δ',
      get caption() { return t`each input's share of the error, summed over the rows`; },
      matrix: (s) => s.adjustment,
    },
    {
      id: 'nextW',
      code: rate ? 'synaptic_weights += learning_rate * adjustment' : 'synaptic_weights += adjustment',
      tex: rate ? 'W_{\\text{new}} = W + \\eta\\,\\Delta W' : 'W_{\\text{new}} = W + \\Delta W',
      text: rate ? 'W_new = W + η ΔW' : 'W_new = W + ΔW',
      get caption() {
        const eta = formatDecimalText(String(learningRate));
        return rate ? t`the weights one iteration later (η = ${eta})` : t`the weights one iteration later`;
      },
      matrix: (s) => s.nextW,
    },
  ];
}
