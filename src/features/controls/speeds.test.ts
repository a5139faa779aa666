import { describe, expect, it } from 'vitest';
import { MAX_SPEED } from '../../worker/protocol';
import { SPEEDS, speedIndex, speedText } from './speeds';

describe('speeds', () => {
  it('run from 1 iteration per second to max', () => {
    expect(SPEEDS[0]).toBe(1);
    expect(SPEEDS[SPEEDS.length - 1]).toBe(MAX_SPEED);
  });
  it('find the nearest stop on a log scale', () => {
    expect(speedIndex(1)).toBe(0);
    expect(speedIndex(MAX_SPEED)).toBe(SPEEDS.length - 1);
    expect(SPEEDS[speedIndex(12)]).toBe(10);
    expect(SPEEDS[speedIndex(50)]).toBe(30);
    expect(SPEEDS[speedIndex(2_000_000)]).toBe(100_000);
  });
  it('read as iterations per second, or max', () => {
    expect(speedText(10_000)).toBe('10,000 / s');
    expect(speedText(MAX_SPEED)).toBe('max');
  });
});
