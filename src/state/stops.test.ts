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
  it('refuses what is not a whole count in range, saying why with the limit 2^32 - 1', () => {
    const most = 2 ** 32 - 1;
    expect(readCount(' ')).toEqual({ ok: false, problem: { code: 'empty', most } });
    for (const text of ['-5', '2.5', '1,00', '10.000', 'ten']) expect(readCount(text), text).toEqual({ ok: false, problem: { code: 'notWhole', text, most } });
    for (const text of ['4294967296', '4,294,967,296', '1e10']) expect(readCount(text), text).toEqual({ ok: false, problem: { code: 'tooLarge', text, most } });
  });
});

describe('checkIteration(text) and checkStopAt(text)', () => {
  it('name their field in their problems', () => {
    const most = 2 ** 32 - 1;
    expect(checkIteration('x')).toEqual({ ok: false, problem: { field: 'goTo', problem: { code: 'notWhole', text: 'x', most } } });
    expect(checkStopAt('x', 'kein Limit')).toEqual({ ok: false, problem: { field: 'stopAt', problem: { code: 'notWhole', text: 'x', most } } });
  });
  it('Stop at takes the screen\'s word for no limit, and "no limit" in any language, and refuses 0', () => {
    expect(checkStopAt(' Kein Limit ', 'kein Limit')).toEqual({ ok: true, value: null });
    expect(checkStopAt('No limit', 'kein Limit')).toEqual({ ok: true, value: null });
    expect(checkStopAt('100,000', 'no limit')).toEqual({ ok: true, value: 100_000 });
    expect(checkStopAt('0', 'no limit')).toEqual({ ok: false, problem: { field: 'stopAt', problem: { code: 'zero' } } });
  });
});
