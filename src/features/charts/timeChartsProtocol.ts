import type { HistorySeries } from '../../worker/protocol';
import type { Domain, LabelBox, TimeChartGeometry } from './drawTimeChart';
import type { TimeLayerKind } from './timeLayers';

/** Another run's history sent with a frame (run B while comparing): its lines overlay the frame's on every chart. */
export interface OtherRun {
  series: HistorySeries;
  inputCount: number;
}

/** One chart's drawing of the frame sent with it. */
export interface ChartDraw {
  id: number;
  kind: TimeLayerKind;
  /** Null: no frame yet, the canvas is only cleared. */
  iteration: number | null;
  trainedTo: number;
  geometry: TimeChartGeometry;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** The iteration under the reader's cursor, or null. */
  cursorAt: number | null;
}

/**
 * The page's messages to the time charts' worker. A canvas is handed over once (`attach`); then each frame comes
 * once, with the drawings of every chart that shows it (`draw`): the series is copied once per frame, not per chart.
 * While comparing, run B's latest history comes in the same message (`runB`), so two runs still cost one message.
 */
export type ToChartsWorker =
  | { type: 'attach'; id: number; canvas: OffscreenCanvas }
  | { type: 'draw'; series: HistorySeries | null; inputCount: number; runB: OtherRun | null; draws: ChartDraw[] }
  | { type: 'detach'; id: number };

/**
 * After each drawing: what is on that canvas now (the page writes it on the canvas element for tests and tools).
 * Or, instead of a drawing, the domain the frame needs when it is not the one the page's axes show: the canvas
 * keeps its drawing until the page has drawn the new axes and asks again with them.
 */
export type FromChartsWorker =
  /** `trainedToB`: the last iteration of run B's lines drawn, null without run B. */
  | { type: 'drawn'; id: number; iteration: number | null; trainedTo: number; trainedToB: number | null; labels: LabelBox[] }
  | { type: 'domain'; id: number; domain: Domain };
