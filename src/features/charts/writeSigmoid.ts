import type { Digits } from '../../format/number';
import { setAttribute } from '../../ui/domWrites';
import type { Box } from '../../ui/geometry';
import { DIAMOND, px, type SigmoidScene } from './sigmoidScene';
import { describeRow, nameTest } from './sigmoidTexts';

/**
 * One row's elements: its group (name, z); its stem, the error and target lines, moved by one transform; its dot,
 * the circle and its number, moved by one transform; its leader line and dot, shown only while the mark is moved
 * aside.
 */
export interface RowParts {
  group: SVGGElement | null;
  stem: SVGGElement | null;
  error: SVGLineElement | null;
  target: SVGLineElement | null;
  dot: SVGGElement | null;
  leaderGroup: SVGGElement | null;
  leader: SVGLineElement | null;
  leaderDot: SVGCircleElement | null;
}

/** The chart's elements that follow the run, held in refs (null until mounted). */
export interface SigmoidParts {
  rows: RowParts[];
  test: SVGGElement | null;
  diamond: SVGPathElement | null;
  testLabel: SVGTextElement | null;
  sigmoidLabel: SVGTextElement | null;
}

export const noSigmoidParts = (): SigmoidParts => ({ rows: [], test: null, diamond: null, testLabel: null, sigmoidLabel: null });

export function rowParts(parts: SigmoidParts, row: number): RowParts {
  return (parts.rows[row] ??= { group: null, stem: null, error: null, target: null, dot: null, leaderGroup: null, leader: null, leaderDot: null });
}

/** A label's text position: its box's left edge and middle, the text anchored at the start. */
function writeLabel(element: SVGTextElement | null, box: Box) {
  if (!element) return;
  setAttribute(element, 'x', px(box.x));
  setAttribute(element, 'y', px(box.y + box.height / 2));
}

/**
 * Moves the marks and labels to where the scene puts them, and renames them, without a React render. The render
 * draws the same scene; it runs again only when the scene's shape changes (the axis, the marks' size and number).
 * Only what changed is written: an attribute set to its own value still restyles and repaints the mark.
 * During a run (`running`) the marks' names and z are left as they are: nobody hears a name change, 64 of them cost
 * 256 numbers formatted a tick, and the hovered or focused mark's readout follows the run; the tick that ends
 * the run writes them, so a still chart names its exact numbers.
 */
export function writeSigmoid(parts: SigmoidParts, scene: SigmoidScene, digits: Digits, running = false): void {
  scene.rows.forEach((place, k) => {
    const row = parts.rows[k];
    const mark = scene.model.rows[k]!;
    if (!row) return;
    // Its exact z (data-z) and name too: 64 doubles turned to text and written a tick change nothing on screen.
    if (row.group && !running) {
      setAttribute(row.group, 'data-z', String(mark.z));
      setAttribute(row.group, 'aria-label', describeRow(mark, digits));
    }
    if (row.stem) setAttribute(row.stem, 'transform', `translate(${px(place.x)},0)`);
    if (row.error) {
      setAttribute(row.error, 'y1', px(place.yOutput));
      setAttribute(row.error, 'y2', px(place.yTarget));
    }
    if (row.target) {
      setAttribute(row.target, 'y1', px(place.yTarget));
      setAttribute(row.target, 'y2', px(place.yTarget));
    }
    if (row.dot) setAttribute(row.dot, 'transform', `translate(${px(place.drawn.x)},${px(place.drawn.y)})`);
    if (row.leaderGroup) setAttribute(row.leaderGroup, 'visibility', place.moved ? null : 'hidden');
    // A hidden leader keeps its old place: written when it is shown again.
    if (!place.moved) return;
    if (row.leader) {
      setAttribute(row.leader, 'x1', px(place.at.x));
      setAttribute(row.leader, 'y1', px(place.at.y));
      setAttribute(row.leader, 'x2', px(place.drawn.x));
      setAttribute(row.leader, 'y2', px(place.drawn.y));
    }
    if (row.leaderDot) {
      setAttribute(row.leaderDot, 'cx', px(place.at.x));
      setAttribute(row.leaderDot, 'cy', px(place.at.y));
    }
  });
  if (parts.test && !running) setAttribute(parts.test, 'aria-label', nameTest(scene.model, digits));
  if (parts.diamond) setAttribute(parts.diamond, 'transform', `translate(${px(scene.test.x)},${px(scene.test.y)})`);
  writeLabel(parts.testLabel, scene.labels.test);
  writeLabel(parts.sigmoidLabel, scene.labels.sigmoid);
}

/** Run B's marks on run A's curve, held in refs: a dotted circle per row, a dotted diamond and its "B". */
export interface RunBParts {
  group: SVGGElement | null;
  rows: (SVGCircleElement | null)[];
  diamond: SVGPathElement | null;
  label: SVGTextElement | null;
}

export const noRunBParts = (): RunBParts => ({ group: null, rows: [], diamond: null, label: null });

/** Where run B's marks go on the chart's scales (the z axis is the one the render drew, wide enough for both runs). */
export interface RunBPlaces {
  rows: { x: number; y: number }[];
  test: { x: number; y: number };
  /** The group's accessible name ("Run B: prediction 0.77"), written on a still chart only, as run A's names are. */
  name: string;
}

/** Moves run B's marks to their places without a React render; only what changed is written. */
export function writeRunB(parts: RunBParts, places: RunBPlaces, running: boolean): void {
  places.rows.forEach((place, k) => {
    const circle = parts.rows[k];
    if (!circle) return;
    setAttribute(circle, 'cx', px(place.x));
    setAttribute(circle, 'cy', px(place.y));
  });
  if (parts.diamond) setAttribute(parts.diamond, 'transform', `translate(${px(places.test.x)},${px(places.test.y)})`);
  if (parts.label) {
    setAttribute(parts.label, 'x', px(places.test.x));
    setAttribute(parts.label, 'y', px(places.test.y + DIAMOND + 4));
  }
  if (parts.group && !running) setAttribute(parts.group, 'aria-label', places.name);
}
