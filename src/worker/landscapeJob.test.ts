import { describe, expect, it } from 'vitest';
import situations from '../core/fixtures/situations.json';
import { bandLevels, computeLandscape } from './landscapeJob';
import type { LandscapeRequest } from './landscapeProtocol';

const tutorial = situations.cases.tutorial;
const request = (over: Partial<LandscapeRequest> = {}): LandscapeRequest => ({
  type: 'landscape',
  id: 7,
  inputs: tutorial.inputs.flat(),
  targets: tutorial.targets,
  weights: tutorial.checkpoints[3]!.weights,
  axes: [0, 2],
  xRange: [-2, 12],
  yRange: [-8, 2],
  columns: 120,
  rows: 100,
  levels: 12,
  ...over,
});

/** The area of a MultiPolygon in grid cells: outer rings minus holes (d3-contour winds them oppositely). */
function area(coordinates: number[][][][]): number {
  let total = 0;
  for (const polygon of coordinates) {
    for (const ring of polygon) {
      let twice = 0;
      for (let k = 0; k < ring.length - 1; k++) twice += ring[k]![0]! * ring[k + 1]![1]! - ring[k + 1]![0]! * ring[k]![1]!;
      total += twice / 2;
    }
  }
  return Math.abs(total);
}

describe('computeLandscape(request)', () => {
  it('answers with a grid of columns x rows, its lowest cell, and bands of rising error', () => {
    const answer = computeLandscape(request());
    expect(answer.id).toBe(7);
    expect(answer.grid.length).toBe(120 * 100);
    expect(answer.lowest).not.toBeNull();
    const values = Array.from(answer.grid);
    expect(answer.lowest!.value).toBe(Math.min(...values));
    expect(answer.grid[answer.lowest!.column + answer.lowest!.row * 120]).toBe(answer.lowest!.value);
    expect(answer.bands).toHaveLength(12);
    for (let k = 1; k < answer.bands.length; k++) expect(answer.bands[k]!.value).toBeGreaterThan(answer.bands[k - 1]!.value);
  });

  it('has a first band that covers the whole grid and bands that shrink as the error rises', () => {
    const answer = computeLandscape(request());
    const areas = answer.bands.map((band) => area(band.coordinates));
    // The whole grid but its four corner half-triangles (marching squares cut each corner by 1/8 of a cell).
    expect(areas[0]).toBeCloseTo(120 * 100 - 0.5, 6);
    for (let k = 1; k < areas.length; k++) expect(areas[k]!).toBeLessThanOrEqual(areas[k - 1]! + 1e-9);
    // The cells at or above a level, counted one by one, match that band's area to within its boundary cells.
    const level = answer.bands[6]!.value;
    const above = Array.from(answer.grid).filter((v) => v >= level).length;
    expect(Math.abs(areas[6]! - above)).toBeLessThan(2 * (120 + 100));
  });

  it('throws on a request the grid refuses (equal axes)', () => {
    expect(() => computeLandscape(request({ axes: [1, 1] }))).toThrow(RangeError);
  });
});

describe('bandLevels(lowest, highest, count)', () => {
  it('spaces the levels evenly in log(error), the first at the lowest error', () => {
    const levels = bandLevels(0.001, 0.1, 4);
    expect(levels[0]).toBe(0.001);
    expect(levels[1]! / levels[0]!).toBeCloseTo(levels[2]! / levels[1]!, 12);
    expect(levels[3]!).toBeCloseTo(0.001 * 100 ** 0.75, 12);
  });
  it('gives one level for a flat grid, and stops 7 decades under the highest error', () => {
    expect(bandLevels(0.25, 0.25, 5)).toEqual([0.25]);
    const levels = bandLevels(0, 0.5, 2);
    expect(levels[0]).toBe(0);
    expect(levels[1]).toBeCloseTo(0.5 * Math.sqrt(1e-7), 15);
  });
});
