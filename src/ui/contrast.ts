/**
 * WCAG 2.1 colour arithmetic: relative luminance and contrast ratio of sRGB colours, as the success criteria
 * 1.4.3 (text: 4.5:1, large text 3:1) and 1.4.11 (chart marks and controls: 3:1) define them.
 */

export type Rgb = readonly [number, number, number];

/** '#0072B2' or '#07b' as [r, g, b] in 0..255. */
export function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new RangeError(`'${hex}' is not a hex colour like #0072B2`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** An sRGB channel (0..255) in linear light (0..1). */
export function linearChannel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(color: Rgb): number {
  const [r, g, b] = color.map(linearChannel) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(typeof a === 'string' ? parseHex(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseHex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color` painted at `opacity` over `background`, as a canvas or CSS composites it (in sRGB). */
export function over(color: Rgb | string, opacity: number, background: Rgb | string): Rgb {
  const c = typeof color === 'string' ? parseHex(color) : color;
  const bg = typeof background === 'string' ? parseHex(background) : background;
  return c.map((v, i) => v * opacity + bg[i]! * (1 - opacity)) as unknown as Rgb;
}
