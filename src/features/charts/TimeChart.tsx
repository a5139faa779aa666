import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { area, line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import type { Frame } from '../../worker/protocol';
import { formatCount, formatTick, formatValue } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { setPainter } from '../../ui/vectorPainter';
import { useFrameListener } from '../../ui/useFrame';
import { useSeen } from '../../ui/useSeen';
import { BAND_OPACITY, GRID, INK, MUTED_INK, dashArray } from '../../ui/palette';
import { useLab, type LabState } from '../../state';
import { ChartSummary } from '../../ui/chartAccess';
import { iterationScale, type AxisKind } from './iterationScale';
import { AxisFrame } from '../../ui/AxisFrame';
import { chartMargins, legibleTicks } from './chartMargins';
import { useClassFonts } from '../../ui/useClassFonts';
import { fontSizeOf, textWidth } from '../../ui/textMetrics';
import { layersExtent, nearestSample, pixelGroups, sampleCount, spreadLabels, type TimeLayer } from './timeLayers';

const TOP = 12;
/** The text classes the chart measures or draws in (end-label: the names at the lines' ends, drawn on the canvas). */
const FONTS = ['tick', 'axis-label', 'end-label'] as const;
const DEFAULT_FONT = '600 15px system-ui, sans-serif';

interface Domain {
  xEnd: number;
  y0: number;
  y1: number;
}

/** The values under the cursor, as the readout shows them. */
interface Readout {
  iteration: number;
  /** The cursor is in the right half: the readout moves to the left, clear of it. */
  atLeft: boolean;
  values: { key: string; label: string; color: string; dash: readonly number[]; value: number }[];
  more: number;
}

function readoutAt(frame: Frame | null, layers: TimeLayer[], iteration: number | null, axis: AxisKind, xEnd: number): Readout | null {
  if (!frame || iteration === null || sampleCount(frame.series) === 0) return null;
  const position = iterationScale(axis, xEnd, [0, 1]).x(iteration);
  const s = nearestSample(frame.series, iteration);
  const shown = layers.length > 8 ? [layers[layers.length - 1]!, ...layers.slice(0, 6)] : layers;
  return {
    iteration: frame.series.iterations[s]!,
    atLeft: position > 0.5,
    values: shown.map((l) => ({ key: l.key, label: l.label, color: l.color, dash: l.dash, value: l.value(s) })),
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
  layers: (frame: Frame) => TimeLayer[];
}

function domainOf(frame: Frame, layers: TimeLayer[], axis: AxisKind): Domain {
  const [low, high] = layersExtent(layers, sampleCount(frame.series));
  const y = scaleLinear().domain([low, high === low ? low + 1 : high]).nice(4).domain();
  return { xEnd: iterationScale(axis, frame.trainedTo, [0, 1]).end, y0: y[0]!, y1: y[1]! };
}

const sameDomain = (a: Domain | null, b: Domain) => a !== null && a.xEnd === b.xEnd && a.y0 === b.y0 && a.y1 === b.y1;

/**
 * A chart of values over iterations. d3 computes the scales, ticks and line shapes; React renders the axes
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
  /** The iteration under the pointer or keyboard cursor; null when nobody is reading values. */
  const cursorRef = useRef<number | null>(null);
  const [readout, setReadout] = useState<Readout | null>(null);
  const [hasFrame, setHasFrame] = useState(false);
  const readoutId = useId();
  const digits = useLab((s) => s.digits);
  const summaryId = useId();

  const presenter = useLab((s) => s.presenter);
  const fonts = useClassFonts(boxRef, FONTS, `${width}x${height}:${presenter}`);
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? DEFAULT_FONT;
  const labelFont = fonts?.['end-label'] ?? DEFAULT_FONT;
  // As many y ticks as have room two lines apart (the bottom margin does not depend on them).
  const tickSize = fontSizeOf(font('tick'));
  const roomForTicks = height - TOP - chartMargins(font('tick'), font('axis-label'), [], TOP, 0).bottom;
  const yTicks = domain ? scaleLinear().domain([domain.y0, domain.y1]).ticks(Math.max(2, Math.min(4, Math.floor(roomForTicks / (tickSize * 2.2))))) : [];
  const margin = chartMargins(
    font('tick'),
    font('axis-label'),
    yTicks.map((t) => textWidth(formatTick(t), font('tick'))),
    TOP,
    // The lines' names at their ends: "row 6" is the longest a chart writes there.
    Math.max(40, Math.ceil(textWidth('row 6', labelFont) + 12)),
  );
  const { left: mLeft, right: mRight, bottom: mBottom } = margin;
  const plotWidth = Math.max(0, width - mLeft - mRight);
  const plotHeight = Math.max(0, height - TOP - mBottom);

  /** Draws the frame on the canvas, or onto `target` (an export recording the same drawing as vector). */
  const draw = useCallback(
    (frame: Frame | null, built?: TimeLayer[], target?: CanvasRenderingContext2D) => {
      const canvas = canvasRef.current;
      if (!canvas || width === 0 || height === 0) return;
      const ctx = target ?? canvas.getContext('2d');
      if (!ctx) return;
      if (!target) {
        const ratio = window.devicePixelRatio || 1;
        if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
          canvas.width = Math.round(width * ratio);
          canvas.height = Math.round(height * ratio);
        }
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.clearRect(0, 0, width, height);
      }
      const current = domainRef.current;
      if (!frame || !current) return;
      const edge = { left: mLeft, top: TOP }; // the plot's corner, as the axes have it
      const x = iterationScale(axis, current.xEnd, [edge.left, edge.left + plotWidth]).x;
      const y = scaleLinear().domain([current.y0, current.y1]).range([edge.top + plotHeight, edge.top]);
      const its = frame.series.iterations;
      const samples = sampleCount(frame.series);
      const groups = pixelGroups(its, x);
      const columns = Array.from({ length: groups.length / 2 }, (_, g) => g);
      const last = (g: number) => groups[g * 2 + 1]!;
      const all = built ?? layers(frame);

      ctx.save();
      ctx.beginPath();
      ctx.rect(edge.left, edge.top - 2, plotWidth, plotHeight + 4);
      ctx.clip();
      for (const layer of all) {
        if (!layer.band) continue;
        const band = layer.band;
        // Over each pixel column, the band spans the lowest low and the highest high of its samples.
        const extreme = (g: number, pick: (s: number) => number, better: (a: number, b: number) => boolean) => {
          let value = pick(groups[g * 2]!);
          for (let s = groups[g * 2]! + 1; s <= last(g); s++) if (better(pick(s), value)) value = pick(s);
          return value;
        };
        ctx.beginPath();
        area<number>()
          .x((g) => x(its[last(g)]!))
          .y0((g) => y(extreme(g, band.low, (a, b) => a < b)))
          .y1((g) => y(extreme(g, band.high, (a, b) => a > b)))
          .context(ctx)(columns);
        ctx.globalAlpha = BAND_OPACITY;
        ctx.fillStyle = layer.color;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      for (const layer of all) {
        ctx.beginPath();
        line<number>()
          .x((g) => x(its[last(g)]!))
          .y((g) => y(layer.value(last(g))))
          .defined((g) => Number.isFinite(layer.value(last(g))))
          .context(ctx)(columns);
        ctx.setLineDash(layer.dash as number[]);
        ctx.lineWidth = layer.lineWidth;
        ctx.strokeStyle = layer.color;
        ctx.lineJoin = 'round';
        ctx.stroke();
        if (samples === 1) {
          ctx.beginPath();
          ctx.arc(x(its[0]!), y(layer.value(0)), layer.lineWidth + 1.5, 0, 2 * Math.PI);
          ctx.fillStyle = layer.color;
          ctx.fill();
        }
      }
      ctx.setLineDash([]);
      // The iteration shown, when it is not the last one trained (after seeking back).
      if (frame.iteration !== frame.trainedTo) {
        ctx.beginPath();
        ctx.moveTo(x(frame.iteration), edge.top);
        ctx.lineTo(x(frame.iteration), edge.top + plotHeight);
        ctx.strokeStyle = MUTED_INK;
        ctx.lineWidth = 2;
        ctx.stroke();
      }
      const cursorAt = cursorRef.current;
      if (cursorAt !== null && samples > 0) {
        const s = nearestSample(frame.series, cursorAt);
        const cx = x(its[s]!);
        ctx.beginPath();
        ctx.moveTo(cx, edge.top);
        ctx.lineTo(cx, edge.top + plotHeight);
        ctx.setLineDash([4, 3]);
        ctx.strokeStyle = INK;
        ctx.lineWidth = 1.5;
        ctx.stroke();
        ctx.setLineDash([]);
        for (const layer of all) {
          ctx.beginPath();
          ctx.arc(cx, y(layer.value(s)), 5, 0, 2 * Math.PI);
          ctx.fillStyle = '#fff';
          ctx.fill();
          ctx.lineWidth = 2.5;
          ctx.strokeStyle = layer.color;
          ctx.stroke();
        }
      }
      ctx.restore();

      // Each line's name at its end, pushed apart so that none hides another.
      if (samples > 0) {
        const labelled = all.filter((l) => l.endLabel);
        const last = samples - 1;
        const size = fontSizeOf(labelFont);
        const ys = spreadLabels(
          labelled.map((l) => y(l.value(last))),
          Math.ceil(size * 1.15),
          edge.top + size / 2,
          // Within the plot's height, so the lowest name stays clear of the x ticks under it.
          edge.top + plotHeight - size / 2,
        );
        ctx.font = labelFont;
        ctx.textBaseline = 'middle';
        const boxes = labelled.map((layer, k) => {
          ctx.fillStyle = layer.color;
          ctx.fillText(layer.label, edge.left + plotWidth + 6, ys[k]!);
          const w = ctx.measureText(layer.label).width;
          return { text: layer.label, x: edge.left + plotWidth + 6, y: ys[k]! - size * 0.55, width: w, height: size * 1.1, fontSize: size };
        });
        // The labels drawn, for anyone checking their size and that none hides another (the canvas holds no text).
        const metrics = JSON.stringify(boxes.map((b) => ({ ...b, x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) })));
        if (!target && canvas.dataset.labels !== metrics) canvas.dataset.labels = metrics;
      }
      if (target) return;
      canvas.dataset.iteration = String(frame.iteration);
      canvas.dataset.trainedTo = String(frame.trainedTo);
    },
    [axis, height, labelFont, layers, mLeft, plotHeight, plotWidth, width],
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
      // The layers once per frame, for the axes' domain and the drawing both.
      const all = frame ? layers(frame) : [];
      const next = frame ? domainOf(frame, all, axis) : null;
      if (next && !sameDomain(domainRef.current, next)) {
        domainRef.current = next;
        setDomain(next); // the axes change: React renders them, and the layout effect below draws the lines
        return;
      }
      draw(frame, all);
      if (cursorRef.current !== null && frame) setReadout(readoutAt(frame, all, cursorRef.current, axis, domainRef.current?.xEnd ?? frame.trainedTo));
    },
    [axis, draw, layers],
  );
  // A chart nobody can see (under a view, scrolled away) skips the frames of a run, and catches up when seen.
  const seen = useSeen(boxRef, () => onFrame(frameRef.current));
  useFrameListener((frame) => {
    if (seen.current || !frame?.running) onFrame(frame);
    else frameRef.current = frame;
  });

  // After the axes rendered (or the size or axis kind changed): recompute the domain and draw, before paint.
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (frame) {
      const next = domainOf(frame, layers(frame), axis);
      if (!sameDomain(domainRef.current, next)) {
        domainRef.current = next;
        setDomain(next);
        return;
      }
    }
    draw(frame);
  }, [axis, domain, draw, layers]);

  const moveCursor = (iteration: number | null) => {
    cursorRef.current = iteration;
    const frame = frameRef.current;
    setReadout(frame ? readoutAt(frame, layers(frame), iteration, axis, domainRef.current?.xEnd ?? frame.trainedTo) : null);
    draw(frame);
  };

  const xScale = domain ? iterationScale(axis, domain.xEnd, [margin.left, margin.left + plotWidth]) : null;
  const yScale = domain ? scaleLinear().domain([domain.y0, domain.y1]).range([margin.top + plotHeight, margin.top]) : null;

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

  const readoutView: ReactNode = readout && (
    <>
      <strong>Iteration {formatCount(readout.iteration)}</strong>
      {readout.values.map((v) => (
        <span key={v.key} className="readout-row">
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="21" y2="5" stroke={v.color} strokeWidth="3" strokeDasharray={dashArray(v.dash)} />
          </svg>
          {v.label} = {formatValue(v.value, digits)}
        </span>
      ))}
      {readout.more > 0 && <span className="readout-row">and {readout.more} more rows</span>}
    </>
  );

  return (
    <div
      className="time-chart"
      ref={boxRef}
      tabIndex={0}
      role="group"
      aria-label={`${label}. Use the left and right arrow keys to read the values at each iteration.`}
      aria-describedby={readoutId}
      onPointerMove={onPointerMove}
      onPointerLeave={() => moveCursor(null)}
      onFocus={() => frameRef.current && moveCursor(frameRef.current.iteration)}
      onBlur={() => moveCursor(null)}
      onKeyDown={onKeyDown}
    >
      {/* The drawing's text alternative: the chart's name, and a summary of the iteration shown. */}
      <canvas ref={canvasRef} className="chart-canvas" style={{ width, height }} role="img" aria-label={label} aria-describedby={summaryId} />
      <ChartSummary id={summaryId} describe={describe} />
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
            xLabel={axis === 'log' ? 'Iteration (log scale)' : 'Iteration'}
            yLabel={yLabel}
            yLabelX={margin.yLabelX}
          />
        </svg>
      )}
      {!hasFrame && <p className="chart-empty">The chart appears with the first frame of training.</p>}
      <div id={readoutId} className={readout ? `chart-readout${readout.atLeft ? ' at-left' : ''}` : 'chart-readout is-empty'} aria-live="polite">
        {readoutView}
      </div>
    </div>
  );
}
