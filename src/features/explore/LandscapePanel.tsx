import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { scaleLinear } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { line } from 'd3-shape';
import { thirdIndex } from '../../core/boundary';
import { useLab } from '../../state';
import { formatTick } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { ChartPanel } from '../../ui/ChartPanel';
import { INK } from '../../ui/palette';
import { AxisFrame } from '../../ui/AxisFrame';
import { DataTableToggle, useDataTable } from '../../ui/chartAccess';
import type { LandscapeAnswer, LandscapeFailure } from '../../worker/landscapeProtocol';
import { landscapeFailureText } from '../../text/coreProblemText';
import { AxisChoice, chooseAxis } from './AxisChoice';
import { LandscapeClient, type LandscapeAsk, type LandscapeWorkerLike } from './landscapeClient';
import { axisRange, LANDSCAPE_CELLS, LANDSCAPE_LEVELS, lowestMark, markerInside, ringsPath, visiblePoints, weightPath } from './landscapeModel';
import { landscapeSummary, landscapeTable, lowestWeights } from './landscapeText';
import { MarkLegend, type MarkLegendEntry } from './MarkLegend';
import { PanelWithTable } from './PanelDataTable';
import { plotMargin, type PlotMargin } from './plotMargin';
import { useShownFrame } from './useShownFrame';

const WEIGHT_NAMES = ['w1', 'w2', 'w3'];
/** The markers' strokes, and the circle's half-size with its stroke: its 8 px radius plus half a stroke. */
const LOWEST_STROKE = 2.5;
const NOW_REACH = 8 + 3 / 2;
/** Half a grid cell of the surface on screen, across and up. */
function cellHalf(answer: LandscapeAnswer, x: (v: number) => number, y: (v: number) => number): [number, number] {
  const across = (answer.xRange[1] - answer.xRange[0]) / answer.columns;
  const up = (answer.yRange[1] - answer.yRange[0]) / answer.rows;
  return [Math.abs(x(across) - x(0)) / 2, Math.abs(y(up) - y(0)) / 2];
}

/** The legend's marks, made once (the legend is rendered again only when its words or marks change). */
const LEGEND_SWATCH = {
  low: <rect x="4" y="2" width="22" height="12" fill={interpolateViridis(0)} />,
  high: <rect x="4" y="2" width="22" height="12" fill={interpolateViridis(1)} stroke="#777" />,
  path: (
    <>
      <line x1="1" y1="8" x2="29" y2="8" stroke={INK} strokeWidth="5" />
      <line x1="1" y1="8" x2="29" y2="8" stroke="#fff" strokeWidth="2.5" />
    </>
  ),
  now: <circle cx="15" cy="8" r="6" fill="#fff" stroke={INK} strokeWidth="2.5" />,
  lowest: <path d="M15 1 L22 8 L15 15 L8 8 Z" fill="#fff" stroke={INK} strokeWidth="2" />,
};

/** The legend, worded in the screen's language each time it is drawn. */
const legend = (): MarkLegendEntry[] => [
  { label: t`low error`, swatch: LEGEND_SWATCH.low },
  { label: t`high`, swatch: LEGEND_SWATCH.high },
  { label: t`path`, swatch: LEGEND_SWATCH.path },
  { label: t`now`, swatch: LEGEND_SWATCH.now },
  { label: t`lowest`, swatch: LEGEND_SWATCH.lowest },
];

function createLandscapeWorker(): LandscapeWorkerLike {
  return new Worker(new URL('../../worker/landscape.worker.ts', import.meta.url), { type: 'module' }) as unknown as LandscapeWorkerLike;
}

/** The bands of an answer as SVG paths in grid cells, built once per answer. */
function bandPaths(answer: LandscapeAnswer | null): { d: string; colour: string; value: number }[] {
  if (!answer) return [];
  const count = answer.bands.length;
  return answer.bands.map((band, k) => ({ d: ringsPath(band.coordinates), colour: interpolateViridis(count > 1 ? k / (count - 1) : 0), value: band.value }));
}

function plotArea(width: number, height: number, margin: PlotMargin) {
  return { plotWidth: Math.max(10, width - margin.left - margin.right), plotHeight: Math.max(10, height - margin.top - margin.bottom) };
}

interface SurfaceProps {
  width: number;
  height: number;
  answer: LandscapeAnswer | null;
  bands: { d: string; colour: string; value: number }[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  xLabel: string;
  yLabel: string;
  clipId: string;
  margin: PlotMargin;
}

/**
 * The surface under the marks: the bands, ticks and axes, in an SVG of its own that the browser keeps as its own
 * layer (will-change), so the path and point moving over it at 10 Hz never repaint thousands of contour vertices.
 * It redraws only with a new grid or a new size (memo on numbers and the answer).
 */
const LandscapeSurface = memo(function LandscapeSurface({ width, height, answer, bands, x0, x1, y0, y1, xLabel, yLabel, clipId, margin }: SurfaceProps) {
  const { plotWidth, plotHeight } = plotArea(width, height, margin);
  const x = scaleLinear().domain([x0, x1]).range([margin.left, margin.left + plotWidth]);
  const y = scaleLinear().domain([y0, y1]).range([margin.top + plotHeight, margin.top]);
  // The answer's grid may be a little behind the axes during a run: its cells are placed by its own ranges.
  const gridTransform = answer
    ? `translate(${x(answer.xRange[0])} ${y(answer.yRange[0])}) scale(${(x(answer.xRange[1]) - x(answer.xRange[0])) / answer.columns} ${(y(answer.yRange[1]) - y(answer.yRange[0])) / answer.rows})`
    : undefined;
  return (
    <svg width={width} height={height} className="landscape-surface" aria-hidden="true">
      <defs>
        <clipPath id={clipId}>
          <rect x={margin.left} y={margin.top} width={plotWidth} height={plotHeight} />
        </clipPath>
      </defs>
      <rect x={margin.left} y={margin.top} width={plotWidth} height={plotHeight} fill={bands[0]?.colour ?? '#eee'} data-testid="landscape-plot" />
      <g clipPath={`url(#${clipId})`}>
        <g transform={gridTransform} className="landscape-bands">
          {bands.map((band, k) => (
            <path key={k} d={band.d} fill={band.colour} stroke="#fff" strokeOpacity={0.55} strokeWidth={0.8} vectorEffect="non-scaling-stroke" data-error={band.value} />
          ))}
        </g>
      </g>
      {x.ticks(6).map((t) => (
        <text key={`x${t}`} x={x(t)} y={margin.top + plotHeight + 17} textAnchor="middle" className="tick">
          {formatTick(t)}
        </text>
      ))}
      {y.ticks(6).map((t) => (
        <text key={`y${t}`} x={margin.left - 6} y={y(t)} dy="0.35em" textAnchor="end" className="tick">
          {formatTick(t)}
        </text>
      ))}
      <AxisFrame left={margin.left} top={margin.top} plotWidth={plotWidth} plotHeight={plotHeight} height={height} xLabel={xLabel} yLabel={yLabel} />
    </svg>
  );
});

/**
 * "Error landscape": the table's mean squared error over two weights the learner picks (w1 and w3 at first), the
 * third at its value at the iteration shown: filled contours (d3-contour, computed with the grid in the landscape
 * worker), the run's path over those weights from the history, the point shown and the lowest point in view.
 */
export function LandscapePanel() {
  const frame = useShownFrame();
  const dataset = useLab((s) => s.dataset);
  const running = useLab((s) => s.running);
  const digits = useLab((s) => s.digits);
  const presenter = useLab((s) => s.presenter);
  const [axes, setAxes] = useState<[number, number]>([0, 2]);
  const [answer, setAnswer] = useState<LandscapeAnswer | null>(null);
  const [failure, setFailure] = useState<LandscapeFailure | null>(null);
  const failureReason = failure ? landscapeFailureText(failure) : '';
  const client = useRef<LandscapeClient | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const summaryId = useId();
  const clipId = `landscape-clip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const table = useDataTable();
  const third = thirdIndex(axes);

  useEffect(() => {
    const created = new LandscapeClient({
      createWorker: createLandscapeWorker,
      onAnswer: (next) => {
        setFailure(null);
        setAnswer(next);
      },
      onFailure: setFailure,
      now: () => performance.now(),
      schedule(callback, delayMs) {
        const timer = setTimeout(callback, delayMs);
        return () => clearTimeout(timer);
      },
    });
    client.current = created;
    return () => created.dispose();
  }, []);

  const n = frame?.inputCount ?? 3;
  const xRange = frame ? axisRange(frame.series, n, axes[0], frame.weights[axes[0]]!) : null;
  const yRange = frame ? axisRange(frame.series, n, axes[1], frame.weights[axes[1]]!) : null;
  // The request as text: the effect below runs when (and only when) what the grid depends on changes.
  const askText =
    frame && xRange && yRange
      ? JSON.stringify({
          inputs: dataset.inputs.flat(),
          targets: dataset.targets,
          weights: Array.from(frame.weights),
          axes,
          xRange,
          yRange,
          columns: LANDSCAPE_CELLS,
          rows: LANDSCAPE_CELLS,
          levels: LANDSCAPE_LEVELS,
        })
      : null;
  useEffect(() => {
    if (askText !== null) client.current?.request(JSON.parse(askText) as LandscapeAsk, running);
  }, [askText, running]);

  const bands = useMemo(() => bandPaths(answer), [answer]);
  const margin = plotMargin(presenter);
  const { plotWidth, plotHeight } = plotArea(width, height, margin);
  const x = scaleLinear().domain(xRange ?? [-1, 1]).range([margin.left, margin.left + plotWidth]);
  const y = scaleLinear().domain(yRange ?? [-1, 1]).range([margin.top + plotHeight, margin.top]);
  const path = frame ? weightPath(frame.series, n, axes, frame.iteration, frame.weights) : [];
  const pathD = line()(visiblePoints(path.map(([a, b]) => [x(a), y(b)]))) ?? '';
  const now = path[path.length - 1];
  const low = answer ? lowestWeights(answer) : null;
  const plot = { left: margin.left, top: margin.top, width: plotWidth, height: plotHeight };
  const nowAt = now ? markerInside(x(now[0]), y(now[1]), NOW_REACH, plot) : null;
  const lowMark = low && answer ? lowestMark([x(low.a), y(low.b)], cellHalf(answer, x, y), nowAt, NOW_REACH) : null;
  const lowHalf = lowMark?.half ?? 0;
  const lowAt = lowMark ? markerInside(lowMark.at[0], lowMark.at[1], lowHalf + LOWEST_STROKE / 2, plot) : null;
  const summary = landscapeSummary(frame, answer, axes, third, digits);
  const acrossName = WEIGHT_NAMES[axes[0]]!;
  const upName = WEIGHT_NAMES[axes[1]]!;

  return (
    <ChartPanel
      id="landscape"
      title={t`Error landscape`}
      legend={<MarkLegend entries={legend()} />}
      action={<DataTableToggle table={table} chart={t`Error landscape`} />}
      tools={
        <span className="explore-tools">
          <AxisChoice label={t`Across`} names={WEIGHT_NAMES} value={axes[0]} onChange={(v) => setAxes((a) => chooseAxis(a, 0, v))} />
          <AxisChoice label={t`Up`} names={WEIGHT_NAMES} value={axes[1]} onChange={(v) => setAxes((a) => chooseAxis(a, 1, v))} />
        </span>
      }
    >
      <PanelWithTable table={table} title={t`Error landscape`} content={landscapeTable(frame, answer, axes, third, digits)}>
        <div className="explore-plot">
          <div className="svg-box" ref={boxRef}>
            {width > 0 && frame && (
              <>
                <LandscapeSurface
                  width={width}
                  height={height}
                  answer={answer}
                  bands={bands}
                  x0={x.domain()[0]!}
                  x1={x.domain()[1]!}
                  y0={y.domain()[0]!}
                  y1={y.domain()[1]!}
                  xLabel={WEIGHT_NAMES[axes[0]]!}
                  yLabel={WEIGHT_NAMES[axes[1]]!}
                  clipId={`${clipId}-surface`}
                  margin={margin}
                />
                <svg width={width} height={height} role="img" aria-label={t`Mean squared error over ${acrossName} and ${upName}`} aria-describedby={summaryId}>
                  <defs>
                    <clipPath id={clipId}>
                      <rect x={margin.left} y={margin.top} width={plotWidth} height={plotHeight} />
                    </clipPath>
                  </defs>
                  <g clipPath={`url(#${clipId})`}>
                    <path d={pathD} fill="none" stroke={INK} strokeWidth={5} strokeLinejoin="round" />
                    <path d={pathD} fill="none" stroke="#fff" strokeWidth={2.5} strokeLinejoin="round" data-testid="landscape-path" />
                  </g>
                  {/* The markers outside the clip, pressed inside the plot at its edges: the lowest point in view is
                      often an edge cell, and a clipped marker there was cut in half. */}
                  {lowAt && (
                    <path
                      d={`M${lowAt[0]} ${lowAt[1] - lowHalf} L${lowAt[0] + lowHalf} ${lowAt[1]} L${lowAt[0]} ${lowAt[1] + lowHalf} L${lowAt[0] - lowHalf} ${lowAt[1]} Z`}
                      fill="#fff"
                      stroke={INK}
                      strokeWidth={LOWEST_STROKE}
                      // Round corners: a mitred corner reaches 1.8 px past its point, a round one half the stroke.
                      strokeLinejoin="round"
                      data-testid="landscape-lowest"
                    />
                  )}
                  {now && nowAt && (
                    <circle cx={nowAt[0]} cy={nowAt[1]} r={8} fill="#fff" stroke={INK} strokeWidth={3} data-testid="landscape-now" data-weights={`${now[0]},${now[1]}`} />
                  )}
                </svg>
              </>
            )}
            {!frame && (
              <p className="chart-empty">
                <Trans>The landscape appears with the first frame of training.</Trans>
              </p>
            )}
          </div>
          <p id={summaryId} className="explore-note landscape-summary" data-testid="landscape-summary">
            {failure ? t`The surface could not be computed: ${failureReason}` : summary}
          </p>
        </div>
      </PanelWithTable>
    </ChartPanel>
  );
}
