import { describe, expect, it } from 'vitest';
import { formatValue } from '../../format/number';
import { widthWithRoom } from './textRoom';

// Tabular digits: every character as wide as the next, as the diagram's numbers are drawn.
const measure = (text: string) => text.length * 10;
const room = formatValue(-0.123456789, 8);

describe('widthWithRoom', () => {
  it('gives a number that dropped a trailing zero the room of one written in full', () => {
    // The tutorial's output between two ticks of a run: 8 significant digits, then 7 (its 8th is 0).
    const full = formatValue(0.99947731, 8);
    const short = formatValue(0.9994773, 8);
    expect(short.length).toBeLessThan(full.length);
    expect(widthWithRoom(`out = ${short}`, short, room, measure)).toBe(widthWithRoom(`out = ${full}`, full, room, measure));
  });

  it('keeps the width of a number wider than the room (a power of ten)', () => {
    const wide = formatValue(1.2345678e-7, 8);
    expect(widthWithRoom(`z = ${wide}`, wide, room, measure)).toBe(measure(`z = ${wide}`));
  });
});
