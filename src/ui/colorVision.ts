import { linearChannel, parseHex, type Rgb } from './contrast';

/**
 * How far apart two colours look, for people with normal vision and with the two common red-green deficiencies.
 * Deficiencies are simulated with Machado, Oliveira and Fernandes (2009) at full severity, in linear RGB; the
 * distance is CIE76 delta E in CIELAB (D65), where about 2.3 is just noticeable and 10 or more reads as another
 * colour at a glance.
 */
export type Vision = 'normal' | 'deuteranopia' | 'protanopia';

const MACHADO: Record<Exclude<Vision, 'normal'>, readonly (readonly number[])[]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

function seen(color: Rgb, vision: Vision): number[] {
  const linear = color.map(linearChannel);
  if (vision === 'normal') return linear;
  return MACHADO[vision].map((row) => Math.min(1, Math.max(0, row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!)));
}

function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

export function colorDistance(a: string, b: string, vision: Vision): number {
  const [l1, a1, b1] = lab(seen(parseHex(a), vision));
  const [l2, a2, b2] = lab(seen(parseHex(b), vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
