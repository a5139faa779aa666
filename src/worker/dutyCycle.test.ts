import { describe, expect, it } from 'vitest';
import { DutyCycle } from './dutyCycle';

describe('DutyCycle', () => {
  it('starts at full share with no rest', () => {
    const duty = new DutyCycle();
    expect(duty.share).toBe(1);
    expect(duty.restAfter(8)).toBe(0);
  });

  it('cuts the share by 30% per late acknowledgement, before it knows the page, against the fixed time', () => {
    const duty = new DutyCycle(0.25, 50, 25);
    duty.acknowledged(80);
    expect(duty.share).toBeCloseTo(0.7, 12);
    duty.acknowledged(80);
    expect(duty.share).toBeCloseTo(0.49, 12);
  });

  it('rests so that work takes the share of the time: at a share of 0.49, 8 ms of work then 8 x 0.51 / 0.49 ms of rest', () => {
    const duty = new DutyCycle(0.25);
    duty.acknowledged(80);
    duty.acknowledged(80);
    expect(duty.restAfter(8)).toBeCloseTo((8 * 0.51) / 0.49, 9);
  });

  it('comes back by 0.05 per acknowledgement on time, and ignores those in between or from a hidden tab', () => {
    const duty = new DutyCycle(0.25, 50, 25);
    duty.acknowledged(80);
    duty.acknowledged(80);
    duty.acknowledged(5000); // a hidden tab's
    expect(duty.share).toBeCloseTo(0.49, 12);
    duty.acknowledged(10);
    duty.acknowledged(10);
    expect(duty.share).toBeCloseTo(0.59, 12);
    duty.acknowledged(40); // neither late (50) nor on time (25)
    expect(duty.share).toBeCloseTo(0.59, 12);
    for (let i = 0; i < 20; i++) duty.acknowledged(10);
    expect(duty.share).toBe(1);
  });

  it('goes back to full share for a page that is as slow when the worker rests (a software compositor)', () => {
    const duty = new DutyCycle(0.25, 50, 25);
    // 8-16 frames a second, with or without the worker: 60 to 125 ms to each acknowledgement.
    const shares: number[] = [];
    for (let i = 0; i < 200; i++) {
      duty.acknowledged(60 + ((i * 37) % 66));
      shares.push(duty.share);
    }
    // It tried resting (down to the least share), saw the page no quicker, and went back to training.
    expect(Math.min(...shares)).toBe(0.25);
    expect(duty.restedPaceMs).toBeGreaterThan(60);
    expect(Math.min(...shares.slice(100))).toBe(1);
  });

  it('keeps resting for a page the worker starves: one that is quick whenever the worker rests', () => {
    const duty = new DutyCycle(0.25, 50, 25);
    // A page that needs the worker's core: 16 ms at a quarter share, 116 ms at full share.
    const latency = () => 16 + 100 * ((duty.share - 0.25) / 0.75) ** 2;
    const shares: number[] = [];
    for (let i = 0; i < 400; i++) {
      duty.acknowledged(latency());
      shares.push(duty.share);
    }
    const later = shares.slice(200);
    expect(later.reduce((a, b) => a + b, 0) / later.length).toBeLessThan(0.75);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(0.25);
  });

  it('never goes below the minimum share', () => {
    const duty = new DutyCycle(0.25, 50, 25);
    for (let i = 0; i < 100; i++) {
      duty.acknowledged(900 - i);
      expect(duty.share).toBeGreaterThanOrEqual(0.25);
    }
  });
});
