import { memo, useId, useRef, useState } from 'react';
import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { linePathText } from '../../ui/tracePath';
import { PANEL_TITLES, duringRun, trainingAt, useLab, useLabStore, useRunB, type LabState } from '../../state';
import { formatTick, formatValue, type Digits } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { GRID, INK, MUTED_INK, NEGATIVE, POSITIVE, SLOPE_COLOR, dashArray } from '../../ui/palette';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { sigmoidModel } from './sigmoidModel';
import { useClassFonts } from '../../ui/useClassFonts';
import { AxisFrame } from '../../ui/AxisFrame';
import { textClock, useLabText, useRunText } from '../../ui/textClock';
import { useTextWriter } from '../../ui/useTextWriter';
import { useSeenText } from '../../ui/useSeenText';
import { useStepFrom } from '../../ui/StepChange';
import { SigmoidGhost } from './SigmoidGhost';
import { ChartSummary, ChartWithTable, DataTableToggle, useDataTable } from '../../ui/chartAccess';
import { sigmoidSummary, sigmoidTable } from './chartText';
import { DIAMOND, FONTS, Y_TICKS, labelAt, lastSceneOf, marginsFor, px, sigmoidScales, xTicks, type Fonts, type SceneInput } from './sigmoidScene';
import { describeRow, describeTest, nameTest, plotWords } from './sigmoidTexts';
import { noRunBParts, noSigmoidParts, rowParts, writeRunB, writeSigmoid, type RunBPlaces } from './writeSigmoid';
import type { SigmoidModel } from './sigmoidModel';
import { SIGMOID_STROKE, SLOPE_STROKE, sigmoidCurves } from './sigmoidCurves';

const SLOPE_DASH = [8, 5];

// The legend explains the marks, and names the slope: its hump is too low and narrow to hold its name clear of both
// curves and the marks (in Spanish, German and French not even on two lines, in a projector's 245 x 126 px plot).
// The sigmoid is named where it is drawn.
function useLegend(runB: boolean): LegendEntry[] {
  const { t } = useLingui();
  const entries: LegendEntry[] = [
    { label: t`target 1`, color: POSITIVE, mark: 'filled-circle' },
    { label: t`target 0`, color: NEGATIVE, mark: 'open-circle' },
    { label: t`test input`, color: INK, mark: 'diamond' },
    { label: plotWords().slope, color: SLOPE_COLOR, dash: SLOPE_DASH, width: SLOPE_STROKE },
  ];
  return runB ? [...entries, { label: t`run B: dotted, "B"`, color: INK, mark: 'diamond' }] : entries;
}

type Active = { kind: 'row'; row: number } | { kind: 'test' } | null;

/**
 * Everything that moves only when the z range or the size changes: grid, axes and the two curves.
 * Memoised: a render for the marks leaves it alone.
 */
const SigmoidBackdrop = memo(function SigmoidBackdrop({ width, height, zLimit, fonts }: { width: number; height: number; zLimit: number; fonts: Fonts }) {
  const { t } = useLingui();
  const MARGIN = marginsFor(fonts);
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const { x, y } = sigmoidScales(zLimit, width, height, fonts);
  // d3-shape's line() text, without d3 on the first load (tracePath.test.ts holds them equal).
  const [sigmoidCurve, slopeCurve] = sigmoidCurves(x, y, zLimit).map((curve) => linePathText(curve.points.length, (i) => curve.points[i]!.x, (i) => curve.points[i]!.y));
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
        xLabel={t`z = inputs · weights`}
        yLabel={t`Output`}
        yLabelX={MARGIN.yLabelX}
      />
      {/* data-curve: the layout checks find the curves by it, to see that no text is crossed by one. */}
      <path d={slopeCurve} fill="none" stroke={SLOPE_COLOR} strokeWidth={SLOPE_STROKE} strokeDasharray={dashArray(SLOPE_DASH)} data-curve="slope" />
      <path d={sigmoidCurve} fill="none" stroke={INK} strokeWidth={SIGMOID_STROKE} data-curve="sigmoid" />
    </>
  );
});

/** Run B's marks on the chart's scales (clamped to the z range, as run A's are), and the name of their group. */
function runBPlaces(model: SigmoidModel | null, clampX: (z: number) => number, y: (v: number) => number, digits: Digits): RunBPlaces | null {
  if (!model) return null;
  const predictionB = formatValue(model.test.output, digits);
  return {
    rows: model.rows.map((mark) => ({ x: clampX(mark.z), y: y(mark.output) })),
    test: { x: clampX(model.test.z), y: y(model.test.output) },
    name: i18n._(msg`Run B: prediction ${predictionB}`),
  };
}

/**
 * The sigmoid with each training row on it at its weighted sum z = inputs . weights, the test case as a
 * diamond, and the slope out * (1 - out) that scales every update. The marks move as the weights change:
 * rows with target 1 climb towards the top, rows with target 0 slide to the bottom, where the slope is flat.
 */
export function SigmoidChart() {
  const { t } = useLingui();
  const store = useLabStore();
  const clock = textClock(store);
  // The table of the iteration shown: before an edit, the one the run trained on then.
  const inputs = useLab((s) => trainingAt(s, s.iteration).dataset.inputs);
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
  // While comparing, the render needs of run B only what shapes the chart: the z range wide enough for its marks
  // (whole steps, so it changes rarely), and its table. Its marks follow its run through refs (writeRunB, on the
  // text clocks' ticks), not by rendering the chart 8 times a second.
  const clockB = runB ? textClock(runB) : null;
  // Its targets (the array, not trainingAt's dataset, a new object at every call before an edit: a snapshot never
  // the same re-renders for ever): a render when its table changes its marks' number and colours.
  useRunText(runB ?? store, (s) => trainingAt(s, s.iteration).dataset.targets);
  const modelBOf = (s: LabState | null) => {
    if (!runB || !s?.frame) return null;
    const { dataset } = trainingAt(s, s.iteration);
    return sigmoidModel(s.frame, dataset.inputs, dataset.targets, s.testInput);
  };
  const zFloor = useRunText(runB ?? store, (s) => modelBOf(runB ? s : null)?.zLimit ?? 0);
  const hasFrameB = useRunText(runB ?? store, (s) => runB !== null && runB !== undefined && s.frame !== null);
  const modelB = hasFrameB ? modelBOf(clockB?.current() ?? null) : null;
  const partsB = useRef(noRunBParts());

  const legend = useLegend(runB !== null && runB !== undefined);
  const presenter = useLab((s) => s.presenter);
  const fonts = useClassFonts(boxRef, FONTS, `${width}x${height}:${presenter}`);

  // The marks follow the run through refs (writeSigmoid, at the text clock's pace) without a React render; the
  // chart is rendered again only when the scene's shape changes: the z axis, or which marks are moved aside.
  const [sceneOf] = useState(lastSceneOf);
  const inputOf = (s: LabState): SceneInput => {
    const { dataset } = trainingAt(s, s.iteration);
    return { frame: s.frame, inputs: dataset.inputs, targets: dataset.targets, testInput: s.testInput, width, height, fonts, zFloor };
  };
  const parts = useRef(noSigmoidParts());
  const seen = useTextWriter(
    boxRef,
    (s) => {
      const next = sceneOf(inputOf(s));
      if (next) writeSigmoid(parts.current, next, s.digits, duringRun(s));
      const stateB = clockB?.current() ?? null;
      const placesB = next ? runBPlaces(modelBOf(stateB), next.clampX, next.y, s.digits) : null;
      if (placesB) writeRunB(partsB.current, placesB, duringRun(s) || (stateB !== null && duringRun(stateB)));
    },
    runB,
  );
  useSeenText(seen, (s) => sceneOf(inputOf(s))?.shape ?? '');
  const scene = sceneOf(inputOf(clock.current()));
  const placesB = scene ? runBPlaces(modelB, scene.clampX, scene.y, digits) : null;
  // While a mark is read (hover, focus), its readout follows the run at the same pace.
  const activeText = useLabText((s) => {
    const model = active ? sceneOf(inputOf(s))?.model : undefined;
    if (!model) return null;
    if (active?.kind === 'row') return model.rows[active.row] ? describeRow(model.rows[active.row]!, s.digits) : null;
    return describeTest(model, s.digits);
  });

  const model = scene?.model ?? null;
  const zLimit = scene?.zLimit ?? Math.max(6, zFloor);
  const { x: xScale, y } = sigmoidScales(zLimit, width, height, fonts);
  const clampX = (z: number) => xScale(Math.max(-zLimit, Math.min(zLimit, z)));

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
      legend={<Legend entries={legend} />}
      action={<DataTableToggle table={table} chart={t`Sigmoid`} />}
    >
      <ChartWithTable table={table} title={PANEL_TITLES.sigmoid} build={sigmoidTable}>
        <div className="svg-chart" ref={boxRef}>
          {width > 0 && (
            <svg width={width} height={height} role="group" aria-label={t`Sigmoid chart: the training rows and the test input on the curve sigmoid(z)`}>
              {/* The drawing's text alternative; each mark below is also focusable and named on its own. */}
              <g role="img" aria-label={PANEL_TITLES.sigmoid} aria-describedby={summaryId}>
                <SigmoidBackdrop width={width} height={height} zLimit={zLimit} fonts={fonts} />
              </g>
              {model && stepFrom && (
                <SigmoidGhost stepFrom={stepFrom} inputs={inputs} testInput={testInput} x={clampX} y={y} now={model.rows} testNow={model.test} />
              )}
              {scene && (
                <>
                  <text ref={(element) => void (parts.current.sigmoidLabel = element)} {...labelAt(scene.labels.sigmoid)} className="curve-label halo">
                    {plotWords().sigmoid}
                  </text>
                </>
              )}
              {/* A mark moved aside, off another at the same place: a leader line from where it belongs, under every mark.
                  Every row has one, hidden while its mark is in its place: the writes show it, with no render (and hidden, not
                  display none, so that showing it adds nothing to the layout tree). */}
              {scene?.rows.map((place, k) => {
                const mark = scene.model.rows[k]!;
                const color = mark.target >= 0.5 ? POSITIVE : NEGATIVE;
                return (
                  <g key={mark.row} ref={(element) => void (rowParts(parts.current, k).leaderGroup = element)} aria-hidden="true" visibility={place.moved ? undefined : 'hidden'}>
                    <line ref={(element) => void (rowParts(parts.current, k).leader = element)} x1={px(place.at.x)} y1={px(place.at.y)} x2={px(place.drawn.x)} y2={px(place.drawn.y)} stroke={color} strokeWidth={2} />
                    <circle ref={(element) => void (rowParts(parts.current, k).leaderDot = element)} cx={px(place.at.x)} cy={px(place.at.y)} r={4} fill={color} />
                  </g>
                );
              })}
              {scene?.rows.map((place, k) => {
                const mark = scene.model.rows[k]!;
                const high = mark.target >= 0.5;
                const color = high ? POSITIVE : NEGATIVE;
                const x = px(place.x);
                return (
                  <g
                    key={mark.row}
                    ref={(element) => void (rowParts(parts.current, k).group = element)}
                    className="mark"
                    aria-label={describeRow(mark, digits)}
                    role="img"
                    data-testid={`sigmoid-row-${mark.row + 1}`}
                    data-z={String(mark.z)}
                    {...hoverProps({ kind: 'row', row: mark.row })}
                  >
                    {/* Moved as a whole (one transform each) rather than line by line: a quarter of the writes a tick. */}
                    <g ref={(element) => void (rowParts(parts.current, k).stem = element)} transform={`translate(${x},0)`}>
                      {/* From the output to the target: the row's error, the gap training closes. */}
                      <line ref={(element) => void (rowParts(parts.current, k).error = element)} x1={0} x2={0} y1={px(place.yOutput)} y2={px(place.yTarget)} stroke={color} strokeWidth={2} strokeDasharray="3 3" />
                      <line ref={(element) => void (rowParts(parts.current, k).target = element)} x1={-9} x2={9} y1={px(place.yTarget)} y2={px(place.yTarget)} stroke={color} strokeWidth={3} />
                    </g>
                    <g ref={(element) => void (rowParts(parts.current, k).dot = element)} transform={`translate(${px(place.drawn.x)},${px(place.drawn.y)})`}>
                      <circle r={scene.radius} fill={high ? POSITIVE : '#fff'} stroke={color} strokeWidth={3} />
                      <text dy="0.36em" textAnchor="middle" className="mark-label" fill={high ? '#fff' : INK}>
                        {mark.row + 1}
                      </text>
                    </g>
                  </g>
                );
              })}
              {modelB && placesB && (
                <g ref={(element) => void (partsB.current.group = element)} data-testid="sigmoid-run-b" role="img" aria-label={placesB.name}>
                  {modelB.rows.map((mark, k) => (
                    <circle
                      key={mark.row}
                      ref={(element) => void (partsB.current.rows[k] = element)}
                      cx={px(placesB.rows[k]!.x)}
                      cy={px(placesB.rows[k]!.y)}
                      r={7}
                      fill="none"
                      stroke={mark.target >= 0.5 ? POSITIVE : NEGATIVE}
                      strokeWidth={2.5}
                      strokeDasharray="2 3"
                    />
                  ))}
                  <path
                    ref={(element) => void (partsB.current.diamond = element)}
                    transform={`translate(${px(placesB.test.x)},${px(placesB.test.y)})`}
                    d={`M0 -${DIAMOND * 0.7} L${DIAMOND * 0.7} 0 L0 ${DIAMOND * 0.7} L-${DIAMOND * 0.7} 0 Z`}
                    fill="none"
                    stroke={INK}
                    strokeWidth={2.5}
                    strokeDasharray="2 3"
                  />
                  <text ref={(element) => void (partsB.current.label = element)} x={px(placesB.test.x)} y={px(placesB.test.y + DIAMOND + 4)} dy="0.7em" textAnchor="middle" className="mark-label halo">
                    B
                  </text>
                </g>
              )}
              {scene && (
                <g ref={(element) => void (parts.current.test = element)} className="mark" role="img" aria-label={nameTest(scene.model, digits)} {...hoverProps({ kind: 'test' })}>
                  {/* An open diamond around the point: the test input often equals a training row (it does in the
                      tutorial), and the row's circle must stay visible inside it. */}
                  <path
                    ref={(element) => void (parts.current.diamond = element)}
                    transform={`translate(${px(scene.test.x)},${px(scene.test.y)})`}
                    d={`M0 -${DIAMOND} L${DIAMOND} 0 L0 ${DIAMOND} L-${DIAMOND} 0 Z`}
                    fill="none"
                    stroke={INK}
                    strokeWidth={3}
                  />
                  <text ref={(element) => void (parts.current.testLabel = element)} {...labelAt(scene.labels.test)} className="mark-label halo" data-testid="sigmoid-test-label">
                    {plotWords().test}
                  </text>
                </g>
              )}
            </svg>
          )}
          {!scene && <p className="chart-empty">{t`The chart appears with the first frame of training.`}</p>}
          <div className={activeText ? `chart-readout${readoutAtTop ? ' at-top' : ''}` : 'chart-readout is-empty'} aria-live="polite">
            {activeText}
          </div>
          <ChartSummary id={summaryId} describe={sigmoidSummary} />
        </div>
      </ChartWithTable>
    </ChartPanel>
  );
}
