import { t } from '@lingui/core/macro';
import { parseNumber } from './parseNumber';
import { quote } from '../text/userText';
import { MAX_INPUT_MAGNITUDE, MAX_LEARNING_RATE, MAX_SEED } from './limits';

/** A checked setting: the value to store, or a message that names the field and the rule it breaks. */
export type Checked = { ok: true; value: number } | { ok: false; message: string };

/** "Seed": a whole number from 0 to 4294967295, as NumPy's random.seed accepts. */
export function checkSeed(text: string): Checked {
  const parsed = parseNumber(text);
  const most = MAX_SEED;
  if (!parsed.ok) {
    const reason = parsed.reason;
    return { ok: false, message: t`Seed: ${reason}; the seed must be a whole number from 0 to ${most}.` };
  }
  if (!Number.isInteger(parsed.value) || parsed.value < 0 || parsed.value > MAX_SEED) {
    const typed = quote(text.trim());
    return { ok: false, message: t`Seed: ${typed} is not allowed; the seed must be a whole number from 0 to ${most}.` };
  }
  return { ok: true, value: parsed.value };
}

/** "Learning rate": a number above 0, at most MAX_LEARNING_RATE. */
export function checkLearningRate(text: string): Checked {
  const parsed = parseNumber(text);
  const most = MAX_LEARNING_RATE;
  if (!parsed.ok) {
    const reason = parsed.reason;
    return { ok: false, message: t`Learning rate: ${reason}; the learning rate must be above 0 and at most ${most}.` };
  }
  if (!(parsed.value > 0) || parsed.value > MAX_LEARNING_RATE) {
    const typed = quote(text.trim());
    return { ok: false, message: t`Learning rate: ${typed} is not allowed; the learning rate must be above 0 and at most ${most}.` };
  }
  return { ok: true, value: parsed.value };
}

/** "Test input N": any number the table would accept as an input. */
export function checkTestInput(text: string, index: 0 | 1 | 2): Checked {
  const parsed = parseNumber(text);
  const input = index + 1;
  const most = MAX_INPUT_MAGNITUDE;
  if (!parsed.ok) {
    const reason = parsed.reason;
    return { ok: false, message: t`Test input ${input}: ${reason}; a test input must be a number from -${most} to ${most}.` };
  }
  if (Math.abs(parsed.value) > MAX_INPUT_MAGNITUDE) {
    const typed = quote(text.trim());
    return { ok: false, message: t`Test input ${input}: ${typed} is too large; a test input must be a number from -${most} to ${most}.` };
  }
  return { ok: true, value: parsed.value };
}
