import { describe, expect, it } from 'vitest';
import { colorDistance } from './colorVision';
import { contrastRatio, over, parseHex } from './contrast';

describe('contrastRatio (WCAG 2.1)', () => {
  it('spans 1 to 21 and does not care which colour is first', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#0072B2', '#0072B2')).toBe(1);
    expect(contrastRatio('#fff', '#0072B2')).toBe(contrastRatio('#0072B2', '#fff'));
  });
  it('puts the well-known limit greys on the right sides of 4.5:1 (#767676 passes on white, #777777 fails)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('refuses what is not a hex colour', () => {
    expect(() => parseHex('rgb(0,0,0)')).toThrow(RangeError);
    expect(parseHex('#07b')).toEqual([0, 0x77, 0xbb]);
  });
  it('composites a translucent colour over its background', () => {
    expect(over('#000000', 0.25, '#ffffff')).toEqual([191.25, 191.25, 191.25]);
    expect(over('#0072B2', 0, '#ffffff')).toEqual([255, 255, 255]);
  });
});

describe('colorDistance', () => {
  it('is 0 for one colour and 100 between black and white (CIELAB lightness)', () => {
    expect(colorDistance('#0072B2', '#0072B2', 'normal')).toBe(0);
    expect(colorDistance('#000000', '#ffffff', 'normal')).toBeCloseTo(100, 2);
  });
  it('leaves greys as they are under a simulated deficiency (each row of the matrices sums to 1)', () => {
    expect(colorDistance('#777777', '#000000', 'deuteranopia')).toBeCloseTo(colorDistance('#777777', '#000000', 'normal'), 3);
  });
  it("brings pure red and green much closer for a deuteranope or protanope than they are for everyone else", () => {
    const normal = colorDistance('#ff0000', '#00ff00', 'normal');
    expect(colorDistance('#ff0000', '#00ff00', 'deuteranopia')).toBeLessThan(normal / 2);
    expect(colorDistance('#ff0000', '#00ff00', 'protanopia')).toBeLessThan(normal / 2);
  });
});
