import { t } from '@lingui/core/macro';
import { sigmoid, sigmoidSlope } from '../../core/neuronMath';
import { formatDecimalText } from '../../format/number';
import { parseAnswer } from './answers';
import type { RowStep } from './runTruth';

/*
 * The by-hand card: the learner computes step k -> k+1 for row 1 and presses Check. An answer within TOLERANCE
 * of the truth is accepted; a wrong one is matched against the slips learners of this tutorial make, so the
 * feedback can name the likely one.
 */

export const TOLERANCE = 0.005;

export type HandField = 'z' | 'output' | 'error' | 'slope' | 'delta' | 'adjustment1' | 'adjustment2' | 'adjustment3';

/** A field's name and the formula that gives it, in the screen's language (read when shown, never kept). */
export interface HandFieldWords {
  id: HandField;
  readonly label: string;
  readonly hint: string;
}

const fieldWords = (id: HandField, label: () => string, hint: () => string): HandFieldWords => ({
  id,
  get label() {
    return label();
  },
  get hint() {
    return hint();
  },
});

export const HAND_FIELDS: readonly HandFieldWords[] = [
  fieldWords('z', () => t`Row 1 z`, () => t`z = input 1 × w1 + input 2 × w2 + input 3 × w3`),
  fieldWords('output', () => t`Row 1 output`, () => t`output = 1 / (1 + e^(−z))`),
  fieldWords('error', () => t`Row 1 error`, () => t`error = target − output`),
  fieldWords('slope', () => t`Row 1 slope`, () => t`slope = output × (1 − output)`),
  fieldWords('delta', () => t`Row 1 delta`, () => t`delta = error × slope`),
  fieldWords('adjustment1', () => t`Adjustment 1`, () => t`adjustment 1 = input 1 × delta`),
  fieldWords('adjustment2', () => t`Adjustment 2`, () => t`adjustment 2 = input 2 × delta`),
  fieldWords('adjustment3', () => t`Adjustment 3`, () => t`adjustment 3 = input 3 × delta`),
];

export type HandCheck = { field: HandField; ok: true } | { field: HandField; ok: false; message: string };

const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;

/** The true value of each field. */
export function handTruth(step: RowStep, field: HandField): number {
  switch (field) {
    case 'z':
      return step.z;
    case 'output':
      return step.output;
    case 'error':
      return step.error;
    case 'slope':
      return step.slope;
    case 'delta':
      return step.delta;
    default:
      return step.adjustments[Number(field.slice(-1)) - 1]!;
  }
}

/** The slips a wrong value may come from, most telling first: [value it would give, what to say]. */
function slipsOf(step: RowStep, field: HandField): [number, string][] {
  const { z, output, error, delta, target } = step;
  switch (field) {
    case 'z':
      return [[step.weights.reduce((a, b) => a + b, 0), t`That adds all three weights: multiply each weight by its input first (an input of 0 leaves its weight out).`]];
    case 'output':
      return [
        [z, t`That is z itself: the output is z put through the sigmoid, 1 / (1 + e^(−z)).`],
        [1 - output, t`Check the sign in e^(−z): the minus belongs there.`],
      ];
    case 'error':
      return [
        [output - target, t`The sign of the error is the other way round: error = target − output.`],
        [target - z, t`That used z instead of the output: error = target − output.`],
      ];
    case 'slope':
      return [
        [output, t`That is the output itself: the slope is output × (1 − output), how steep the sigmoid is there.`],
        [sigmoidSlope(z), t`That used z instead of the output: the slope is output × (1 − output).`],
        [1 - output, t`That is 1 − output: multiply it by the output, slope = output × (1 − output).`],
      ];
    case 'delta':
      return [
        [error, t`You forgot the slope: delta = error × slope.`],
        [error * output, t`That multiplied by the output instead of by output × (1 − output), the slope.`],
        [-delta, t`Check the sign of the error: error = target − output.`],
      ];
    default: {
      const j = Number(field.slice(-1)) - 1;
      const x = step.inputs[j]!;
      const input = j + 1;
      const value = formatDecimalText(String(x));
      const slips: [number, string][] = [];
      if (x !== 1) slips.push([delta, t`You forgot the input: adjustment ${input} = input ${input} × delta, and input ${input} is ${value}.`]);
      slips.push([x * error, t`You forgot the slope: the adjustment is input × error × slope.`]);
      slips.push([x * error * output, t`That multiplied by the output instead of by output × (1 − output), the slope.`]);
      if (x !== 0) slips.push([-x * delta, t`Check the sign of the error: error = target − output.`]);
      return slips;
    }
  }
}

/** When a value follows from the learner's own earlier answer, which is wrong: the place to fix first. */
function followsFrom(field: HandField, typed: Partial<Record<HandField, number>>, step: RowStep, value: number): string | null {
  const wrong = (f: HandField) => typed[f] !== undefined && !near(typed[f]!, handTruth(step, f));
  if (field === 'output' && wrong('z') && near(value, sigmoid(typed.z!))) return t`This follows from your z, which is off: fix z first.`;
  if (field === 'error' && wrong('output') && near(value, step.target - typed.output!)) return t`This follows from your output, which is off: fix it first.`;
  if (field === 'slope' && wrong('output') && near(value, sigmoidSlope(typed.output!))) return t`This follows from your output, which is off: fix it first.`;
  if (field === 'delta' && (wrong('error') || wrong('slope')) && typed.error !== undefined && typed.slope !== undefined && near(value, typed.error * typed.slope)) {
    return t`This follows from your error and slope, and one of them is off: fix it first.`;
  }
  if (field.startsWith('adjustment') && wrong('delta')) {
    const x = step.inputs[Number(field.slice(-1)) - 1]!;
    if (near(value, x * typed.delta!)) return t`This follows from your delta, which is off: fix it first.`;
  }
  return null;
}

/** Checks every field as typed; an empty or unreadable one says so. */
export function checkByHand(step: RowStep, typedText: Partial<Record<HandField, string>>): HandCheck[] {
  const typed: Partial<Record<HandField, number>> = {};
  for (const { id } of HAND_FIELDS) {
    const parsed = parseAnswer(typedText[id] ?? '');
    if (parsed.ok) typed[id] = parsed.value;
  }
  return HAND_FIELDS.map(({ id, label, hint }) => {
    const text = typedText[id] ?? '';
    if (text.trim() === '') return { field: id, ok: false, message: t`${label} is empty. ${hint}.` };
    const value = typed[id];
    if (value === undefined) {
      const parsed = parseAnswer(text);
      const reason = parsed.ok ? '' : parsed.reason;
      return { field: id, ok: false, message: t`${label} ${reason}.` };
    }
    if (near(value, handTruth(step, id))) return { field: id, ok: true };
    const follows = followsFrom(id, typed, step, value);
    if (follows) return { field: id, ok: false, message: follows };
    const slip = slipsOf(step, id).find(([wrong]) => near(value, wrong) && !near(wrong, handTruth(step, id)));
    return { field: id, ok: false, message: slip ? slip[1] : t`Not quite. ${hint}.` };
  });
}
