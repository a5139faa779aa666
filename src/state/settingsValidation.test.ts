import { describe, expect, it } from 'vitest';
import { checkLearningRate, checkSeed, checkTestInput } from './settingsValidation';

describe('checkSeed(text)', () => {
  it('accepts the whole numbers NumPy accepts, ends included', () => {
    expect(checkSeed('1')).toEqual({ ok: true, value: 1 });
    expect(checkSeed(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(checkSeed('4294967295')).toEqual({ ok: true, value: 4294967295 });
  });
  it('refuses the rest with a message naming the field and the rule', () => {
    for (const text of ['4294967296', '-1', '1.5', 'abc', '']) {
      const checked = checkSeed(text);
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.message).toMatch(/^Seed: /);
        expect(checked.message).toContain('whole number from 0 to 4294967295');
      }
    }
  });
});

describe('checkLearningRate(text)', () => {
  it('accepts numbers above 0 up to the limit', () => {
    expect(checkLearningRate('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(checkLearningRate('1000')).toEqual({ ok: true, value: 1000 });
    expect(checkLearningRate('1e-3')).toEqual({ ok: true, value: 0.001 });
  });
  it('refuses 0, negatives, too large and non-numbers', () => {
    for (const text of ['0', '-1', '1001', 'fast', '']) {
      const checked = checkLearningRate(text);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.message).toMatch(/^Learning rate: .*above 0 and at most 1000\.$/);
    }
  });
});

describe('checkTestInput(text, index)', () => {
  it('accepts inputs as the table does', () => {
    expect(checkTestInput('-0.5', 0)).toEqual({ ok: true, value: -0.5 });
  });
  it('names the field in its message', () => {
    const checked = checkTestInput('x', 1);
    expect(checked).toEqual({ ok: false, message: expect.stringMatching(/^Test input 2: '\u2068x\u2069' is not a number/) });
    expect(checkTestInput('2e6', 2).ok).toBe(false);
  });
});

describe('a comma, which could group thousands or mark a decimal, is refused with what to type', () => {
  it('in the seed, the learning rate and the test input', () => {
    expect(checkSeed('1,000')).toEqual({
      ok: false,
      message: "Seed: '\u20681,000\u2069' has a comma, which could group thousands or mark a decimal; type 1000 without the comma, or 1.000 with a decimal point; the seed must be a whole number from 0 to 4294967295.",
    });
    const rate = checkLearningRate('1,5');
    expect(rate.ok).toBe(false);
    if (!rate.ok) expect(rate.message).toContain('type 15 without the comma, or 1.5 with a decimal point');
    expect(checkTestInput('0,25', 2).ok).toBe(false);
  });
});
