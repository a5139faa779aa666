import { describe, expect, it } from 'vitest';
import { DutyCycle } from './dutyCycle';

describe('DutyCycle', () => {
  it('starts at full share with no rest', () => {
    const duty = new DutyCycle();
    expect(duty.share).toBe(1);
    expect(duty.restAfter(8)).toBe(0);
  });

  it('cuts the share by 30% per late acknowledgement, down to the minimum', () => {
    const duty = new DutyCycle(0.25, 50, 25);
    duty.acknowledged(80);
    expect(duty.share).toBeCloseTo(0.7, 12);
    duty.acknowledged(80);
    expect(duty.share).toBeCloseTo(0.49, 12);
    for (let i = 0; i < 10; i++) duty.acknowledged(200);
    expect(duty.share).toBe(0.25);
  });

  it('rests so that work takes the share of the time: 8 ms of work at a quarter share, then 24 ms of rest', () => {
    const duty = new DutyCycle(0.25);
    for (let i = 0; i < 10; i++) duty.acknowledged(200);
    expect(duty.restAfter(8)).toBe(24);
  });

  it('comes back by 0.05 per acknowledgement on time, and ignores those in between or from a hidden tab', () => {
    const duty = new DutyCycle(0.25, 50, 25);
    for (let i = 0; i < 10; i++) duty.acknowledged(200);
    duty.acknowledged(40); // neither late nor on time
    duty.acknowledged(5000); // a hidden tab's
    expect(duty.share).toBe(0.25);
    duty.acknowledged(10);
    duty.acknowledged(10);
    expect(duty.share).toBeCloseTo(0.35, 12);
    for (let i = 0; i < 20; i++) duty.acknowledged(10);
    expect(duty.share).toBe(1);
  });
});
