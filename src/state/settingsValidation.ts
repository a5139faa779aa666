import { parseNumber } from './parseNumber';
import { quote } from '../text/userText';
import { MAX_INPUT_MAGNITUDE, MAX_LEARNING_RATE, MAX_SEED } from './limits';

/** A checked setting: the value to store, or a message that names the field and the rule it breaks. */
export type Checked = { ok: true; value: number } | { ok: false; message: string };

/** "Seed": a whole number from 0 to 4294967295, as NumPy's random.seed accepts. */
export function checkSeed(text: string): Checked {
  const parsed = parseNumber(text);
  const rule = `the seed must be a whole number from 0 to ${MAX_SEED}.`;
  if (!parsed.ok) return { ok: false, message: `Seed: ${parsed.reason}; ${rule}` };
  if (!Number.isInteger(parsed.value) || parsed.value < 0 || parsed.value > MAX_SEED) {
    return { ok: false, message: `Seed: ${quote(text.trim())} is not allowed; ${rule}` };
  }
  return { ok: true, value: parsed.value };
}

/** "Learning rate": a number above 0, at most MAX_LEARNING_RATE. */
export function checkLearningRate(text: string): Checked {
  const parsed = parseNumber(text);
  const rule = `the learning rate must be above 0 and at most ${MAX_LEARNING_RATE}.`;
  if (!parsed.ok) return { ok: false, message: `Learning rate: ${parsed.reason}; ${rule}` };
  if (!(parsed.value > 0) || parsed.value > MAX_LEARNING_RATE) {
    return { ok: false, message: `Learning rate: ${quote(text.trim())} is not allowed; ${rule}` };
  }
  return { ok: true, value: parsed.value };
}

/** "Test input N": any number the table would accept as an input. */
export function checkTestInput(text: string, index: 0 | 1 | 2): Checked {
  const parsed = parseNumber(text);
  const name = `Test input ${index + 1}`;
  const rule = `a test input must be a number from -${MAX_INPUT_MAGNITUDE} to ${MAX_INPUT_MAGNITUDE}.`;
  if (!parsed.ok) return { ok: false, message: `${name}: ${parsed.reason}; ${rule}` };
  if (Math.abs(parsed.value) > MAX_INPUT_MAGNITUDE) return { ok: false, message: `${name}: ${quote(text.trim())} is too large; ${rule}` };
  return { ok: true, value: parsed.value };
}
