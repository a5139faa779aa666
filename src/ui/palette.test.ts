import { describe, expect, it } from 'vitest';
import { BAND_OPACITY, GRID, INK, MUTED_INK, NEGATIVE, POSITIVE, ROW_STYLES, SLOPE_COLOR, WEIGHT_STYLES } from './palette';
import { colorDistance, type Vision } from './colorVision';
import { contrastRatio, over } from './contrast';

/*
 * The chart palette against WCAG AA on the chart panels (white): each series colour is also the colour of the
 * series' name written beside its line (15 px, not "large" text), so it needs 4.5:1; lines and marks need 3:1,
 * also where they cross the translucent min/max band of another series. And the darkened colours must still
 * look different from one another, for normal vision and the red-green deficiencies.
 */
const PANEL = '#ffffff';
const SERIES = [...new Set([...WEIGHT_STYLES.map((s) => s.color), ...ROW_STYLES.map((s) => s.color), POSITIVE, NEGATIVE, SLOPE_COLOR])];

describe('chart colours on the white panel', () => {
  it.each(SERIES)('%s reads as text (4.5:1)', (color) => {
    expect(contrastRatio(color, PANEL)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(SERIES)('%s stands out as a mark on every band it can cross (3:1)', (color) => {
    for (const band of [...WEIGHT_STYLES.map((s) => s.color), INK]) {
      expect(contrastRatio(color, over(band, BAND_OPACITY, PANEL)), `over the band of ${band}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('ink and muted ink read as text; the grid stays lighter than any data mark', () => {
    expect(contrastRatio(INK, PANEL)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(MUTED_INK, PANEL)).toBeGreaterThanOrEqual(4.5);
    for (const color of SERIES) expect(contrastRatio(color, PANEL)).toBeGreaterThan(contrastRatio(GRID, PANEL));
  });
});

describe('chart colours stay distinguishable', () => {
  /** Clearly different at a glance (CIE76 delta E; about 2.3 is just noticeable). */
  const APART = 10;
  const visions: Vision[] = ['normal', 'deuteranopia', 'protanopia'];
  const pairs = <T,>(items: readonly T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

  it.each(visions)('the per-row colours, pair by pair, for %s', (vision) => {
    for (const [a, b] of pairs(ROW_STYLES.map((s) => s.color))) {
      expect(colorDistance(a, b, vision), `${a} / ${b}`).toBeGreaterThanOrEqual(APART);
    }
  });

  it.each(visions)('the weight colours and the positive/negative pair, for %s', (vision) => {
    for (const [a, b] of pairs(WEIGHT_STYLES.map((s) => s.color))) {
      expect(colorDistance(a, b, vision), `${a} / ${b}`).toBeGreaterThanOrEqual(APART);
    }
    expect(colorDistance(POSITIVE, NEGATIVE, vision)).toBeGreaterThanOrEqual(APART);
  });

  it('the per-row lines stay apart from the mean squared error drawn in ink', () => {
    for (const { color } of ROW_STYLES) expect(colorDistance(color, INK, 'normal')).toBeGreaterThanOrEqual(APART);
  });
});
