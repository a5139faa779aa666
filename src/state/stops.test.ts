import { describe, expect, it } from 'vitest';
import { checkIteration, checkStopAt, readCount, stopAhead } from './stops';

describe('stopAhead(stopAt, iteration)', () => {
  it('is the stop itself while it is ahead', () => {
    expect(stopAhead(10_000, 0)).toBe(10_000);
    expect(stopAhead(10_000, 9_999)).toBe(10_000);
    expect(stopAhead(2_500, 10)).toBe(2_500);
  });
  it('once there or past it, is the next choice ahead: 10, 100, 1,000, ... then no limit', () => {
    expect(stopAhead(10, 10)).toBe(100);
    expect(stopAhead(10_000, 10_000)).toBe(100_000);
    expect(stopAhead(2_500, 2_500)).toBe(10_000);
    expect(stopAhead(10, 123_456)).toBe(1_000_000);
    expect(stopAhead(1_000_000, 1_000_000)).toBeNull();
  });
  it('no limit stays no limit', () => {
    expect(stopAhead(null, 0)).toBeNull();
  });
});

describe('readCount(text)', () => {
  it('reads counts as people write them', () => {
    for (const [text, value] of [['10000', 10_000], ['10,000', 10_000], [' 1,000,000 ', 1_000_000], ['10 000', 10_000], ['10_000', 10_000], ['1e4', 10_000], ['0', 0], ['1000000000', 1e9], ['4,294,967,295', 2 ** 32 - 1], ['4294967295', 2 ** 32 - 1]] as const) {
      expect(readCount(text)).toEqual({ ok: true, value });
    }
  });
  it('refuses what is not a whole count in range, saying why', () => {
    for (const text of ['', '-5', '2.5', '1,00', '10.000', 'ten', '4294967296', '4,294,967,296', '1e10']) {
      const read = readCount(text);
      expect(read.ok, text).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/whole number from 0 to 4,294,967,295/);
    }
  });
});

describe('checkIteration(text) and checkStopAt(text)', () => {
  it('name their field in their messages', () => {
    expect(checkIteration('x')).toMatchObject({ ok: false, message: expect.stringMatching(/^Go to iteration: 'x' is not a whole number/) });
    expect(checkStopAt('x')).toMatchObject({ ok: false, message: expect.stringMatching(/^Stop at: .*or "no limit"\.$/) });
  });
  it('Stop at takes "no limit" and refuses 0', () => {
    expect(checkStopAt('No limit')).toEqual({ ok: true, value: null });
    expect(checkStopAt('100,000')).toEqual({ ok: true, value: 100_000 });
    expect(checkStopAt('0').ok).toBe(false);
  });
});
