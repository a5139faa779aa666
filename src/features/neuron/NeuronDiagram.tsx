import { useId, useRef, useState } from 'react';
import { useLingui } from '@lingui/react/macro';
import { PANEL_TITLES, duringRun, useLab, useLabStore, useRunB, type LabState } from '../../state';
import { textClock, useLabText, useRunText } from '../../ui/textClock';
import { formatValue } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { useTextWriter } from '../../ui/useTextWriter';
import { useSeenText } from '../../ui/useSeenText';
import { useStepFrom } from '../../ui/StepChange';
import { NeuronGhost, WeightChange } from './NeuronStepChange';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { INK, NEGATIVE, POSITIVE } from '../../ui/palette';
import { ChartWithTable, DataTableToggle, ofRun, RunSummaries, summaryIds, useDataTable } from '../../ui/chartAccess';
import { bothNames, neuronTexts, productHeading, weightProduct, weightReadout } from './neuronTexts';
import { widthWithRoom } from './textRoom';
import { dotsFor, noNeuronParts, writeNeuron } from './writeNeuron';
import { LABEL_PAD, neuronLayout, runPath, wirePath } from './neuronLayout';
import { useClassFonts } from '../../ui/useClassFonts';
import { fontSizeOf, textWidth } from '../../ui/textMetrics';
import type { Box } from '../../ui/geometry';
import { neuronSummary, neuronTable } from './neuronText';

function useLegend(comparing: boolean): LegendEntry[] {
  const { t } = useLingui();
  const entries: LegendEntry[] = [
    { label: 'w > 0', color: POSITIVE, width: 6 },
    { label: 'w < 0', color: NEGATIVE, dash: [6, 4], width: 6 },
    { label: t`thicker = larger`, color: INK, width: 5 },
  ];
  // The charts' words for run B's marks: dotted, named "B".
  return comparing ? [...entries, { label: t`run B: dotted, "B"`, color: INK, dash: [0, 7], width: 5, cap: 'round' }] : entries;
}

/** The text classes the layout measures, in the fonts the stylesheet gives them (presenter mode makes them larger). */
const FONTS = ['weight-label', 'weight-value', 'node-label', 'node-value', 'node-value strong'] as const;
/** Between a weight's name and its value. */
const NAME_GAP = 6;
/** From a weight's label to the middle of its change's line. */
const CHANGE_GAP = 9;

/** Between a run's name ("A", "B") and its number. */
const TAG_GAP = 5;
/** Between run A's number and run B's name, when the sum or output is written in one line. */
const INLINE_GAP = 12;
/**
 * While comparing, two lines must fit each input's row: a label's lines sit a font's line apart (1.17 em: DejaVu's
 * line box), or a little closer where the panel is short (the desk's 2x2 grid).
 */
const COMPARE_LINES = [1.17, 1.12] as const;

/** A run's state as the diagram reads it. */
type Shown = Pick<LabState, 'frame' | 'testInput' | 'digits'>;

/** Run A's and (while comparing) run B's texts, each run's wires on a scale shared with the other. */
function textsOf(a: Shown, b: Shown | null) {
  const textsA = neuronTexts(a.frame, a.testInput, a.digits, b?.frame);
  const textsB = b ? neuronTexts(b.frame, b.testInput, a.digits, a.frame) : null;
  return { textsA, textsB };
}

/**
 * The neuron at work on the test input: three inputs, each connection as thick as its weight is large
 * (blue and solid when positive, vermillion and dashed when negative) with the weight written on it, the
 * weighted sum z inside the neuron, and its output, the prediction. While comparing, run B on the same drawing:
 * a dotted wire of its own from each input's label, whose second line, "B", is B's weight; the sum and the output
 * say A's and B's.
 */
export function NeuronDiagram() {
  const { t } = useLingui();
  const store = useLabStore();
  const clock = textClock(store);
  const runB = useRunB();
  const clockB = runB ? textClock(runB) : null;
  const comparing = clockB !== null;
  const legend = useLegend(comparing);
  const testInput = useLab((s) => s.testInput);
  const digits = useLab((s) => s.digits);
  const f = (value: number) => formatValue(value, digits);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const [active, setActive] = useState<number | null>(null);
  const summaryId = useId();
  const summaryBId = useId();
  const table = useDataTable();
  // After a Step: the weights it started from, for the ghost and each weight's change. Null during a run, and
  // while comparing (two runs' changes would not fit under the labels: the weights chart shows both).
  const stepFrom = useStepFrom();
  const changes = comparing ? null : stepFrom;

  const presenter = useLab((s) => s.presenter);
  const fonts = useClassFonts(boxRef, FONTS, `${width}x${height}:${presenter}`);
  const font = (name: (typeof FONTS)[number]) => fonts?.[name] ?? '700 16px system-ui';
  // A weight's label is at least as wide as a weight below 1 written in full, so it does not jump while training.
  const valueRoom = textWidth(f(-0.123456789), font('weight-value'));
  const tagWidth = comparing ? Math.max(textWidth('A', font('weight-label')), textWidth('B', font('weight-label'))) + TAG_GAP : 0;
  /**
   * The widths of the texts that decide the layout, in whole pixels (two lines each while comparing); a number has at
   * least the room of one below 1 written in full, as a weight's label has (widthWithRoom).
   */
  const widthsOf = ({ textsA, textsB }: ReturnType<typeof textsOf>) => {
    const both = textsB ? [textsA, textsB] : [textsA];
    const room = f(-0.123456789);
    const roomy = (text: string, value: string, fontName: (typeof FONTS)[number]) => widthWithRoom(text, value, room, (each) => textWidth(each, font(fontName)));
    const widest = (measure: (texts: typeof textsA) => number) => Math.ceil(Math.max(...both.map(measure)));
    return {
      weightWidths: [0, 1, 2].map((j) =>
        Math.ceil(textWidth(`w${j + 1}`, font('weight-label')) + NAME_GAP + tagWidth + Math.max(valueRoom, ...both.map((texts) => textWidth(texts.weights[j]!, font('weight-value'))))),
      ),
      ...(textsB
        ? {
            // "z  A 4.57" over "   B 3.34", or in one line: "z  A 4.57  B 3.34".
            sumWidth: Math.ceil(textWidth('z', font('node-label')) + NAME_GAP + tagWidth) + widest((texts) => roomy(texts.sumValue, texts.sumValue, 'node-label')),
            outputWidth: Math.ceil(textWidth('out', font('node-value strong')) + NAME_GAP + tagWidth) + widest((texts) => roomy(texts.outputValue, texts.outputValue, 'node-value strong')),
            inlineSumWidth: Math.ceil(textWidth('z', font('node-label')) + NAME_GAP + 2 * tagWidth + INLINE_GAP + roomy(textsA.sumValue, textsA.sumValue, 'node-label') + roomy(textsB.sumValue, textsB.sumValue, 'node-label')),
            inlineOutputWidth: Math.ceil(
              textWidth('out', font('node-value strong')) + NAME_GAP + 2 * tagWidth + INLINE_GAP + roomy(textsA.outputValue, textsA.outputValue, 'node-value strong') + roomy(textsB.outputValue, textsB.outputValue, 'node-value strong'),
            ),
          }
        : {
            sumWidth: Math.ceil(roomy(textsA.sum, textsA.sumValue, 'node-label')),
            outputWidth: Math.ceil(roomy(textsA.output, textsA.outputValue, 'node-value strong')),
          }),
    };
  };
  const shownB = (): Shown | null => clockB?.current() ?? null;
  // The numbers follow the runs through refs (writeNeuron, at the text clocks' pace), without a React render; the
  // diagram is rendered again only when a text's width changes the layout (rare: the digits are tabular).
  const parts = useRef(noNeuronParts());
  const seen = useTextWriter(
    boxRef,
    (state) => {
      const { textsA, textsB } = textsOf(state, shownB());
      writeNeuron(parts.current, textsA, textsB, bothNames(textsA, textsB), duringRun(state) || (clockB !== null && duringRun(clockB.current())));
    },
    runB,
  );
  useSeenText(seen, (s) => (s.frame ? JSON.stringify(widthsOf(textsOf(s, null))) : ''));
  useRunText(runB ?? store, (s) => (runB && s.frame ? JSON.stringify(widthsOf(textsOf(clock.current(), s))) : ''));
  const frame = clock.current().frame;
  const b = shownB();
  const { textsA: texts, textsB } = textsOf(clock.current(), b);
  const links = texts.links;
  // While a weight is read (hover, focus), its readout follows the run at the same pace. While comparing, one short
  // line per run, the weight times the run's own input; B's follows B, on A's digits as the drawing writes them.
  const readout = useLabText((s) => (active === null ? null : (runB ? weightProduct : weightReadout)(s.frame, s.testInput, s.digits, active)));
  const readoutB = useRunText(runB ?? store, (s) => (runB && active !== null ? weightProduct(s.frame, s.testInput, digits, active) : null));
  // Over the top of the diagram while the bottom input is read (while comparing, unless the top one is), so the
  // readout never hides what it reads.
  const readoutAtTop = comparing ? active !== 0 : active === 2;
  // An input B's test input gives another value is written "A's/B's" in its circle.
  const inputText = (j: number) => (b && b.testInput[j] !== testInput[j] ? `${f(testInput[j]!)}/${f(b.testInput[j]!)}` : f(testInput[j]!));

  const metricsAt = (lineSpacing: number) => ({
    lineHeight: Math.max(...FONTS.map((name) => fontSizeOf(font(name)))) * lineSpacing,
    inputNameWidth: textWidth('x3', font('node-label')),
    inputValueWidth: Math.max(...[0, 1, 2].map((j) => textWidth(inputText(j), font('node-value')))),
    runs: comparing ? (2 as const) : (1 as const),
    ...widthsOf({ textsA: texts, textsB }),
  });
  const spacings = comparing ? COMPARE_LINES : [1.2];
  let layout = neuronLayout(width, height, metricsAt(spacings[0]));
  for (const spacing of spacings.slice(1)) if (!layout.fits) layout = neuronLayout(width, height, metricsAt(spacing));
  const { neuron, neuronRadius: R } = layout;
  const names = bothNames(texts, textsB);
  /** Where a label's line k (0: run A, 1: run B) has its middle, and where its number starts. */
  const lineY = (box: { y: number }, k: number) => box.y + layout.lineOffsets[k]!;

  return (
    <ChartPanel id="neuron" title={PANEL_TITLES.neuron} legend={<Legend entries={legend} />} tools={<DataTableToggle table={table} chart={t`Neuron`} />}>
      <ChartWithTable table={table} title={PANEL_TITLES.neuron} build={neuronTable} runB={runB}>
        <div className="svg-chart" ref={boxRef}>
          {width > 0 && (
            <svg width={width} height={height} role="group" aria-label={t`Diagram of the neuron with its three weights`}>
              <defs>
                <marker id="neuron-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                  <path d="M0 0 L10 5 L0 10 Z" fill={INK} />
                </marker>
              </defs>
              {changes && <NeuronGhost stepFrom={changes} wires={layout.wires.map(wirePath)} />}
              {[0, 1, 2].map((j) => {
                const link = links[j];
                const linkB = textsB?.links[j];
                const input = layout.inputs[j]!;
                const box = layout.weightBoxes[j]!;
                const name = layout.inputNames?.[j];
                const nameWidth = textWidth(`w${j + 1}`, font('weight-label'));
                const tagX = box.x + LABEL_PAD + nameWidth + NAME_GAP;
                // The weight is written on its own wire, which stops at the label and goes on from it to the neuron.
                return (
                  <g
                    key={j}
                    tabIndex={0}
                    role="img"
                    className="mark"
                    data-testid={`neuron-input-${j + 1}`}
                    ref={(element) => void (parts.current.groups[j] = element)}
                    aria-label={names[j]}
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
                    {textsB && (
                      <path
                        ref={(element) => void (parts.current.wiresB[j] = element)}
                        d={runPath(layout.wiresB[j]!)}
                        className="neuron-wire run-b"
                        data-testid={`neuron-wire-b-${j + 1}`}
                        fill="none"
                        strokeLinecap="round"
                        stroke={linkB?.color ?? '#999'}
                        strokeWidth={(linkB?.width ?? 2).toFixed(1)}
                        strokeDasharray={dotsFor(linkB?.width ?? 2)}
                      />
                    )}
                    <circle cx={input.x} cy={input.y} r={layout.inputRadius} fill="#fff" stroke={INK} strokeWidth={2.5} />
                    <text x={input.x} y={input.y} dy="0.36em" textAnchor="middle" className="node-value">
                      {inputText(j)}
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
                      data-testid={`weight-box-${j + 1}`}
                    />
                    {/* Name and value in one line of text, so that they never overlap whatever the type size. */}
                    <text x={box.x + LABEL_PAD} y={lineY(box, 0)} dy="0.36em">
                      <tspan className="weight-label">w{j + 1}</tspan>
                      {textsB && (
                        <tspan x={tagX} className="weight-label">
                          A
                        </tspan>
                      )}
                      <tspan
                        ref={(element) => void (parts.current.values[j] = element)}
                        {...(textsB ? { x: tagX + tagWidth } : { dx: NAME_GAP })}
                        className="weight-value"
                        data-testid={`weight-${j + 1}`}
                        data-value={link ? String(link.weight) : ''}
                      >
                        {texts.weights[j]}
                      </tspan>
                    </text>
                    {textsB && (
                      <text x={tagX} y={lineY(box, 1)} dy="0.36em">
                        <tspan className="weight-label">B</tspan>
                        <tspan
                          ref={(element) => void (parts.current.valuesB[j] = element)}
                          x={tagX + tagWidth}
                          className="weight-value"
                          data-testid={`weight-b-${j + 1}`}
                          data-value={linkB ? String(linkB.weight) : ''}
                        >
                          {textsB.weights[j]}
                        </tspan>
                      </text>
                    )}
                    {link && changes && changes.weights.length > j && (
                      // Under its label (over it at the bottom edge): the label column has no wire there, as the runs to
                      // the neuron start right of it.
                      <WeightChange
                        j={j}
                        change={link.weight - changes.weights[j]!}
                        since={changes.iteration}
                        x={box.x + LABEL_PAD}
                        y={box.y + box.height + 2 * CHANGE_GAP <= height || j === 0 ? box.y + box.height + CHANGE_GAP : box.y - CHANGE_GAP}
                      />
                    )}
                  </g>
                );
              })}
              {/* The drawing's text alternative: the neuron, its sum and its output; each weight is focusable and named. */}
              <g role="img" aria-label={PANEL_TITLES.neuron} aria-describedby={summaryIds(summaryId, summaryBId, runB)}>
                <circle cx={neuron.x} cy={neuron.y} r={R} fill="#f3f3f3" stroke={INK} strokeWidth={3} />
                <text x={neuron.x} y={neuron.y} dy="0.36em" textAnchor="middle" className="neuron-sigma">
                  Σ
                </text>
                <line x1={layout.arrow[0].x} y1={layout.arrow[0].y} x2={layout.arrow[1].x} y2={layout.arrow[1].y} stroke={INK} strokeWidth={3} markerEnd="url(#neuron-arrow)" />
                {/* Beside the arrow where there is room, else above the top input and below the bottom one, else in the corners. */}
                <RunTexts
                  box={layout.sumBox}
                  lineOffsets={layout.lineOffsets}
                  inline={layout.textLines === 1}
                  name="z"
                  nameWidth={textWidth('z', font('node-label'))}
                  className="node-label"
                  testId="neuron-sum"
                  texts={textsB ? [texts.sumValue, textsB.sumValue] : [texts.sum]}
                  writeA={(element) => void (parts.current.sum = element)}
                  writeB={(element) => void (parts.current.sumB = element)}
                />
                <RunTexts
                  box={layout.outputBox}
                  lineOffsets={layout.lineOffsets}
                  inline={layout.textLines === 1}
                  name="out"
                  nameWidth={textWidth('out', font('node-value strong'))}
                  className="node-value strong"
                  testId="neuron-output"
                  texts={textsB ? [texts.outputValue, textsB.outputValue] : [texts.output]}
                  writeA={(element) => void (parts.current.output = element)}
                  writeB={(element) => void (parts.current.outputB = element)}
                />
              </g>
            </svg>
          )}
          {!frame && <p className="chart-empty">{t`The diagram appears with the first frame of training.`}</p>}
          <div
            className={readout || readoutB ? `chart-readout${readoutAtTop ? ' at-top' : ''}${comparing ? ' both-runs' : ''}` : 'chart-readout is-empty'}
            aria-live="polite"
            data-testid="neuron-readout"
          >
            {active !== null && runB ? <RunReadouts heading={productHeading(active)} a={readout} b={readoutB} /> : readout}
          </div>
          <RunSummaries id={summaryId} idB={summaryBId} describe={neuronSummary} runB={runB} />
        </div>
      </ChartWithTable>
    </ChartPanel>
  );
}

/**
 * While comparing, a weight's readout: one line per run, named as Compare names the runs. Its heading is for
 * screen readers: the eye is on the weight it points at, and a third line would cover that weight's label in
 * presenter mode.
 */
function RunReadouts({ heading, a, b }: { heading: string; a: string | null; b: string | null }) {
  return (
    <>
      <span className="visually-hidden">{heading}</span>
      {a !== null && <span data-testid="neuron-readout-a">{ofRun('A', a)}</span>}
      {b !== null && <span data-testid="neuron-readout-b">{ofRun('B', b)}</span>}
    </>
  );
}

type TextRef = (element: SVGElement | null) => void;

/**
 * The sum or the output. With one run, one text ("z = 4.57") anchored at the box's right. While comparing, its
 * name, then each run's name and number: "z  A 4.57" over "B 3.34" (the numbers anchored at the right, so their
 * digits line up), or in one line, "z  A 4.57  B 3.34", where two lines do not fit.
 */
function RunTexts(props: { box: Box; lineOffsets: number[]; inline: boolean; name: string; nameWidth: number; className: string; testId: string; texts: string[]; writeA: TextRef; writeB: TextRef }) {
  const { box, lineOffsets, inline, name, nameWidth, className, testId, texts, writeA, writeB } = props;
  const right = box.x + box.width;
  const y = (k: number) => box.y + lineOffsets[k]!;
  if (texts.length === 1) {
    return (
      <text ref={writeA} x={right} y={y(0)} dy="0.36em" textAnchor="end" className={className} data-testid={testId}>
        {texts[0]}
      </text>
    );
  }
  if (inline) {
    return (
      <text x={box.x} y={y(0)} dy="0.36em" className={className} data-testid={testId}>
        {name}
        <tspan dx={NAME_GAP} className="weight-label">
          A
        </tspan>
        <tspan ref={writeA} dx={TAG_GAP} data-testid={`${testId}-a`}>
          {texts[0]}
        </tspan>
        <tspan dx={INLINE_GAP} className="weight-label">
          B
        </tspan>
        <tspan ref={writeB} dx={TAG_GAP} data-testid={`${testId}-b`}>
          {texts[1]}
        </tspan>
      </text>
    );
  }
  const tagX = box.x + nameWidth + NAME_GAP;
  return (
    <g data-testid={testId}>
      <text x={box.x} y={y(0)} dy="0.36em" className={className}>
        {name}
      </text>
      {(['A', 'B'] as const).map((run, k) => (
        <g key={run}>
          <text x={tagX} y={y(k)} dy="0.36em" className="weight-label">
            {run}
          </text>
          <text ref={k === 0 ? writeA : writeB} x={right} y={y(k)} dy="0.36em" textAnchor="end" className={className} data-testid={`${testId}-${run.toLowerCase()}`}>
            {texts[k]}
          </text>
        </g>
      ))}
    </g>
  );
}
