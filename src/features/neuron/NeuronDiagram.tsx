import { useId, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { valueListSeparator } from '../../format/valueList';
import { PANEL_TITLES, useLab, useLabStore, useRunB } from '../../state';
import { textClock, useLabText, useRunText } from '../../ui/textClock';
import { formatValue } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { useTextWriter } from '../../ui/useTextWriter';
import { useSeenText } from '../../ui/useSeenText';
import { useStepFrom } from '../../ui/StepChange';
import { NeuronGhost, WeightChange } from './NeuronStepChange';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { INK, NEGATIVE, POSITIVE } from '../../ui/palette';
import { ChartSummary, ChartWithTable, DataTableToggle, useDataTable } from '../../ui/chartAccess';
import { weightedSum } from '../../core/neuronMath';
import { neuronTexts, weightReadout } from './neuronTexts';
import { noNeuronParts, writeNeuron } from './writeNeuron';
import { LABEL_PAD, neuronLayout, wirePath } from './neuronLayout';
import { useClassFonts } from '../../ui/useClassFonts';
import { fontSizeOf, textWidth } from '../../ui/textMetrics';
import { neuronSummary, neuronTable } from './neuronText';

function useLegend(): LegendEntry[] {
  const { t } = useLingui();
  return [
    { label: 'w > 0', color: POSITIVE, width: 6 },
    { label: 'w < 0', color: NEGATIVE, dash: [6, 4], width: 6 },
    { label: t`thicker = larger`, color: INK, width: 5 },
  ];
}

/** The text classes the layout measures, in the fonts the stylesheet gives them (presenter mode makes them larger). */
const FONTS = ['weight-label', 'weight-value', 'node-label', 'node-value', 'node-value strong'] as const;
/** Between a weight's name and its value. */
const NAME_GAP = 6;
/** From a weight's label to the middle of its change's line. */
const CHANGE_GAP = 9;

/** While comparing: run B's weights and output, in a line under the legend (the drawing is run A's neuron). */
function RunBNeuron({ runB }: { runB: NonNullable<ReturnType<typeof useRunB>> }) {
  const frame = useRunText(runB, (s) => s.frame);
  const testInput = useRunText(runB, (s) => s.testInput);
  const digits = useLab((s) => s.digits);
  const { t } = useLingui();
  if (!frame) return null;
  const f = (value: number) => formatValue(value, digits);
  const weights = Array.from(frame.weights, (weight, j) => `w${j + 1} ${f(weight)}`).join(valueListSeparator());
  const z = f(weightedSum(testInput, frame.weights));
  const out = f(frame.prediction);
  return (
    <p className="neuron-run-b" data-testid="neuron-run-b" title={t`Run B: z = ${z}`}>
      <Trans>
        <strong>Run B</strong> (drawn: A): {weights}, out {out}
      </Trans>
    </p>
  );
}

/**
 * The neuron at work on the test input: three inputs, each connection as thick as its weight is large
 * (blue and solid when positive, vermillion and dashed when negative) with the weight written on it, the
 * weighted sum z inside the neuron, and its output, the prediction.
 */
export function NeuronDiagram() {
  const { t } = useLingui();
  const legend = useLegend();
  const clock = textClock(useLabStore());
  const runB = useRunB();
  const testInput = useLab((s) => s.testInput);
  const digits = useLab((s) => s.digits);
  const f = (value: number) => formatValue(value, digits);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const [active, setActive] = useState<number | null>(null);
  const summaryId = useId();
  const table = useDataTable();
  // After a Step: the weights it started from, for the ghost and each weight's change. Null during a run.
  const stepFrom = useStepFrom();

  const presenter = useLab((s) => s.presenter);
  const fonts = useClassFonts(boxRef, FONTS, `${width}x${height}:${presenter}`);
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? '700 16px system-ui';
  // A weight's label is at least as wide as a weight below 1 written in full, so it does not jump while training.
  const valueRoom = textWidth(f(-0.123456789), font('weight-value'));
  /** The widths of the texts that decide the layout, in whole pixels. */
  const widthsOf = (texts: ReturnType<typeof neuronTexts>) => ({
    weightWidths: [0, 1, 2].map((j) => Math.ceil(textWidth(`w${j + 1}`, font('weight-label')) + NAME_GAP + Math.max(valueRoom, textWidth(texts.weights[j]!, font('weight-value'))))),
    sumWidth: Math.ceil(textWidth(texts.sum, font('node-label'))),
    outputWidth: Math.ceil(textWidth(texts.output, font('node-value strong'))),
  });
  // The numbers follow the run through refs (writeNeuron, at the text clock's pace), without a React render; the
  // diagram is rendered again only when a text's width changes the layout (rare: the digits are tabular).
  const parts = useRef(noNeuronParts());
  const seen = useTextWriter(boxRef, (state) => writeNeuron(parts.current, neuronTexts(state.frame, state.testInput, state.digits)));
  useSeenText(seen, (s) => (s.frame ? JSON.stringify(widthsOf(neuronTexts(s.frame, s.testInput, s.digits))) : ''));
  const frame = clock.current().frame;
  const texts = neuronTexts(frame, testInput, digits);
  const links = texts.links;
  // While a weight is read (hover, focus), its readout follows the run at the same pace.
  const readout = useLabText((s) => (active === null ? null : weightReadout(s.frame, s.testInput, s.digits, active)));

  const layout = neuronLayout(width, height, {
    lineHeight: Math.max(...FONTS.map((name) => fontSizeOf(font(name)))) * 1.2,
    inputNameWidth: textWidth('x3', font('node-label')),
    inputValueWidth: Math.max(...testInput.map((v) => textWidth(f(v), font('node-value')))),
    ...widthsOf(texts),
  });
  const { neuron, neuronRadius: R } = layout;

  return (
    <ChartPanel
      id="neuron"
      title={PANEL_TITLES.neuron}
      legend={
        <>
          <Legend entries={legend} />
          {runB && <RunBNeuron runB={runB} />}
        </>
      }
      tools={<DataTableToggle table={table} chart={t`Neuron`} />}
    >
      <ChartWithTable table={table} title={PANEL_TITLES.neuron} build={neuronTable}>
        <div className="svg-chart" ref={boxRef}>
          {width > 0 && (
            <svg width={width} height={height} role="group" aria-label={t`Diagram of the neuron with its three weights`}>
              <defs>
                <marker id="neuron-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                  <path d="M0 0 L10 5 L0 10 Z" fill={INK} />
                </marker>
              </defs>
              {stepFrom && <NeuronGhost stepFrom={stepFrom} wires={layout.wires.map(wirePath)} />}
              {[0, 1, 2].map((j) => {
                const link = links[j];
                const input = layout.inputs[j]!;
                const box = layout.weightBoxes[j]!;
                const name = layout.inputNames?.[j];
                // The weight is written on its own wire, which stops at the label and goes on from it to the neuron.
                return (
                  <g
                    key={j}
                    tabIndex={0}
                    role="img"
                    className="mark"
                    data-testid={`neuron-input-${j + 1}`}
                    ref={(element) => void (parts.current.groups[j] = element)}
                    aria-label={texts.names[j]}
                    onPointerEnter={() => setActive(j)}
                    onPointerLeave={() => setActive(null)}
                    onFocus={() => setActive(j)}
                    onBlur={() => setActive(null)}
                  >
                    {/* Its colour, width and dashes follow the run: set by writeNeuron, not here. */}
                    <path
                      ref={(element) => void (parts.current.wires[j] = element)}
                      d={wirePath(layout.wires[j]!)}
                      className="neuron-wire"
                      fill="none"
                      strokeLinejoin="round"
                    />
                    <circle cx={input.x} cy={input.y} r={layout.inputRadius} fill="#fff" stroke={INK} strokeWidth={2.5} />
                    <text x={input.x} y={input.y} dy="0.36em" textAnchor="middle" className="node-value">
                      {f(testInput[j]!)}
                    </text>
                    {name && (
                      <text x={name.x} y={name.y} dy="0.36em" textAnchor="end" className="node-label">
                        x{j + 1}
                      </text>
                    )}
                    <rect
                      ref={(element) => void (parts.current.boxes[j] = element)}
                      x={box.x}
                      y={box.y}
                      width={box.width}
                      height={box.height}
                      rx={5}
                      fill="#fff"
                      stroke={link?.color ?? '#999'}
                      strokeWidth={2}
                    />
                    {/* Name and value in one line of text, so that they never overlap whatever the type size. */}
                    <text x={box.x + LABEL_PAD} y={box.y + box.height / 2} dy="0.36em">
                      <tspan className="weight-label">w{j + 1}</tspan>
                      <tspan
                        ref={(element) => void (parts.current.values[j] = element)}
                        dx={NAME_GAP}
                        className="weight-value"
                        data-testid={`weight-${j + 1}`}
                        data-value={link ? String(link.weight) : ''}
                      >
                        {texts.weights[j]}
                      </tspan>
                    </text>
                    {link && stepFrom && stepFrom.weights.length > j && (
                      // Under its label (over it at the bottom edge): the label column has no wire there, as the runs to
                      // the neuron start right of it.
                      <WeightChange
                        j={j}
                        change={link.weight - stepFrom.weights[j]!}
                        since={stepFrom.iteration}
                        x={box.x + LABEL_PAD}
                        y={box.y + box.height + 2 * CHANGE_GAP <= height || j === 0 ? box.y + box.height + CHANGE_GAP : box.y - CHANGE_GAP}
                      />
                    )}
                  </g>
                );
              })}
              {/* The drawing's text alternative: the neuron, its sum and its output; each weight is focusable and named. */}
              <g role="img" aria-label={PANEL_TITLES.neuron} aria-describedby={summaryId}>
                <circle cx={neuron.x} cy={neuron.y} r={R} fill="#f3f3f3" stroke={INK} strokeWidth={3} />
                <text x={neuron.x} y={neuron.y} dy="0.36em" textAnchor="middle" className="neuron-sigma">
                  Σ
                </text>
                <line x1={layout.arrow[0].x} y1={layout.arrow[0].y} x2={layout.arrow[1].x} y2={layout.arrow[1].y} stroke={INK} strokeWidth={3} markerEnd="url(#neuron-arrow)" />
                {/* Beside the arrow where there is room, else above the top input and below the bottom one. */}
                <text
                  ref={(element) => void (parts.current.sum = element)}
                  x={layout.sumBox.x + layout.sumBox.width}
                  y={layout.sumBox.y + layout.sumBox.height / 2}
                  dy="0.36em"
                  textAnchor="end"
                  className="node-label"
                >
                  {texts.sum}
                </text>
                <text
                  ref={(element) => void (parts.current.output = element)}
                  x={layout.outputBox.x + layout.outputBox.width}
                  y={layout.outputBox.y + layout.outputBox.height / 2}
                  dy="0.36em"
                  textAnchor="end"
                  className="node-value strong"
                  data-testid="neuron-output"
                >
                  {texts.output}
                </text>
              </g>
            </svg>
          )}
          {!frame && <p className="chart-empty">{t`The diagram appears with the first frame of training.`}</p>}
          {/* Over the top of the diagram while the bottom input is read, so the readout never hides what it reads. */}
          <div className={readout ? `chart-readout${active === 2 ? ' at-top' : ''}` : 'chart-readout is-empty'} aria-live="polite">
            {readout}
          </div>
          <ChartSummary id={summaryId} describe={neuronSummary} />
        </div>
      </ChartWithTable>
    </ChartPanel>
  );
}
