/**
 * Colours and line patterns of the screen. The colours are Okabe and Ito's colour-blind-safe set; every series
 * also has its own dash pattern and a written label, so no meaning rests on colour alone.
 */
export const INK = '#111111';
export const MUTED_INK = '#444444';
export const GRID = '#d0d0d0';

/** One look per weight: w1, w2, w3 (and on, for wider tables). */
export const WEIGHT_STYLES = [
  { color: '#0072B2', dash: [] as number[], label: 'w1' },
  { color: '#D55E00', dash: [10, 5], label: 'w2' },
  { color: '#007A5A', dash: [2, 4, 10, 4], label: 'w3' },
  { color: '#CC79A7', dash: [2, 3], label: 'w4' },
] as const;

/** Per-row error lines: thin, each with its own colour and dash, cycling for long tables. */
export const ROW_STYLES = [
  { color: '#0072B2', dash: [6, 3] },
  { color: '#D55E00', dash: [2, 3] },
  { color: '#007A5A', dash: [10, 3, 2, 3] },
  { color: '#CC79A7', dash: [4, 4] },
  { color: '#E69F00', dash: [1, 2] },
  { color: '#56B4E9', dash: [12, 4] },
] as const;

export function weightStyle(index: number) {
  return WEIGHT_STYLES[index % WEIGHT_STYLES.length]!;
}

export function rowStyle(index: number) {
  return ROW_STYLES[index % ROW_STYLES.length]!;
}

/** Positive weights draw blue and solid, negative ones vermillion and dashed. */
export const POSITIVE = '#0072B2';
export const NEGATIVE = '#D55E00';

/** SVG's stroke-dasharray from a canvas dash list. */
export function dashArray(dash: readonly number[]): string | undefined {
  return dash.length === 0 ? undefined : dash.join(' ');
}
