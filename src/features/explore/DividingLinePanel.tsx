import { useId, useRef, useState } from 'react';
import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { scaleLinear } from 'd3-scale';
import { boundaryInPlane, thirdIndex } from '../../core/boundary';
import { neuronOutput, sigmoid } from '../../core/neuronMath';
import { parseNumber, useLab, type LabState } from '../../state';
import { formatCount, formatDecimalText, formatTick, formatValue } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { ChartPanel } from '../../ui/ChartPanel';
import { INK } from '../../ui/palette';
import { AxisFrame } from '../../ui/AxisFrame';
import { briefNumber, DataTableToggle, useDataTable, type DataTableContent } from '../../ui/chartAccess';
import { PanelWithTable } from './PanelDataTable';
import { AxisChoice, chooseAxis } from './AxisChoice';
import { MarkLegend, SWATCH, type MarkLegendEntry } from './MarkLegend';
import { outputColour } from './outputColour';
import { planeBox, planePoints, rowsOnWrongSide } from './dividingLineModel';
import { plotMargin } from './plotMargin';
import { useShownFrame } from './useShownFrame';

/** The inputs' names in the axis choices, in the screen's language. */
const inputNames = () => [1, 2, 3].map((input) => t`input ${input}`);
const half = () => formatDecimalText('0.5');
const legend = (): MarkLegendEntry[] => {
  const value = half();
  return [
    { label: t`target 1`, swatch: SWATCH.targetOne },
    { label: t`target 0`, swatch: SWATCH.targetZero },
    { label: t`output ${value}`, swatch: SWATCH.boundary },
  ];
};
/** Colour stops of the shading: the sigmoid bends, so a few along the gradient keep its shape. */
const STOPS = 17;

const cross = (px: number, py: number) => `M${px - 8} ${py - 8} L${px + 8} ${py + 8} M${px + 8} ${py - 8} L${px - 8} ${py + 8}`;

interface Choice {
  axes: [number, number];
  fixed: number;
}

/** The line's equation with the numbers in: "9.67 x1 - 0.208 x2 - 4.63 = 0". */
function equation(w: ArrayLike<number>, { axes, fixed }: Choice): string {
  const third = thirdIndex(axes);
  const term = (value: number, name: string, first: boolean) => {
    const sign = value < 0 ? (first ? '-' : ' - ') : first ? '' : ' + ';
    return `${sign}${briefNumber(Math.abs(value))}${name}`;
  };
  const constant = w[third]! * fixed;
  return `${term(w[axes[0]]!, ` x${axes[0] + 1}`, true)}${term(w[axes[1]]!, ` x${axes[1] + 1}`, false)}${term(constant, '', false)} = 0`;
}

function lineSummary(state: Pick<LabState, 'frame' | 'dataset'>, choice: Choice): string {
  const { frame, dataset } = state;
  if (!frame) return t`no training yet`;
  const { axes, fixed } = choice;
  const third = thirdIndex(axes);
  const points = planePoints(dataset, axes, fixed);
  const wrong = rowsOnWrongSide(points, frame.weights, axes, fixed);
  const inPlane = points.filter((p) => p.onSlice).length;
  const segment = boundaryInPlane(frame.weights, axes, fixed, planeBox(dataset, axes));
  const value = half();
  const formula = segment ? equation(frame.weights, choice) : '';
  const line = segment ? t`the ${value} line is ${formula}` : t`no ${value} line crosses this view`;
  const iteration = formatCount(frame.iteration);
  const input = third + 1;
  const at = formatValue(fixed);
  const rows = plural(inPlane, { one: '# row in this plane', other: '# rows in this plane' });
  return t`iteration ${iteration}, input ${input} fixed at ${at}: ${line}; ${rows}, ${wrong} on the wrong side`;
}

function lineTable(state: Pick<LabState, 'frame' | 'dataset'>, choice: Choice): DataTableContent {
  const { axes, fixed } = choice;
  const third = thirdIndex(axes);
  const columns = [t`Row`, ...[axes[0] + 1, axes[1] + 1, third + 1].map((input) => t`Input ${input}`), t`Target`, t`Output`];
  const { frame, dataset } = state;
  if (!frame) return { caption: t`The dividing line: no training yet`, columns, rows: [] };
  const segment = boundaryInPlane(frame.weights, axes, fixed, planeBox(dataset, axes));
  const rows = dataset.inputs.map((row, r) => ({
    key: `r${r}`,
    header: rowName(r + 1),
    values: [row[axes[0]]!, row[axes[1]]!, row[third]!, dataset.targets[r]!, neuronOutput(row, frame.weights)],
  }));
  const ends = segment
    ? [
        { key: 'end1', header: t`Line, one end`, values: [segment.x1, segment.y1, fixed, null, 0.5] },
        { key: 'end2', header: t`Line, other end`, values: [segment.x2, segment.y2, fixed, null, 0.5] },
      ]
    : [];
  const iteration = formatCount(frame.iteration);
  const value = half();
  const input = third + 1;
  const at = formatValue(fixed);
  return { caption: t`At iteration ${iteration}: the table's rows and the ends of the ${value} line (input ${input} = ${at})`, columns, rows: [...rows, ...ends] };
}

const rowName = (n: number) => t`Row ${n}`;

/** Under the plot: the line's equation, how many rows it puts on the wrong side, and the rows not in this plane. */
function lineNote(w: ArrayLike<number>, choice: Choice, hasLine: boolean, wrong: number, offSlice: readonly number[]): string {
  const value = half();
  const formula = hasLine ? equation(w, choice) : '';
  const line = hasLine ? t`Line: ${formula}.` : t`No ${value} line in this view.`;
  const sides = wrong === 0 ? t`Every row in this plane is on its side.` : plural(wrong, { one: '# row is on the wrong side.', other: '# rows are on the wrong side.' });
  if (offSlice.length === 0) return `${line} ${sides}`;
  const input = thirdIndex(choice.axes) + 1;
  const at = formatValue(choice.fixed);
  const rows = offSlice.join(', ');
  const count = offSlice.length;
  const off = plural(count, { one: `Not in this plane (input ${input} is not ${at}): row ${rows}.`, other: `Not in this plane (input ${input} is not ${at}): rows ${rows}.` });
  return `${line} ${sides} ${off}`;
}

/**
 * "The dividing line": two inputs as axes, the third fixed at a value the learner picks; the neuron's output as
 * shading, its 0.5 boundary w . x = 0 as a line, the table's rows in that plane as points shaped by target. With
 * XOR no line puts every row on its side.
 */
export function DividingLinePanel() {
  const frame = useShownFrame();
  const dataset = useLab((s) => s.dataset);
  const margin = plotMargin(useLab((s) => s.presenter));
  const [choice, setChoice] = useState<Choice>({ axes: [0, 1], fixed: 1 });
  const [fixedText, setFixedText] = useState('1');
  const [fixedProblem, setFixedProblem] = useState<string | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const summaryId = useId();
  const gradientId = `line-shade-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const table = useDataTable();
  const { axes, fixed } = choice;
  const third = thirdIndex(axes);
  const thirdInput = third + 1;
  const across = axes[0] + 1;
  const up = axes[1] + 1;

  const setFixed = (text: string) => {
    setFixedText(text);
    const parsed = parseNumber(text);
    if (parsed.ok && Math.abs(parsed.value) <= 1e6) {
      setFixedProblem(null);
      setChoice((c) => ({ ...c, fixed: parsed.value }));
    } else {
      const input = third + 1;
      const typed = text.trim();
      const reason = parsed.ok ? t`${typed} is too large (at most 1000000)` : parsed.reason;
      const at = formatValue(fixed);
      setFixedProblem(t`Input ${input}: ${reason}; the plane stays at ${at}.`);
    }
  };

  const box = planeBox(dataset, axes);
  const plotWidth = Math.max(10, width - margin.left - margin.right);
  const plotHeight = Math.max(10, height - margin.top - margin.bottom);
  const x = scaleLinear().domain([box.xMin, box.xMax]).range([margin.left, margin.left + plotWidth]);
  const y = scaleLinear().domain([box.yMin, box.yMax]).range([margin.top + plotHeight, margin.top]);
  const points = planePoints(dataset, axes, fixed);
  const offSlice = points.filter((p) => !p.onSlice);
  const w = frame?.weights ?? null;
  const segment = w ? boundaryInPlane(w, axes, fixed, box) : null;
  const wrong = w ? rowsOnWrongSide(points, w, axes, fixed) : 0;

  // The output varies only across the line, so a linear gradient along the normal, from the corner of least z to
  // the corner of most z, paints it exactly (at the stops; the sigmoid between is near straight).
  let shade: { x1: number; y1: number; x2: number; y2: number; stops: { offset: number; colour: string }[] } | null = null;
  if (w) {
    const zAt = (px: number, py: number) => w[axes[0]]! * x.invert(px) + w[axes[1]]! * y.invert(py) + w[third]! * fixed;
    const corners = [
      [margin.left, margin.top],
      [margin.left + plotWidth, margin.top],
      [margin.left, margin.top + plotHeight],
      [margin.left + plotWidth, margin.top + plotHeight],
    ].map(([px, py]) => ({ px: px!, py: py!, z: zAt(px!, py!) }));
    const low = corners.reduce((a, b) => (b.z < a.z ? b : a));
    const high = corners.reduce((a, b) => (b.z > a.z ? b : a));
    const gx = (zAt(low.px + 1, low.py) - low.z);
    const gy = (zAt(low.px, low.py + 1) - low.z);
    const norm = gx * gx + gy * gy;
    const span = high.z - low.z;
    if (norm > 0 && span > 0) {
      shade = {
        x1: low.px,
        y1: low.py,
        x2: low.px + (gx * span) / norm,
        y2: low.py + (gy * span) / norm,
        stops: Array.from({ length: STOPS }, (_, k) => ({ offset: k / (STOPS - 1), colour: outputColour(sigmoid(low.z + (span * k) / (STOPS - 1))) })),
      };
    }
  }
  const flatColour = w ? outputColour(sigmoid(w[third]! * fixed)) : '#fff';
  const state = { frame, dataset } as Pick<LabState, 'frame' | 'dataset'>;
  const summary = lineSummary(state, choice);

  return (
    <ChartPanel
      id="line"
      title={t`The dividing line`}
      legend={<MarkLegend entries={legend()} />}
      action={<DataTableToggle table={table} chart={t`Dividing line`} />}
      tools={
        <span className="explore-tools">
          <AxisChoice label={t`Across`} names={inputNames()} value={axes[0]} onChange={(v) => setChoice((c) => ({ ...c, axes: chooseAxis(c.axes, 0, v) }))} />
          <AxisChoice label={t`Up`} names={inputNames()} value={axes[1]} onChange={(v) => setChoice((c) => ({ ...c, axes: chooseAxis(c.axes, 1, v) }))} />
          <span className="axis-choice">
            <label htmlFor={`${gradientId}-fixed`}>{t`input ${thirdInput} =`}</label>
            <input
              id={`${gradientId}-fixed`}
              className="fixed-input"
              inputMode="decimal"
              value={fixedText}
              aria-invalid={fixedProblem !== null}
              aria-describedby={fixedProblem ? `${gradientId}-problem` : undefined}
              onChange={(event) => setFixed(event.target.value)}
            />
          </span>
        </span>
      }
    >
      <PanelWithTable table={table} title={t`The dividing line`} content={lineTable(state, choice)}>
        <div className="explore-plot">
          <div className="svg-box" ref={boxRef}>
            {width > 0 && (
              <svg width={width} height={height} role="img" aria-label={t`The neuron's output over inputs ${across} and ${up}`} aria-describedby={summaryId}>
                {shade && (
                  <defs>
                    <linearGradient id={gradientId} gradientUnits="userSpaceOnUse" x1={shade.x1} y1={shade.y1} x2={shade.x2} y2={shade.y2}>
                      {shade.stops.map((stop) => (
                        <stop key={stop.offset} offset={stop.offset} stopColor={stop.colour} />
                      ))}
                    </linearGradient>
                  </defs>
                )}
                <rect x={margin.left} y={margin.top} width={plotWidth} height={plotHeight} fill={shade ? `url(#${gradientId})` : flatColour} />
                {x.ticks(5).map((t) => (
                  <text key={`x${t}`} x={x(t)} y={margin.top + plotHeight + 17} textAnchor="middle" className="tick">
                    {formatTick(t)}
                  </text>
                ))}
                {y.ticks(5).map((t) => (
                  <text key={`y${t}`} x={margin.left - 6} y={y(t)} dy="0.35em" textAnchor="end" className="tick">
                    {formatTick(t)}
                  </text>
                ))}
                <AxisFrame left={margin.left} top={margin.top} plotWidth={plotWidth} plotHeight={plotHeight} height={height} xLabel={t`Input ${across}`} yLabel={t`Input ${up}`} />
                {segment && (
                  <line
                    className="boundary-line"
                    data-testid="boundary-line"
                    x1={x(segment.x1)}
                    y1={y(segment.y1)}
                    x2={x(segment.x2)}
                    y2={y(segment.y2)}
                    stroke={INK}
                    strokeWidth={3}
                  />
                )}
                {points
                  .filter((p) => p.onSlice)
                  .map((p) => {
                    const px = x(p.x);
                    const py = y(p.y);
                    // Labels turn to the left in the right half, so none runs off the plot.
                    const flip = px > margin.left + plotWidth / 2;
                    const row = p.row;
                    return (
                      <g key={p.row} className="plane-point" data-row={p.row}>
                        {/* Black on white whatever the shading under it: a ringed dot for target 1, a cross for 0. */}
                        {p.target >= 0.5 ? (
                          <>
                            <circle cx={px} cy={py} r={10} fill="#fff" stroke={INK} strokeWidth={3} />
                            <circle cx={px} cy={py} r={3.5} fill={INK} />
                          </>
                        ) : (
                          <>
                            <path d={cross(px, py)} stroke="#fff" strokeWidth={9} strokeLinecap="round" />
                            <path d={cross(px, py)} stroke={INK} strokeWidth={4} strokeLinecap="round" />
                          </>
                        )}
                        <text x={flip ? px - 14 : px + 14} y={py - 12} textAnchor={flip ? 'end' : 'start'} className="point-label halo">
                          {t`row ${row}`}
                        </text>
                      </g>
                    );
                  })}
              </svg>
            )}
            {!frame && (
              <p className="chart-empty">
                <Trans>The line appears with the first frame of training.</Trans>
              </p>
            )}
            <p id={summaryId} className="visually-hidden">
              {summary}
            </p>
          </div>
          <p className="explore-note" aria-live="off">
            {fixedProblem ? (
              <span id={`${gradientId}-problem`} className="field-problem">
                {fixedProblem}
              </span>
            ) : (
              w && lineNote(w, choice, segment !== null, wrong, offSlice.map((p) => p.row))
            )}
          </p>
        </div>
      </PanelWithTable>
    </ChartPanel>
  );
}
