import { describe, expect, it } from 'vitest';
import { connections, MAX_WIDTH, MIN_WIDTH } from './neuronModel';

describe('connections(weights)', () => {
  it('makes the largest weight thickest and scales the others by size', () => {
    const [a, b, c] = connections([-4, 2, 8]);
    expect(c!.width).toBe(MAX_WIDTH);
    expect(a!.width).toBe(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) / 2);
    expect(b!.width).toBe(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) / 4);
  });
  it('marks the sign by dash as well as colour', () => {
    const [neg, pos, zero] = connections([-0.5, 0.5, 0]);
    expect(neg!.sign).toBe('negative');
    expect(neg!.dash).toBeDefined();
    expect(pos!.sign).toBe('positive');
    expect(pos!.dash).toBeUndefined();
    expect(neg!.color).not.toBe(pos!.color);
    expect(zero!.sign).toBe('zero');
    expect(zero!.width).toBe(MIN_WIDTH);
  });
  it('keeps small weights in proportion to 1, not to each other', () => {
    const [a] = connections([0.5, 0.25, -0.1]);
    expect(a!.width).toBe(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * 0.5);
  });
  it("while comparing, draws both runs on one scale: the other run's largest weight is the thickest", () => {
    const [a] = connections([4, 1, 1], [-8, 2, 2]);
    expect(a!.width).toBe(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) / 2);
    expect(connections([4, 1, 1])[0]!.width).toBe(MAX_WIDTH);
  });
});
