import { memo, useId, useRef, useState } from 'react';
import { line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { sigmoid, sigmoidSlope } from '../../core';
import { useLab } from '../../state';
import { formatTick, formatValue, type Digits } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { GRID, INK, MUTED_INK, NEGATIVE, POSITIVE, dashArray } from '../../ui/palette';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { sigmoidModel, type SigmoidMark } from './sigmoidModel';
import { AxisFrame } from './AxisFrame';
import { useLatestFrame } from '../../ui/useFrame';
import { ChartSummary, ChartWithTable, DataTableToggle, useDataTable } from '../a11y';
import { sigmoidSummary, sigmoidTable } from './chartText';

const MARGIN = { top: 14, right: 18, bottom: 48, left: 62 };
/** The slope curve and its label (7.7:1 on white). */
export const SLOPE_COLOR = '#8A3F75';
const SLOPE_DASH = [8, 5];
const CURVE_POINTS = 161;

// The two curves are labelled where they are drawn; the legend explains the marks.
const LEGEND: LegendEntry[] = [
  { label: 'target 1', color: POSITIVE, mark: 'filled-circle' },
  { label: 'target 0', color: NEGATIVE, mark: 'open-circle' },
  { label: 'test input', color: INK, mark: 'diamond' },
];

type Active = { kind: 'row'; row: number } | { kind: 'test' } | null;

function describeRow(mark: SigmoidMark, digits: Digits): string {
  const f = (value: number) => formatValue(value, digits);
  return `Row ${mark.row + 1}: z = ${f(mark.z)}, output = ${f(mark.output)}, target = ${f(mark.target)}, slope = ${f(mark.slope)}`;
}

/**
 * Everything that moves only when the z range or the size changes: grid, axes, the two curves and their labels.
 * Memoised, so a frame re-renders only the marks.
 */
const SigmoidBackdrop = memo(function SigmoidBackdrop({ width, height, zLimit }: { width: number; height: number; zLimit: number }) {
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const x = scaleLinear().domain([-zLimit, zLimit]).range([MARGIN.left, MARGIN.left + plotWidth]);
  const y = scaleLinear().domain([0, 1]).range([MARGIN.top + plotHeight, MARGIN.top]);
  const zs = Array.from({ length: CURVE_POINTS }, (_, i) => -zLimit + (2 * zLimit * i) / (CURVE_POINTS - 1));
  const curves = {
    sigmoid: line<number>().x(x).y((z) => y(sigmoid(z)))(zs) ?? '',
    slope: line<number>().x(x).y((z) => y(sigmoidSlope(sigmoid(z))))(zs) ?? '',
  };
  return (
    <>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={`y${tick}`} transform={`translate(0,${y(tick)})`}>
          <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} stroke={GRID} />
          <text x={MARGIN.left - 8} dy="0.35em" textAnchor="end" className="tick">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {x.ticks(5).map((tick) => (
        <g key={`x${tick}`} transform={`translate(${x(tick)},0)`}>
          <line y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke={tick === 0 ? MUTED_INK : GRID} />
          <text y={MARGIN.top + plotHeight + 22} textAnchor="middle" className="tick">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      <AxisFrame
        left={MARGIN.left}
        top={MARGIN.top}
        plotWidth={plotWidth}
        plotHeight={plotHeight}
        height={height}
        xLabel="z = inputs · weights"
        yLabel="Output"
      />
      <path d={curves.slope} fill="none" stroke={SLOPE_COLOR} strokeWidth={2.5} strokeDasharray={dashArray(SLOPE_DASH)} />
      <path d={curves.sigmoid} fill="none" stroke={INK} strokeWidth={3} />
      <text x={MARGIN.left + 8} y={y(0.9)} textAnchor="start" className="curve-label halo">
        sigmoid(z)
      </text>
      <text x={MARGIN.left + 8} y={y(0.33)} textAnchor="start" className="curve-label halo" fill={SLOPE_COLOR}>
        slope out(1 - out)
      </text>
    </>
  );
});

/**
 * The sigmoid with each training row on it at its weighted sum z = inputs . weights, the test case as a
 * diamond, and the slope out * (1 - out) that scales every update. The marks move as the weights change:
 * rows with target 1 climb towards the top, rows with target 0 slide to the bottom, where the slope is flat.
 */
export function SigmoidChart() {
  const frame = useLatestFrame();
  const dataset = useLab((s) => s.dataset);
  const testInput = useLab((s) => s.testInput);
  const digits = useLab((s) => s.digits);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const [active, setActive] = useState<Active>(null);
  const summaryId = useId();
  const table = useDataTable();

  const model = frame ? sigmoidModel(frame, dataset.inputs, dataset.targets, testInput) : null;
  const zLimit = model?.zLimit ?? 6;
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const x = scaleLinear().domain([-zLimit, zLimit]).range([MARGIN.left, MARGIN.left + plotWidth]);
  const y = scaleLinear().domain([0, 1]).range([MARGIN.top + plotHeight, MARGIN.top]);


  const clampX = (z: number) => x(Math.max(-zLimit, Math.min(zLimit, z)));
  const activeText =
    model && active?.kind === 'row' && model.rows[active.row]
      ? describeRow(model.rows[active.row]!, digits)
      : model && active?.kind === 'test'
        ? `Test input: z = ${formatValue(model.test.z, digits)}, prediction = ${formatValue(model.test.output, digits)}, slope = ${formatValue(model.test.slope, digits)}`
        : null;

  // The readout sits in the half of the plot away from the mark it reads, so it never hides that mark or its focus ring.
  const activeOutput = model && active?.kind === 'row' ? model.rows[active.row]?.output : active?.kind === 'test' ? model?.test.output : undefined;
  const readoutAtTop = activeOutput !== undefined && activeOutput < 0.5;

  const hoverProps = (next: Active) => ({
    tabIndex: 0,
    onPointerEnter: () => setActive(next),
    onPointerLeave: () => setActive(null),
    onFocus: () => setActive(next),
    onBlur: () => setActive(null),
  });

  return (
    <ChartPanel
      id="sigmoid"
      title="Each row on the sigmoid"
      legend={<Legend entries={LEGEND} />}
      action={<DataTableToggle table={table} chart="Sigmoid" />}
    >
      <ChartWithTable table={table} title="Each row on the sigmoid" build={sigmoidTable}>
        <div className="svg-chart" ref={boxRef}>
          {width > 0 && (
            <svg width={width} height={height} role="group" aria-label="Sigmoid chart: the training rows and the test input on the curve sigmoid(z)">
              {/* The drawing's text alternative; each mark below is also focusable and named on its own. */}
              <g role="img" aria-label="Each row on the sigmoid" aria-describedby={summaryId}>
                <SigmoidBackdrop width={width} height={height} zLimit={zLimit} />
              </g>
              {model?.rows.map((mark) => {
                const cx = clampX(mark.z);
                const high = mark.target >= 0.5;
                const color = high ? POSITIVE : NEGATIVE;
                return (
                  <g key={mark.row} className="mark" aria-label={describeRow(mark, digits)} role="img" data-testid={`sigmoid-row-${mark.row + 1}`} data-z={String(mark.z)} {...hoverProps({ kind: 'row', row: mark.row })}>
                    {/* From the output to the target: the row's error, the gap training closes. */}
                    <line x1={cx} x2={cx} y1={y(mark.output)} y2={y(mark.target)} stroke={color} strokeWidth={2} strokeDasharray="3 3" />
                    <line x1={cx - 9} x2={cx + 9} y1={y(mark.target)} y2={y(mark.target)} stroke={color} strokeWidth={3} />
                    <circle cx={cx} cy={y(mark.output)} r={13} fill={high ? POSITIVE : '#fff'} stroke={color} strokeWidth={3} />
                    <text x={cx} y={y(mark.output)} dy="0.36em" textAnchor="middle" className="mark-label" fill={high ? '#fff' : INK}>
                      {mark.row + 1}
                    </text>
                  </g>
                );
              })}
              {model && (
                <g className="mark" role="img" aria-label={`Test input: prediction ${formatValue(model.test.output, digits)}`} {...hoverProps({ kind: 'test' })}>
                  {/* An open diamond around the point: the test input often equals a training row (it does in the
                      tutorial), and the row's circle must stay visible inside it. */}
                  <path
                    transform={`translate(${clampX(model.test.z)},${y(model.test.output)})`}
                    d="M0 -20 L20 0 L0 20 L-20 0 Z"
                    fill="none"
                    stroke={INK}
                    strokeWidth={3}
                  />
                  <text x={clampX(model.test.z) + (model.test.z > 0 ? -24 : 24)} y={y(model.test.output)} dy="0.36em" textAnchor={model.test.z > 0 ? 'end' : 'start'} className="mark-label halo">
                    test
                  </text>
                </g>
              )}
            </svg>
          )}
          {!frame && <p className="chart-empty">The chart appears with the first frame of training.</p>}
          <div className={activeText ? `chart-readout${readoutAtTop ? ' at-top' : ''}` : 'chart-readout is-empty'} aria-live="polite">
            {activeText}
          </div>
          <ChartSummary id={summaryId} describe={sigmoidSummary} />
        </div>
      </ChartWithTable>
    </ChartPanel>
  );
}
