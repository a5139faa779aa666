import type { CoreProblem } from '../core/coreProblem';
/**
 * The protocol of the landscape worker: a second, small worker that computes the error landscape's grid and its
 * contours, so neither the page's main thread nor the training worker (whose protocol and pacing stay as they
 * are) spends time on it. The page asks; the worker answers each request with its grid (a transferred buffer).
 */
import type { GridLowest } from '../core/landscape';

export interface LandscapeRequest {
  type: 'landscape';
  /** Echoed in the answer, so the page can drop answers to requests it has since replaced. */
  id: number;
  /** The table's inputs row after row (rows * 3) and its targets. */
  inputs: number[];
  targets: number[];
  /** The weights at the iteration shown; the grid varies `axes` and keeps the others here. */
  weights: number[];
  axes: [number, number];
  xRange: [number, number];
  yRange: [number, number];
  columns: number;
  rows: number;
  /** How many filled contour bands (error levels, evenly spaced in log(error)). */
  levels: number;
}

/** One filled contour: where the error is at least `value`, as d3-contour's MultiPolygon in grid cells. */
export interface LandscapeBand {
  value: number;
  coordinates: number[][][][];
}

export type FromLandscapeWorker =
  | {
      type: 'landscape';
      id: number;
      /** grid[i + j * columns]: the mean squared error at cell (i, j); its buffer is transferred. */
      grid: Float64Array;
      columns: number;
      rows: number;
      axes: [number, number];
      xRange: [number, number];
      yRange: [number, number];
      /** The third weight's value the slice was cut at (the weights sent, in full). */
      weights: number[];
      lowest: GridLowest | null;
      bands: LandscapeBand[];
    }
  /** The core refused the request (`problem`, worded by the page), or something else failed (`detail`, the browser's words). */
  | { type: 'failed'; id: number; failure: LandscapeFailure };

export type LandscapeFailure = { problem: CoreProblem } | { detail: string };

export type LandscapeAnswer = Extract<FromLandscapeWorker, { type: 'landscape' }>;
