import { useId, useRef, useState } from 'react';
import { useLab } from '../../state';
import { formatValue, formatWeight } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { useLatestFrame } from '../../ui/useFrame';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { INK, NEGATIVE, POSITIVE } from '../../ui/palette';
import { ChartSummary, ChartWithTable, DataTableToggle, useDataTable } from '../a11y';
import { connections, weightedSum } from './neuronModel';
import { neuronSummary, neuronTable } from './neuronText';

const LEGEND: LegendEntry[] = [
  { label: 'w > 0', color: POSITIVE, width: 6 },
  { label: 'w < 0', color: NEGATIVE, dash: [6, 4], width: 6 },
  { label: 'thicker = larger', color: INK, width: 5 },
];

const INPUT_RADIUS = 19;
const NEURON_RADIUS = 28;
/** Room at the right for the output's value. */
const OUTPUT_ROOM = 106;
/** Room above the top input and below the bottom one for their weights. */
const LABEL_ROOM = 34;

/**
 * The neuron at work on the test input: three inputs, each connection as thick as its weight is large
 * (blue and solid when positive, vermillion and dashed when negative) with the weight written on it, the
 * weighted sum z inside the neuron, and its output, the prediction.
 */
export function NeuronDiagram() {
  const frame = useLatestFrame();
  const testInput = useLab((s) => s.testInput);
  const digits = useLab((s) => s.digits);
  const f = (value: number) => formatValue(value, digits);
  const w = (value: number) => (weights ? formatWeight(value, weights, digits) : f(value));
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const [active, setActive] = useState<number | null>(null);
  const summaryId = useId();
  const table = useDataTable();

  const weights = frame?.weights ?? null;
  const links = weights ? connections(weights) : [];
  const z = weights ? weightedSum(testInput, weights) : null;

  const inputX = 50;
  const neuronX = Math.max(inputX + 178, width - OUTPUT_ROOM - NEURON_RADIUS);
  const midY = height / 2;
  const inputY = (j: number) => midY + (j - 1) * Math.min(90, (height - 2 * (INPUT_RADIUS + LABEL_ROOM)) / 2);
  const outputX = width - 12;

  const activeLink = active === null ? null : links[active];
  return (
    <ChartPanel
      id="neuron"
      title="The neuron on the test input"
      legend={<Legend entries={LEGEND} />}
      tools={<DataTableToggle table={table} chart="Neuron" />}
    >
      <ChartWithTable table={table} title="The neuron on the test input" build={neuronTable}>
        <div className="svg-chart" ref={boxRef}>
          {width > 0 && (
            <svg width={width} height={height} role="group" aria-label="Diagram of the neuron with its three weights">
              <defs>
                <marker id="neuron-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                  <path d="M0 0 L10 5 L0 10 Z" fill={INK} />
                </marker>
              </defs>
              {[0, 1, 2].map((j) => {
                const link = links[j];
                const y = inputY(j);
                // The weight is written beside its input, on the side of the line away from the others: above
                // for the top and middle inputs, below for the bottom one. A white halo keeps it readable.
                const lx = inputX + INPUT_RADIUS + 8;
                const below = j === 2;
                return (
                  <g
                    key={j}
                    tabIndex={0}
                    role="img"
                    className="mark"
                    aria-label={link ? `Weight ${j + 1} = ${w(link.weight)}, input ${j + 1} = ${f(testInput[j]!)}` : `Weight ${j + 1}`}
                    onPointerEnter={() => setActive(j)}
                    onPointerLeave={() => setActive(null)}
                    onFocus={() => setActive(j)}
                    onBlur={() => setActive(null)}
                  >
                    <line
                      x1={inputX + INPUT_RADIUS}
                      y1={y}
                      x2={neuronX - NEURON_RADIUS + 4}
                      y2={midY}
                      stroke={link?.color ?? '#999'}
                      strokeWidth={link?.width ?? 2}
                      strokeDasharray={link?.dash}
                    />
                    <circle cx={inputX} cy={y} r={INPUT_RADIUS} fill="#fff" stroke={INK} strokeWidth={2.5} />
                    <text x={inputX} y={y} dy="0.36em" textAnchor="middle" className="node-value">
                      {f(testInput[j]!)}
                    </text>
                    <text x={inputX - INPUT_RADIUS - 6} y={y} dy="0.36em" textAnchor="end" className="node-label">
                      x{j + 1}
                    </text>
                    {/* Name and value in one line of text, so that they never overlap whatever the type size. */}
                    <text x={lx} y={below ? y + 22 : y - 30} dy="0.36em" className="halo">
                      <tspan className="weight-label">w{j + 1}</tspan>
                      <tspan dx="6" className="weight-value" data-testid={`weight-${j + 1}`} data-value={link ? String(link.weight) : ''}>
                        {link ? w(link.weight) : '–'}
                      </tspan>
                    </text>
                  </g>
                );
              })}
              {/* The drawing's text alternative: the neuron, its sum and its output; each weight is focusable and named. */}
              <g role="img" aria-label="The neuron on the test input" aria-describedby={summaryId}>
                <circle cx={neuronX} cy={midY} r={NEURON_RADIUS} fill="#f3f3f3" stroke={INK} strokeWidth={3} />
                <text x={neuronX} y={midY} dy="0.36em" textAnchor="middle" className="neuron-sigma">
                  Σ
                </text>

                <line x1={neuronX + NEURON_RADIUS} y1={midY} x2={outputX} y2={midY} stroke={INK} strokeWidth={3} markerEnd="url(#neuron-arrow)" />
                {/* Above the arrow, clear of the neuron's circle: the weighted sum; below it: the output. */}
                <text x={outputX} y={midY - NEURON_RADIUS - 26} textAnchor="end" className="node-label halo">
                  z = {z === null ? '–' : f(z)}
                </text>
                <text x={outputX} y={midY + 48} textAnchor="end" className="node-value strong" data-testid="neuron-output">
                  out = {frame ? f(frame.prediction) : '–'}
                </text>
              </g>
            </svg>
          )}
          {!frame && <p className="chart-empty">The diagram appears with the first frame of training.</p>}
          {/* Over the top of the diagram while the bottom input is read, so the readout never hides what it reads. */}
          <div className={activeLink ? `chart-readout${activeLink.index === 2 ? ' at-top' : ''}` : 'chart-readout is-empty'} aria-live="polite">
            {activeLink &&
              `Weight ${activeLink.index + 1} = ${w(activeLink.weight)} (${activeLink.sign}); input ${activeLink.index + 1} × weight = ${f(
                testInput[activeLink.index]! * activeLink.weight,
              )}`}
          </div>
          <ChartSummary id={summaryId} describe={neuronSummary} />
        </div>
      </ChartWithTable>
    </ChartPanel>
  );
}
