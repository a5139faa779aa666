import { sigmoid, sigmoidSlope } from '../../core';
import { parseAnswer } from './answers';
import type { RowStep } from './runTruth';

/*
 * The by-hand card: the learner computes step k -> k+1 for row 1 and presses Check. An answer within TOLERANCE
 * of the truth is accepted; a wrong one is matched against the slips learners of this tutorial make, so the
 * feedback can name the likely one.
 */

export const TOLERANCE = 0.005;

export type HandField = 'z' | 'output' | 'error' | 'slope' | 'delta' | 'adjustment1' | 'adjustment2' | 'adjustment3';

export const HAND_FIELDS: readonly { id: HandField; label: string; hint: string }[] = [
  { id: 'z', label: 'Row 1 z', hint: 'z = input 1 × w1 + input 2 × w2 + input 3 × w3' },
  { id: 'output', label: 'Row 1 output', hint: 'output = 1 / (1 + e^(−z))' },
  { id: 'error', label: 'Row 1 error', hint: 'error = target − output' },
  { id: 'slope', label: 'Row 1 slope', hint: 'slope = output × (1 − output)' },
  { id: 'delta', label: 'Row 1 delta', hint: 'delta = error × slope' },
  { id: 'adjustment1', label: 'Adjustment 1', hint: 'adjustment 1 = input 1 × delta' },
  { id: 'adjustment2', label: 'Adjustment 2', hint: 'adjustment 2 = input 2 × delta' },
  { id: 'adjustment3', label: 'Adjustment 3', hint: 'adjustment 3 = input 3 × delta' },
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
      return [[step.weights.reduce((a, b) => a + b, 0), 'That adds all three weights: multiply each weight by its input first (an input of 0 leaves its weight out).']];
    case 'output':
      return [
        [z, 'That is z itself: the output is z put through the sigmoid, 1 / (1 + e^(−z)).'],
        [1 - output, 'Check the sign in e^(−z): the minus belongs there.'],
      ];
    case 'error':
      return [
        [output - target, 'The sign of the error is the other way round: error = target − output.'],
        [target - z, 'That used z instead of the output: error = target − output.'],
      ];
    case 'slope':
      return [
        [output, 'That is the output itself: the slope is output × (1 − output), how steep the sigmoid is there.'],
        [sigmoidSlope(z), 'That used z instead of the output: the slope is output × (1 − output).'],
        [1 - output, 'That is 1 − output: multiply it by the output, slope = output × (1 − output).'],
      ];
    case 'delta':
      return [
        [error, 'You forgot the slope: delta = error × slope.'],
        [error * output, 'That multiplied by the output instead of by output × (1 − output), the slope.'],
        [-delta, 'Check the sign of the error: error = target − output.'],
      ];
    default: {
      const j = Number(field.slice(-1)) - 1;
      const x = step.inputs[j]!;
      const slips: [number, string][] = [];
      if (x !== 1) slips.push([delta, `You forgot the input: adjustment ${j + 1} = input ${j + 1} × delta, and input ${j + 1} is ${x}.`]);
      slips.push([x * error, 'You forgot the slope: the adjustment is input × error × slope.']);
      slips.push([x * error * output, 'That multiplied by the output instead of by output × (1 − output), the slope.']);
      if (x !== 0) slips.push([-x * delta, 'Check the sign of the error: error = target − output.']);
      return slips;
    }
  }
}

/** When a value follows from the learner's own earlier answer, which is wrong: the place to fix first. */
function followsFrom(field: HandField, typed: Partial<Record<HandField, number>>, step: RowStep, value: number): string | null {
  const t = typed;
  const wrong = (f: HandField) => t[f] !== undefined && !near(t[f]!, handTruth(step, f));
  if (field === 'output' && wrong('z') && near(value, sigmoid(t.z!))) return 'This follows from your z, which is off: fix z first.';
  if (field === 'error' && wrong('output') && near(value, step.target - t.output!)) return 'This follows from your output, which is off: fix it first.';
  if (field === 'slope' && wrong('output') && near(value, sigmoidSlope(t.output!))) return 'This follows from your output, which is off: fix it first.';
  if (field === 'delta' && (wrong('error') || wrong('slope')) && t.error !== undefined && t.slope !== undefined && near(value, t.error * t.slope)) {
    return 'This follows from your error and slope, and one of them is off: fix it first.';
  }
  if (field.startsWith('adjustment') && wrong('delta')) {
    const x = step.inputs[Number(field.slice(-1)) - 1]!;
    if (near(value, x * t.delta!)) return 'This follows from your delta, which is off: fix it first.';
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
    if (text.trim() === '') return { field: id, ok: false, message: `${label} is empty. ${hint}.` };
    const value = typed[id];
    if (value === undefined) {
      const parsed = parseAnswer(text);
      return { field: id, ok: false, message: `${label} ${parsed.ok ? '' : parsed.reason}.` };
    }
    if (near(value, handTruth(step, id))) return { field: id, ok: true };
    const follows = followsFrom(id, typed, step, value);
    if (follows) return { field: id, ok: false, message: follows };
    const slip = slipsOf(step, id).find(([wrong]) => near(value, wrong) && !near(wrong, handTruth(step, id)));
    return { field: id, ok: false, message: slip ? slip[1] : `Not quite. ${hint}.` };
  });
}
