import { describe, expect, it } from 'vitest';
import { iterationsText } from './plural';

describe('iterationsText(count, written)', () => {
  it('is singular for exactly one', () => {
    expect(iterationsText(1)).toBe('1 iteration');
    expect(iterationsText(0)).toBe('0 iterations');
    expect(iterationsText(2)).toBe('2 iterations');
    expect(iterationsText(10_000, '10,000')).toBe('10,000 iterations');
  });
});
