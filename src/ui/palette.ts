/**
 * Colours and line patterns of the screen, after Okabe and Ito's colour-blind-safe set. Every series also has
 * its own dash pattern and a written label, so no meaning rests on colour alone.
 *
 * Each series colour is also the colour of its name written at the line's end (15 px text), so each reaches
 * 4.5:1 on the white chart panels (src/features/a11y/palette.test.ts checks it). Blue passes as it is; vermillion,
 * bluish green and reddish purple are darkened in their own hue. Okabe-Ito's orange and sky blue cannot be:
 * darkened to 4.5:1 the orange becomes the vermillion's twin for a protanope and the sky blue becomes w1's blue,
 * so rows 5 and 6 take a violet and a dark grey instead, which the same test keeps apart under simulated
 * deuteranopia and protanopia.
 */
export const INK = '#111111';
export const MUTED_INK = '#444444';
export const GRID = '#d0d0d0';

/** One look per weight: w1, w2, w3 (and on, for wider tables). */
export const WEIGHT_STYLES = [
  { color: '#0072B2', dash: [] as number[], label: 'w1' },
  { color: '#B84E00', dash: [10, 5], label: 'w2' },
  { color: '#007A5A', dash: [2, 4, 10, 4], label: 'w3' },
  { color: '#A8457F', dash: [2, 3], label: 'w4' },
] as const;

/** Per-row error lines: thin, each with its own colour and dash, cycling for long tables. */
export const ROW_STYLES = [
  { color: '#0072B2', dash: [6, 3] },
  { color: '#B84E00', dash: [2, 3] },
  { color: '#007A5A', dash: [10, 3, 2, 3] },
  { color: '#A8457F', dash: [4, 4] },
  { color: '#5D3FD3', dash: [1, 2] },
  { color: '#4F4F4F', dash: [12, 4] },
] as const;

export function weightStyle(index: number) {
  return WEIGHT_STYLES[index % WEIGHT_STYLES.length]!;
}

export function rowStyle(index: number) {
  return ROW_STYLES[index % ROW_STYLES.length]!;
}

/** Positive weights draw blue and solid, negative ones vermillion and dashed. */
export const POSITIVE = '#0072B2';
export const NEGATIVE = '#B84E00';

/** SVG's stroke-dasharray from a canvas dash list. */
export function dashArray(dash: readonly number[]): string | undefined {
  return dash.length === 0 ? undefined : dash.join(' ');
}

/** Opacity of a series' min/max band under its line: faint enough that every line stays 3:1 over any band. */
export const BAND_OPACITY = 0.18;

/** The sigmoid chart's slope curve and its label (7.7:1 on white). */
export const SLOPE_COLOR = '#8A3F75';
