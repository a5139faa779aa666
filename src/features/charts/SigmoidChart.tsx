import { memo, useId, useRef, useState } from 'react';
import { linearScale, type LinearScale } from '../../ui/plainScales';
import { linePathText } from '../../ui/tracePath';
import { sigmoid, sigmoidSlope } from '../../core';
import { PANEL_TITLES, trainingAt, useLab, useLabStore, useRunB } from '../../state';
import { formatTick, formatValue, type Digits } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { GRID, INK, MUTED_INK, NEGATIVE, POSITIVE, SLOPE_COLOR, dashArray } from '../../ui/palette';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { sigmoidModel, type SigmoidMark } from './sigmoidModel';
import { textBox, type Box } from '../../ui/geometry';
import { chartMargins, legibleTicks, type ChartMargins } from './chartMargins';
import { placeBox, placeMarks, type Obstacle } from './placement';
import { useClassFonts } from '../../ui/useClassFonts';
import { fontSizeOf, textWidth } from '../../ui/textMetrics';
import { AxisFrame } from '../../ui/AxisFrame';
import { useLatestFrame } from '../../ui/useFrame';
import { useRunText } from '../../ui/textClock';
import { useStepFrom } from '../../ui/StepChange';
import { SigmoidGhost } from './SigmoidGhost';
import { ChartSummary, ChartWithTable, DataTableToggle, useDataTable } from '../../ui/chartAccess';
import { sigmoidSummary, sigmoidTable } from './chartText';

// Room at the top and right for the test diamond (20 px from its point) at an output of 1 or the widest z.
const TOP = 24;
const RIGHT = 24;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Half the test diamond's width. */
const DIAMOND = 20;
/** The text classes measured to place the labels, in the fonts the stylesheet gives them. */
const FONTS = ['mark-label', 'curve-label', 'tick', 'axis-label'] as const;
const DEFAULT_FONT = '700 15px system-ui';

type Fonts = Record<string, string> | null;

/** The plot's margins for the fonts the axes are drawn in. */
function marginsFor(fonts: Fonts): ChartMargins {
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? DEFAULT_FONT;
  return chartMargins(font('tick'), font('axis-label'), Y_TICKS.map((t) => textWidth(formatTick(t), font('tick'))), TOP, RIGHT);
}
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
 * Everything that moves only when the z range or the size changes: grid, axes and the two curves.
 * Memoised, so a frame re-renders only the marks.
 */
const SigmoidBackdrop = memo(function SigmoidBackdrop({ width, height, zLimit, fonts }: { width: number; height: number; zLimit: number; fonts: Fonts }) {
  const MARGIN = marginsFor(fonts);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const x = linearScale([-zLimit, zLimit], [MARGIN.left, MARGIN.left + plotWidth]);
  const y = linearScale([0, 1], [MARGIN.top + plotHeight, MARGIN.top]);
  const zs = Array.from({ length: CURVE_POINTS }, (_, i) => -zLimit + (2 * zLimit * i) / (CURVE_POINTS - 1));
  // d3-shape's line() text, without d3 on the first load (tracePath.test.ts holds them equal).
  const curves = {
    sigmoid: linePathText(zs.length, (i) => x(zs[i]!), (i) => y(sigmoid(zs[i]!))),
    slope: linePathText(zs.length, (i) => x(zs[i]!), (i) => y(sigmoidSlope(sigmoid(zs[i]!)))),
  };
  return (
    <>
      {Y_TICKS.map((tick) => (
        <g key={`y${tick}`} transform={`translate(0,${y(tick)})`}>
          <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} stroke={GRID} />
          <text x={MARGIN.left - 8} dy="0.35em" textAnchor="end" className="tick">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {xTicks(x, fonts).map((tick) => (
        <g key={`x${tick}`} transform={`translate(${x(tick)},0)`}>
          <line y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke={tick === 0 ? MUTED_INK : GRID} />
          <text y={MARGIN.top + plotHeight + MARGIN.tickBaseline} textAnchor="middle" className="tick">
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
        yLabelX={MARGIN.yLabelX}
      />
      <path d={curves.slope} fill="none" stroke={SLOPE_COLOR} strokeWidth={2.5} strokeDasharray={dashArray(SLOPE_DASH)} />
      <path d={curves.sigmoid} fill="none" stroke={INK} strokeWidth={3} />
    </>
  );
});

/** A placed label's text attributes: its box's left edge and middle, the text anchored at the start. */
function labelAt(box: Box) {
  return { x: box.x, y: box.y + box.height / 2, dy: '0.36em', textAnchor: 'start' as const };
}

type Scale = (value: number) => number;

/** The z axis's ticks, as many as have room for their labels. */
function xTicks(x: LinearScale, fonts: Fonts): number[] {
  const ticks = x.ticks(5);
  const font = fonts?.tick ?? DEFAULT_FONT;
  return legibleTicks(ticks, ticks.map(x), ticks.map((t) => textWidth(formatTick(t), font)));
}

/**
 * Where the marks and labels go so that none hides another: the rows' marks (side by side where they coincide),
 * then the test's label beside its diamond, then the curves' names, each clear of the axes' tick labels.
 */
function placeLabels(model: NonNullable<ReturnType<typeof sigmoidModel>>, x: LinearScale, y: Scale, zLimit: number, width: number, height: number, fonts: Fonts) {
  const MARGIN = marginsFor(fonts);
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? DEFAULT_FONT;
  const lineHeight = (name: (typeof FONTS)[number]) => fontSizeOf(font(name)) * 1.2;
  const clampX = (z: number) => x(Math.max(-zLimit, Math.min(zLimit, z)));
  const svg: Box = { x: 0, y: 0, width, height };
  const plot: Box = { x: MARGIN.left, y: MARGIN.top, width: Math.max(0, width - MARGIN.left - MARGIN.right), height: Math.max(0, height - MARGIN.top - MARGIN.bottom) };

  // The tick labels, where the backdrop draws them (the y ticks end 8 px left of the plot, the x ticks 22 px under it).
  const tickHeight = lineHeight('tick');
  const ticks: Obstacle[] = [
    ...Y_TICKS.map((t) => ({ box: textBox(MARGIN.left - 8, y(t), textWidth(formatTick(t), font('tick')), tickHeight, 'end') })),
    ...xTicks(x, fonts).map((t) => ({ box: textBox(x(t), plot.y + plot.height + MARGIN.tickBaseline - tickHeight * 0.35, textWidth(formatTick(t), font('tick')), tickHeight, 'middle') })),
  ];

  const widest = Math.max(...model.rows.map((m) => textWidth(String(m.row + 1), font('mark-label'))), 0);
  const radius = Math.max(13, widest / 2 + 5, fontSizeOf(font('mark-label')) * 0.7);
  const marks = placeMarks(
    model.rows.map((m) => ({ x: clampX(m.z), y: y(m.output) })),
    radius,
    svg,
    ticks,
  );
  const circles: Obstacle[] = marks.map((m) => ({ circle: { x: m.drawn.x, y: m.drawn.y, r: radius + 1.5 } }));

  // The test's label beside its diamond, on the side towards the plot's middle first.
  const tx = clampX(model.test.z);
  const ty = y(model.test.output);
  const testWidth = textWidth('test', font('mark-label'));
  const h = lineHeight('mark-label');
  const away = DIAMOND + 4;
  const side = model.test.z > 0 ? -1 : 1;
  const testCandidates: Box[] = [];
  for (let k = 0; k < 4; k++) {
    const far = away + k * (2 * radius + 4);
    testCandidates.push(
      textBox(side > 0 ? tx + far : tx - far, ty, testWidth, h, side > 0 ? 'start' : 'end'),
      textBox(side > 0 ? tx - far : tx + far, ty, testWidth, h, side > 0 ? 'end' : 'start'),
      textBox(tx, ty - far - h / 2, testWidth, h, 'middle'),
      textBox(tx, ty + far + h / 2, testWidth, h, 'middle'),
    );
  }
  const test = placeBox(testCandidates, [...circles, ...ticks], svg).box;
  const diamond: Obstacle = { box: { x: tx - DIAMOND - 2, y: ty - DIAMOND - 2, width: 2 * DIAMOND + 4, height: 2 * DIAMOND + 4 } };

  // The curves' names: in the plot's free corners, near their curves.
  const curveHeight = lineHeight('curve-label');
  const inPlot = (fx: number, fy: number, w: number, anchor: 'start' | 'end') =>
    textBox(anchor === 'start' ? plot.x + 8 + fx * plot.width : plot.x + plot.width - 8 - fx * plot.width, y(fy), w, curveHeight, anchor);
  const taken: Obstacle[] = [...circles, diamond, { box: test }, ...ticks];
  // The sigmoid's name high on the left, where its curve is still low; the slope's name at the height of its hump.
  const candidatesAt = (heights: number[], w: number, anchors: ('start' | 'end')[], across: number[]) =>
    heights.flatMap((fy) => across.flatMap((fx) => anchors.map((anchor) => inPlot(fx, fy, w, anchor))));
  const sigmoidWidth = textWidth('sigmoid(z)', font('curve-label'));
  const sigmoidBox = placeBox(candidatesAt([0.9, 0.75, 0.6], sigmoidWidth, ['start'], [0, 0.15, 0.3]).concat(candidatesAt([0.1, 0.25], sigmoidWidth, ['end'], [0, 0.15])), taken, plot).box;
  const slopeWidth = textWidth('slope out(1 - out)', font('curve-label'));
  const slope = placeBox(candidatesAt([0.33, 0.45, 0.2, 0.6, 0.1, 0.75], slopeWidth, ['start', 'end'], [0, 0.1]), [...taken, { box: sigmoidBox }], plot).box;
  return { marks, radius, test, sigmoid: sigmoidBox, slope };
}

/**
 * The sigmoid with each training row on it at its weighted sum z = inputs . weights, the test case as a
 * diamond, and the slope out * (1 - out) that scales every update. The marks move as the weights change:
 * rows with target 1 climb towards the top, rows with target 0 slide to the bottom, where the slope is flat.
 */
export function SigmoidChart() {
  const frame = useLatestFrame();
  // The table of the iteration shown: before an edit, the one the run trained on then.
  const inputs = useLab((s) => trainingAt(s, s.iteration).dataset.inputs);
  const targets = useLab((s) => trainingAt(s, s.iteration).dataset.targets);
  const testInput = useLab((s) => s.testInput);
  const digits = useLab((s) => s.digits);
  // After a Step: where the rows were before it, drawn as faint ghosts. Null during a run.
  const stepFrom = useStepFrom();
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const [active, setActive] = useState<Active>(null);
  const summaryId = useId();
  const table = useDataTable();

  // While comparing: run B's rows and test input on the same curve, dotted and named "B".
  const runB = useRunB();
  const storeA = useLabStore();
  const frameB = useRunText(runB ?? storeA, (s) => s.frame);
  // The arrays, not trainingAt's dataset: before an edit it is a new object at every call, and a snapshot that is
  // never the same one re-renders for ever (rewinding before an edit crashed the page).
  const inputsB = useRunText(runB ?? storeA, (s) => trainingAt(s, s.iteration).dataset.inputs);
  const targetsB = useRunText(runB ?? storeA, (s) => trainingAt(s, s.iteration).dataset.targets);
  const testInputB = useRunText(runB ?? storeA, (s) => s.testInput);
  const modelB = runB && frameB ? sigmoidModel(frameB, inputsB, targetsB, testInputB) : null;

  const model = frame ? sigmoidModel(frame, inputs, targets, testInput) : null;
  const zLimit = Math.max(model?.zLimit ?? 6, modelB?.zLimit ?? 0);
  const presenter = useLab((s) => s.presenter);
  const fonts = useClassFonts(boxRef, FONTS, `${width}x${height}:${presenter}`);
  const MARGIN = marginsFor(fonts);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const x = linearScale([-zLimit, zLimit], [MARGIN.left, MARGIN.left + plotWidth]);
  const y = linearScale([0, 1], [MARGIN.top + plotHeight, MARGIN.top]);


  const clampX = (z: number) => x(Math.max(-zLimit, Math.min(zLimit, z)));
  const labels = model ? placeLabels(model, x, y, zLimit, width, height, fonts) : null;
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
      title={PANEL_TITLES.sigmoid}
      legend={<Legend entries={runB ? [...LEGEND, { label: 'run B: dotted, "B"', color: INK, mark: 'diamond' }] : LEGEND} />}
      action={<DataTableToggle table={table} chart="Sigmoid" />}
    >
      <ChartWithTable table={table} title={PANEL_TITLES.sigmoid} build={sigmoidTable}>
        <div className="svg-chart" ref={boxRef}>
          {width > 0 && (
            <svg width={width} height={height} role="group" aria-label="Sigmoid chart: the training rows and the test input on the curve sigmoid(z)">
              {/* The drawing's text alternative; each mark below is also focusable and named on its own. */}
              <g role="img" aria-label={PANEL_TITLES.sigmoid} aria-describedby={summaryId}>
                <SigmoidBackdrop width={width} height={height} zLimit={zLimit} fonts={fonts} />
              </g>
              {model && stepFrom && (
                <SigmoidGhost stepFrom={stepFrom} inputs={inputs} testInput={testInput} x={clampX} y={y} now={model.rows} testNow={model.test} />
              )}
              {labels && (
                <>
                  <text {...labelAt(labels.sigmoid)} className="curve-label halo">
                    sigmoid(z)
                  </text>
                  <text {...labelAt(labels.slope)} className="curve-label halo" fill={SLOPE_COLOR}>
                    slope out(1 - out)
                  </text>
                </>
              )}
              {/* A mark moved aside, off another at the same place: a leader line from where it belongs, under every mark. */}
              {model?.rows.map((mark, k) => {
                const placed = labels!.marks[k]!;
                if (!placed.moved) return null;
                const color = mark.target >= 0.5 ? POSITIVE : NEGATIVE;
                return (
                  <g key={mark.row} aria-hidden="true">
                    <line x1={placed.at.x} y1={placed.at.y} x2={placed.drawn.x} y2={placed.drawn.y} stroke={color} strokeWidth={2} />
                    <circle cx={placed.at.x} cy={placed.at.y} r={4} fill={color} />
                  </g>
                );
              })}
              {model?.rows.map((mark, k) => {
                const cx = clampX(mark.z);
                const high = mark.target >= 0.5;
                const color = high ? POSITIVE : NEGATIVE;
                const placed = labels!.marks[k]!;
                const { x: mx, y: my } = placed.drawn;
                return (
                  <g key={mark.row} className="mark" aria-label={describeRow(mark, digits)} role="img" data-testid={`sigmoid-row-${mark.row + 1}`} data-z={String(mark.z)} {...hoverProps({ kind: 'row', row: mark.row })}>
                    {/* From the output to the target: the row's error, the gap training closes. */}
                    <line x1={cx} x2={cx} y1={y(mark.output)} y2={y(mark.target)} stroke={color} strokeWidth={2} strokeDasharray="3 3" />
                    <line x1={cx - 9} x2={cx + 9} y1={y(mark.target)} y2={y(mark.target)} stroke={color} strokeWidth={3} />
                    <circle cx={mx} cy={my} r={labels!.radius} fill={high ? POSITIVE : '#fff'} stroke={color} strokeWidth={3} />
                    <text x={mx} y={my} dy="0.36em" textAnchor="middle" className="mark-label" fill={high ? '#fff' : INK}>
                      {mark.row + 1}
                    </text>
                  </g>
                );
              })}
              {modelB && (
                <g data-testid="sigmoid-run-b" role="img" aria-label={`Run B: prediction ${formatValue(modelB.test.output, digits)}`}>
                  {modelB.rows.map((mark) => (
                    <circle key={mark.row} cx={clampX(mark.z)} cy={y(mark.output)} r={7} fill="none" stroke={mark.target >= 0.5 ? POSITIVE : NEGATIVE} strokeWidth={2.5} strokeDasharray="2 3" />
                  ))}
                  <path
                    transform={`translate(${clampX(modelB.test.z)},${y(modelB.test.output)})`}
                    d={`M0 -${DIAMOND * 0.7} L${DIAMOND * 0.7} 0 L0 ${DIAMOND * 0.7} L-${DIAMOND * 0.7} 0 Z`}
                    fill="none"
                    stroke={INK}
                    strokeWidth={2.5}
                    strokeDasharray="2 3"
                  />
                  <text x={clampX(modelB.test.z)} y={y(modelB.test.output) + DIAMOND + 4} dy="0.7em" textAnchor="middle" className="mark-label halo">
                    B
                  </text>
                </g>
              )}
              {model && labels && (
                <g className="mark" role="img" aria-label={`Test input: prediction ${formatValue(model.test.output, digits)}`} {...hoverProps({ kind: 'test' })}>
                  {/* An open diamond around the point: the test input often equals a training row (it does in the
                      tutorial), and the row's circle must stay visible inside it. */}
                  <path
                    transform={`translate(${clampX(model.test.z)},${y(model.test.output)})`}
                    d={`M0 -${DIAMOND} L${DIAMOND} 0 L0 ${DIAMOND} L-${DIAMOND} 0 Z`}
                    fill="none"
                    stroke={INK}
                    strokeWidth={3}
                  />
                  <text {...labelAt(labels.test)} className="mark-label halo" data-testid="sigmoid-test-label">
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
