import { contours } from 'd3-contour';
import { CoreRangeError } from '../core/coreProblem';
import { landscapeGrid, lowestCell } from '../core/landscape';
import type { FromLandscapeWorker, LandscapeBand, LandscapeRequest } from './landscapeProtocol';

/** Below this fraction of the highest error the levels stop: a valley of 1e-12 needs no band of its own. */
const DEEPEST_LEVEL = 1e-7;

/**
 * The error levels of the bands, evenly spaced in log(error) from the lowest error in view to the highest, so the
 * valley floor (errors of 0.001 and below) gets as many contours as the slopes (0.1 to 0.5) do.
 */
export function bandLevels(lowest: number, highest: number, count: number): number[] {
  if (!(highest > 0) || count < 1) return [lowest];
  const floor = Math.max(lowest, highest * DEEPEST_LEVEL);
  if (floor >= highest) return [lowest];
  const ratio = Math.log(highest / floor);
  const levels = Array.from({ length: count }, (_, k) => floor * Math.exp((ratio * k) / count));
  // The first band covers the whole grid, so every cell has a colour.
  levels[0] = lowest;
  return levels;
}

/** Answers one request: the grid of errors, its lowest cell, and its filled contour bands. Throws on a bad request. */
export function computeLandscape(request: LandscapeRequest): Extract<FromLandscapeWorker, { type: 'landscape' }> {
  const { columns, rows } = request;
  const grid = landscapeGrid({
    inputs: request.inputs,
    targets: request.targets,
    weights: request.weights,
    axes: request.axes,
    xRange: request.xRange,
    yRange: request.yRange,
    columns,
    rows,
  });
  const lowest = lowestCell(grid, columns, rows);
  let highest = -Infinity;
  for (const value of grid) if (value > highest) highest = value;
  const levels = lowest ? bandLevels(lowest.value, highest, request.levels) : [];
  // The first band is traced below every error (errors are never negative), so it covers the whole grid: traced at
  // the lowest error itself, d3-contour would cut the corners of the lowest cell.
  const traced = levels.map((level, k) => (k === 0 ? -1 : level));
  const bands: LandscapeBand[] = contours()
    .size([columns, rows])
    .thresholds(traced)(grid as unknown as number[])
    .map((band, k) => ({ value: levels[k]!, coordinates: band.coordinates }));
  return {
    type: 'landscape',
    id: request.id,
    grid,
    columns,
    rows,
    axes: request.axes,
    xRange: request.xRange,
    yRange: request.yRange,
    weights: request.weights,
    lowest,
    bands,
  };
}

/** The worker's answer to one message: the landscape, or why it failed (the core's refusal as its code). */
export function answerLandscape(request: LandscapeRequest): FromLandscapeWorker {
  try {
    return computeLandscape(request);
  } catch (error) {
    const failure = error instanceof CoreRangeError ? { problem: error.problem } : { detail: error instanceof Error ? error.message : String(error) };
    return { type: 'failed', id: typeof request?.id === 'number' ? request.id : -1, failure };
  }
}
