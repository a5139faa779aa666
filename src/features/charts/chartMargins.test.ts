import { describe, expect, it } from 'vitest';
import { chartMargins, legibleTicks } from './chartMargins';

describe('legibleTicks(ticks, xs, widths, gap)', () => {
  it('keeps every tick whose labels have room', () => {
    expect(legibleTicks([0, 2, 4, 6, 8, 10], [0, 50, 100, 150, 200, 250], [10, 10, 10, 10, 10, 10])).toEqual([0, 2, 4, 6, 8, 10]);
  });
  it('keeps every other tick, then every third, as the labels crowd ("8M10M12M14M")', () => {
    // Labels 30 px wide, 32 px apart: 2 px between them, less than the 10 asked; every other leaves 34.
    const ticks = [0, 2e6, 4e6, 6e6, 8e6, 10e6, 12e6, 14e6];
    const xs = ticks.map((_, i) => i * 32);
    expect(legibleTicks(ticks, xs, ticks.map(() => 30))).toEqual([0, 4e6, 8e6, 12e6]);
    expect(legibleTicks(ticks, xs, ticks.map(() => 60))).toEqual([0, 6e6, 12e6]);
  });
  it('keeps the first tick alone when nothing else fits', () => {
    expect(legibleTicks([0, 1, 2], [0, 1, 2], [50, 50, 50])).toEqual([0]);
  });
});

describe('chartMargins(tickFont, axisFont, yTickWidths, top, right)', () => {
  it('grows with the type: the x-axis label stays under the ticks, the y ticks clear of the y-axis label', () => {
    const desk = chartMargins('15px a', '700 15px a', [30], 12, 58);
    const presenter = chartMargins('20px a', '700 20px a', [45], 12, 58);
    expect(presenter.bottom).toBeGreaterThan(desk.bottom);
    expect(presenter.left).toBeGreaterThan(desk.left);
    // 20 px ticks: their line (ascent ~0.93 em over the baseline, descent ~0.24 under) ends before the label's begins.
    expect(presenter.tickBaseline + 0.24 * 20).toBeLessThanOrEqual(presenter.bottom - 4 - 0.93 * 20);
    // The rotated label's descent ends before the widest tick starts.
    expect(presenter.yLabelX + 0.24 * 20).toBeLessThanOrEqual(presenter.left - 8 - 45);
  });
});
