import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { linearScale, ticks } from '../../ui/plainScales';
import type { Frame } from '../../worker/protocol';
import { formatCount, formatTick, formatValue } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { setPainter } from '../../ui/vectorPainter';
import { useFrameListener } from '../../ui/useFrame';
import { useSeen } from '../../ui/useSeen';
import { GRID, INK, MUTED_INK, dashArray } from '../../ui/palette';
import { runBLabel, useLab, useRunB, type LabState } from '../../state';
import { RunSummaries, summaryIds } from '../../ui/chartAccess';
import { iterationScale, type AxisKind } from './iterationScale';
import { AxisFrame } from '../../ui/AxisFrame';
import { chartMargins, legibleTicks } from './chartMargins';
import { useClassFonts } from '../../ui/useClassFonts';
import { fontSizeOf, textWidth } from '../../ui/textMetrics';
import { TIME_LAYERS, nearestSample, sampleCount, type LineNames, type TimeLayer, type TimeLayerKind } from './timeLayers';
import { domainToDraw } from './runningDomain';
import { domainOf, drawTimeChart, LABEL_COLUMN_GAP, prepareCanvas, sameDomain, seriesEnd, type ChartRun, type Domain, type LabelBox, type TimeChartGeometry } from './drawTimeChart';
import { runBChart, RUN_B_CAP } from './runBLayers';
import { useRunBFrame } from './useRunBFrame';
import { timeChartsPainter } from './timeChartsPainter';
import { usePaintedCanvas } from './usePaintedCanvas';

const TOP = 12;
/** The text classes the chart measures or draws in (end-label: the names at the lines' ends, drawn on the canvas). */
const FONTS = ['tick', 'axis-label', 'end-label'] as const;
const DEFAULT_FONT = '600 15px system-ui, sans-serif';

/** The lines' names in the screen's language (the charts' worker writes them at the lines' ends). */
function lineNames(): LineNames {
  const n = '#';
  return { row: t`row ${n}`, mse: t`MSE` };
}

/** The values under the cursor, as the readout shows them. */
interface Readout {
  iteration: number;
  /** The cursor is in the right half: the readout moves to the left, clear of it. */
  atLeft: boolean;
  values: { key: string; label: string; color: string; dash: readonly number[]; round: boolean; value: number }[];
  more: number;
}

function readoutAt(frame: Frame | null, layers: TimeLayer[], iteration: number | null, axis: AxisKind, xEnd: number, others: readonly ChartRun[] = []): Readout | null {
  if (!frame || iteration === null || sampleCount(frame.series) === 0) return null;
  const position = iterationScale(axis, xEnd, [0, 1]).x(iteration);
  const s = nearestSample(frame.series, iteration);
  const shown = layers.length > 8 ? [layers[layers.length - 1]!, ...layers.slice(0, 6)] : layers;
  const valueOf = (l: TimeLayer, at: number) => ({ key: l.key, label: l.label, color: l.color, dash: l.dash, round: l.cap === 'round', value: l.value(at) });
  // Run B's values at its own sample nearest the cursor (both runs are sampled alike when they stand at one iteration).
  const theirs = others.flatMap((run) => (sampleCount(run.series) === 0 ? [] : run.layers.map((l) => valueOf(l, nearestSample(run.series, iteration)))));
  return {
    iteration: frame.series.iterations[s]!,
    atLeft: position > 0.5,
    values: [...shown.map((l) => valueOf(l, s)), ...theirs],
    more: layers.length - shown.length,
  };
}

interface TimeChartProps {
  /** Names the plot for screen readers and keyboard users (the chart's title). */
  label: string;
  /** The chart in one line for its text alternative ("iteration 1,200: w1 -3.13, ..."), from the store's state. */
  describe: (state: LabState) => string;
  yLabel: string;
  axis: AxisKind;
  /** Which lines: a name, so that the charts' worker can draw them too. */
  layers: TimeLayerKind;
}


/**
 * What the canvas shows now, on the canvas element, for tests and tools (a canvas holds no text): the iteration
 * drawn, the last trained, and the end labels' boxes. Written for a still frame (paused, stepped, sought, a run's
 * end): during a run they would be three attribute writes per chart per frame that nobody reads.
 */
function writeDrawn(canvas: HTMLCanvasElement, iteration: number, trainedTo: number, labels: readonly LabelBox[], trainedToB: number | null) {
  if (labels.length > 0) {
    const metrics = JSON.stringify(labels);
    if (canvas.dataset.labels !== metrics) canvas.dataset.labels = metrics;
  }
  canvas.dataset.iteration = String(iteration);
  canvas.dataset.trainedTo = String(trainedTo);
  // While comparing: the last iteration of run B's lines (one clock: the same as run A's once B has caught up).
  if (trainedToB === null) delete canvas.dataset.trainedToB;
  else canvas.dataset.trainedToB = String(trainedToB);
}

/** Run B's lines on a chart of `kind`, from its latest frame, up to run A's last trained (`frame`); none with one run. */
const othersOf = (kind: TimeLayerKind, frame: Frame | null, frameB: Frame | null, names?: LineNames): ChartRun[] =>
  frame && frameB ? [runBChart(kind, frameB, frame.trainedTo, names)] : [];


/**
 * A chart of values over iterations. d3's arithmetic (src/ui/plainScales) computes the scales, ticks and line shapes; React renders the axes
 * (SVG) and the lines go on a canvas, since a long run has hundreds of samples per line and redraws every frame.
 * Frames are drawn as they arrive, without a React render, unless the axes must change.
 * Hover or focus (then the arrow keys) reads the values at one iteration.
 */
export function TimeChart({ label, describe, yLabel, axis, layers }: TimeChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width, height } = useElementSize(boxRef);
  const [domain, setDomain] = useState<Domain | null>(null);
  const domainRef = useRef<Domain | null>(null);
  // First of the chart's effects: the canvas goes to the charts' worker before anything draws on it here.
  const painted = usePaintedCanvas(canvasRef, (answer) => {
    if (answer.type === 'domain') {
      // The worker drew nothing: the axes change first (React renders them, then the layout effect below draws).
      if (!sameDomain(domainRef.current, answer.domain)) {
        domainRef.current = answer.domain;
        setDomain(answer.domain);
      }
      return;
    }
    const canvas = canvasRef.current;
    if (canvas && answer.iteration !== null) writeDrawn(canvas, answer.iteration, answer.trainedTo, answer.labels, answer.trainedToB);
  });
  // While comparing, run B's lines go over run A's: its latest frame, kept here outside React's render.
  const runB = useRunB();
  const frameBRef = useRef<Frame | null>(null);
  /** The iteration under the pointer or keyboard cursor; null when nobody is reading values. */
  const cursorRef = useRef<number | null>(null);
  const [readout, setReadout] = useState<Readout | null>(null);
  const [hasFrame, setHasFrame] = useState(false);
  const readoutId = useId();
  const digits = useLab((s) => s.digits);
  const summaryId = useId();
  const summaryBId = useId();

  const presenter = useLab((s) => s.presenter);
  const fonts = useClassFonts(boxRef, FONTS, `${width}x${height}:${presenter}`);
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? DEFAULT_FONT;
  const labelFont = fonts?.['end-label'] ?? DEFAULT_FONT;
  // Worded once: a new language draws the screen anew (src/i18n/InLanguage).
  const [names] = useState(lineNames);
  // As many y ticks as have room two lines apart (the bottom margin does not depend on them).
  const tickSize = fontSizeOf(font('tick'));
  const roomForTicks = height - TOP - chartMargins(font('tick'), font('axis-label'), [], TOP, 0).bottom;
  const yTicks = domain ? ticks(domain.y0, domain.y1, Math.max(2, Math.min(4, Math.floor(roomForTicks / (tickSize * 2.2))))) : [];
  const margin = chartMargins(
    font('tick'),
    font('axis-label'),
    yTicks.map((t) => textWidth(formatTick(t), font('tick'))),
    TOP,
    // The lines' names at their ends: "row 6" is the longest a chart writes there (or the MSE's, in some languages);
    // while comparing, run B's names ("MSE B" the longest) in a column of their own beside them.
    Math.max(40, Math.ceil(Math.max(textWidth(names.row.replace('#', '6'), labelFont), textWidth(names.mse, labelFont)) + 12 + (runB ? textWidth(runBLabel(names.mse), labelFont) + LABEL_COLUMN_GAP : 0))),
  );
  const { left: mLeft, right: mRight, bottom: mBottom } = margin;
  const plotWidth = Math.max(0, width - mLeft - mRight);
  const plotHeight = Math.max(0, height - TOP - mBottom);

  /** Draws the frame on the canvas (in the charts' worker where it holds the canvas), or onto `target` (an export recording the same drawing as vector). */
  const draw = useCallback(
    (frame: Frame | null, built?: TimeLayer[], target?: CanvasRenderingContext2D) => {
      const canvas = canvasRef.current;
      if (!canvas || width === 0 || height === 0) return;
      const current = domainRef.current;
      const geometry: TimeChartGeometry | null = current
        ? { width, height, left: mLeft, top: TOP, plotWidth, plotHeight, axis, xEnd: current.xEnd, y0: current.y0, y1: current.y1, labelFont, names }
        : null;
      const shown = frame && geometry ? frame : null;
      const frameB = frameBRef.current;
      if (target) {
        if (shown && geometry) drawTimeChart(target, shown, built ?? TIME_LAYERS[layers](shown, names), geometry, cursorRef.current, othersOf(layers, shown, frameB, names));
        return;
      }
      const ratio = window.devicePixelRatio || 1;
      const id = painted.idRef.current;
      if (id !== null) {
        const blank = { width, height, left: 0, top: 0, plotWidth: 0, plotHeight: 0, axis, xEnd: 1, y0: 0, y1: 1, labelFont, names };
        timeChartsPainter().draw(shown?.series ?? null, shown?.inputCount ?? 0, {
          id,
          kind: layers,
          iteration: shown?.iteration ?? null,
          trainedTo: shown?.trainedTo ?? 0,
          geometry: geometry ?? blank,
          ratio,
          cursorAt: cursorRef.current,
          report: !shown?.running,
        }, frameB ? { series: frameB.series, inputCount: frameB.inputCount } : null, { series: shown?.chartsSeries, runB: frameB?.chartsSeries });
        return;
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      prepareCanvas(canvas, ctx, width, height, ratio);
      if (!shown || !geometry) return;
      const others = othersOf(layers, shown, frameB, names);
      const boxes = drawTimeChart(ctx, shown, built ?? TIME_LAYERS[layers](shown, names), geometry, cursorRef.current, others);
      if (!shown.running) writeDrawn(canvas, shown.iteration, shown.trainedTo, boxes, others[0] ? seriesEnd(others[0].series) : null);
    },
    [axis, height, labelFont, layers, mLeft, names, painted.idRef, plotHeight, plotWidth, width],
  );

  const frameRef = useRef<Frame | null>(null);
  // An export can record this drawing as vector (paths and text) rather than copy the canvas's pixels.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    setPainter(canvas, (context) => draw(frameRef.current, undefined, context));
    return () => setPainter(canvas, null);
  }, [draw]);
  const onFrame = useCallback(
    (frame: Frame | null) => {
      frameRef.current = frame;
      setHasFrame(frame !== null);
      if (frame && painted.idRef.current !== null && domainRef.current !== null && cursorRef.current === null) {
        // The charts' worker draws it, and says when the axes must change first: no pass over the samples here.
        draw(frame);
        return;
      }
      // The layers once per frame, for the axes' domain and the drawing both.
      const all = frame ? TIME_LAYERS[layers](frame, names) : [];
      const others = othersOf(layers, frame, frameBRef.current, names);
      const next = frame ? domainToDraw(frame.running, domainRef.current, domainOf(frame, all, axis, others), axis) : null;
      if (next && !sameDomain(domainRef.current, next)) {
        domainRef.current = next;
        setDomain(next); // the axes change: React renders them, and the layout effect below draws the lines
        return;
      }
      draw(frame, all);
      if (cursorRef.current !== null && frame) setReadout(readoutAt(frame, all, cursorRef.current, axis, domainRef.current?.xEnd ?? frame.trainedTo, others));
    },
    [axis, draw, layers, names, painted.idRef],
  );
  // A chart nobody can see (under a view, scrolled away) skips the frames of a run, and catches up when seen.
  const seen = useSeen(boxRef, () => onFrame(frameRef.current));
  useFrameListener((frame) => {
    if (seen.current || !frame?.running) onFrame(frame);
    else frameRef.current = frame;
  });
  // Run B's frames draw too, unless run A is running: then A's next frame (a few ms away) draws both runs, so the
  // charts' worker still gets one message per frame.
  useRunBFrame(runB, frameBRef, () => {
    if (!frameRef.current?.running) onFrame(frameRef.current);
  });

  // After the axes rendered (or the size or axis kind changed): recompute the domain and draw, before paint.
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (frame) {
      const needed = domainOf(frame, TIME_LAYERS[layers](frame, names), axis, othersOf(layers, frame, frameBRef.current, names));
      const next = domainToDraw(frame.running, domainRef.current, needed, axis);
      if (!sameDomain(domainRef.current, next)) {
        domainRef.current = next;
        setDomain(next);
        return;
      }
    }
    draw(frame);
  }, [axis, domain, draw, layers, names]);

  const moveCursor = (iteration: number | null) => {
    cursorRef.current = iteration;
    const frame = frameRef.current;
    setReadout(frame ? readoutAt(frame, TIME_LAYERS[layers](frame, names), iteration, axis, domainRef.current?.xEnd ?? frame.trainedTo, othersOf(layers, frame, frameBRef.current, names)) : null);
    draw(frame);
  };

  const xScale = domain ? iterationScale(axis, domain.xEnd, [margin.left, margin.left + plotWidth]) : null;
  const yScale = domain ? linearScale([domain.y0, domain.y1], [margin.top + plotHeight, margin.top]) : null;

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!xScale || !frameRef.current) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - rect.left;
    if (px < margin.left || px > margin.left + plotWidth) return moveCursor(null);
    moveCursor(Math.max(0, xScale.invert(px)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const frame = frameRef.current;
    if (!frame || sampleCount(frame.series) === 0) return;
    const its = frame.series.iterations;
    const last = its.length - 1;
    const s = cursorRef.current === null ? last : nearestSample(frame.series, cursorRef.current);
    const jump = event.shiftKey ? 10 : 1;
    let next: number | null = null;
    if (event.key === 'ArrowLeft') next = Math.max(0, s - jump);
    else if (event.key === 'ArrowRight') next = Math.min(last, s + jump);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') return moveCursor(null);
    if (next === null) return;
    event.preventDefault();
    moveCursor(its[next]!);
  };

  const readoutIteration = readout ? formatCount(readout.iteration) : '';
  const moreRows = readout?.more ?? 0;
  const readoutView: ReactNode = readout && (
    <>
      <strong>{t`Iteration ${readoutIteration}`}</strong>
      {readout.values.map((v) => (
        <span key={v.key} className="readout-row">
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="21" y2="5" stroke={v.color} strokeWidth="3" strokeDasharray={dashArray(v.dash)} strokeLinecap={v.round ? RUN_B_CAP : undefined} />
          </svg>
          {v.label} = {formatValue(v.value, digits)}
        </span>
      ))}
      {readout.more > 0 && <span className="readout-row">{plural(moreRows, { one: 'and # more row', other: 'and # more rows' })}</span>}
    </>
  );

  return (
    <div
      className="time-chart"
      ref={boxRef}
      tabIndex={0}
      role="group"
      aria-label={t`${label}. Use the left and right arrow keys to read the values at each iteration.`}
      aria-describedby={readoutId}
      onPointerMove={onPointerMove}
      onPointerLeave={() => moveCursor(null)}
      onFocus={() => frameRef.current && moveCursor(frameRef.current.iteration)}
      onBlur={() => moveCursor(null)}
      onKeyDown={onKeyDown}
    >
      {/* The drawing's text alternative: the chart's name, and a summary of the iteration shown. */}
      <canvas
        key={painted.canvasKey}
        ref={canvasRef}
        className="chart-canvas"
        style={{ width, height }}
        role="img"
        aria-label={label}
        aria-describedby={summaryIds(summaryId, summaryBId, runB)}
      />
      {/* While comparing, one summary per run, each named with its run. */}
      <RunSummaries id={summaryId} idB={summaryBId} describe={describe} runB={runB} />
      {xScale && yScale && (
        <svg className="chart-axes" width={width} height={height} aria-hidden="true">
          {yTicks.map((tick) => (
            <g key={`y${tick}`} transform={`translate(0,${yScale(tick)})`}>
              <line x1={margin.left} x2={margin.left + plotWidth} stroke={tick === 0 ? MUTED_INK : GRID} strokeWidth={tick === 0 ? 1.5 : 1} />
              <text x={margin.left - 8} dy="0.35em" textAnchor="end" className="tick">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {legibleTicks(
            xScale.ticks,
            xScale.ticks.map((t) => xScale.x(t)),
            xScale.ticks.map((t) => textWidth(formatTick(t), font('tick'))),
          ).map((tick) => (
            <g key={`x${tick}`} transform={`translate(${xScale.x(tick)},0)`}>
              <line y1={margin.top + plotHeight} y2={margin.top + plotHeight + 6} stroke={INK} />
              <text y={margin.top + plotHeight + margin.tickBaseline} textAnchor="middle" className="tick">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          <AxisFrame
            left={margin.left}
            top={margin.top}
            plotWidth={plotWidth}
            plotHeight={plotHeight}
            height={height}
            xLabel={axis === 'log' ? t`Iteration (log scale)` : t`Iteration`}
            yLabel={yLabel}
            yLabelX={margin.yLabelX}
          />
        </svg>
      )}
      {!hasFrame && (
        <p className="chart-empty">
          <Trans>The chart appears with the first frame of training.</Trans>
        </p>
      )}
      <div id={readoutId} className={readout ? `chart-readout${readout.atLeft ? ' at-left' : ''}` : 'chart-readout is-empty'} aria-live="polite">
        {readoutView}
      </div>
    </div>
  );
}
