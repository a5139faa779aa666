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
  /**
   * Say what was drawn ('drawn'): asked on a still screen only. During a run the answer would be a message and
   * three attribute writes per chart per frame that nobody reads; a 'domain' answer always comes.
   */
  report: boolean;
}

/**
 * A series as sent: the series, or 'last' for the one the worker was sent last for that run (A's or B's): a chart
 * redrawn on the same frame (a cursor moved, run B's frame came, the other chart asked) sends no copy again.
 */
export type SentSeries = HistorySeries | 'last';

/**
 * The page's messages to the time charts' worker. A canvas is handed over once (`attach`); then each frame comes
 * once, with the drawings of every chart that shows it (`draw`): the series is sent once per frame, not per chart,
 * transferred where the frame brought a copy for it (Frame.chartsSeries). While comparing, run B's latest history
 * comes in the same message (`runB`), so two runs still cost one message.
 */
export type ToChartsWorker =
  | { type: 'attach'; id: number; canvas: OffscreenCanvas }
  | { type: 'draw'; series: SentSeries | null; inputCount: number; runB: { series: SentSeries; inputCount: number } | null; draws: ChartDraw[] }
  | { type: 'detach'; id: number };

/**
 * After a drawing asked to report: what is on that canvas now (the page writes it on the canvas element for tests
 * and tools).
 * Or, instead of a drawing, the domain the frame needs when it is not the one the page's axes show: the canvas
 * keeps its drawing until the page has drawn the new axes and asks again with them.
 */
export type FromChartsWorker =
  /** `trainedToB`: the last iteration of run B's lines drawn, null without run B. */
  | { type: 'drawn'; id: number; iteration: number | null; trainedTo: number; trainedToB: number | null; labels: LabelBox[] }
  | { type: 'domain'; id: number; domain: Domain };
