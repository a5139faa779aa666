import { useId, useRef } from 'react';
import { useLab, useLabStore } from '../../state';
import { formatCount, formatValue } from '../../format/number';
import { useElementSize } from '../../ui/useElementSize';
import { ChartPanel } from '../../ui/ChartPanel';
import { MarkLegend, SWATCH, type MarkLegendEntry } from './MarkLegend';
import { ChartSummary } from '../../ui/chartAccess';
import { CubeDrawing } from './CubeDrawing';
import { situationsOf, type Situation } from './situationsModel';
import { situationsSummary, targetsText } from './situationsText';
import { useShownFrame } from './useShownFrame';

const LEGEND: MarkLegendEntry[] = [
  { label: 'output 0', swatch: SWATCH.outputLow },
  { label: 'output 1', swatch: SWATCH.outputHigh },
  { label: 'a row of the table', swatch: SWATCH.tableRow },
  { label: 'test input', swatch: SWATCH.testRing },
];

/**
 * "Every situation": the neuron's output for each of the eight inputs 000 to 111 at the iteration shown, as a
 * cube and as a table (8 significant digits). What it was trained on is marked, the test input is ringed, and a
 * corner clicked (or a row's input) becomes the test input.
 */
export function SituationsPanel() {
  const store = useLabStore();
  const choose = (corner: Situation['corner']) => store.getState().setTestInputs(corner);
  const frame = useShownFrame();
  const dataset = useLab((s) => s.dataset);
  const testInput = useLab((s) => s.testInput);
  const digits = useLab((s) => s.digits);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const summaryId = useId();
  const shown = frame ? situationsOf(frame.weights, dataset, testInput) : null;

  return (
    <ChartPanel id="situations" title="Every situation" legend={<MarkLegend entries={LEGEND} />}>
      <div className="situations-body">
        <div className="situations-grid">
        <div className="svg-box" ref={boxRef}>
          {shown && width > 0 && <CubeDrawing width={width} height={height} corners={shown.corners} onChoose={choose} describedBy={summaryId} digits={digits} />}
          {!frame && <p className="chart-empty">The outputs appear with the first frame of training.</p>}
          <ChartSummary id={summaryId} describe={situationsSummary} />
        </div>
        <div className="situations-side">
          <table className="situations-table">
            <caption>
              {frame ? `At iteration ${formatCount(frame.iteration)}` : 'No training yet'}
              {shown && !shown.testOnCorner && `; the test input ${testInput.map((value) => formatValue(value)).join(', ')} is not a corner`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">Output</th>
                <th scope="col">Table's target</th>
              </tr>
            </thead>
            <tbody>
              {shown?.corners.map((c) => (
                <tr key={c.name} className={[c.targets.length > 0 ? 'is-trained' : '', c.isTest ? 'is-test' : ''].join(' ').trim() || undefined} data-corner={c.name}>
                  <th scope="row">
                    <button type="button" aria-pressed={c.isTest} aria-label={`${c.name}: make it the test input`} onClick={() => choose(c.corner)}>
                      {c.name}
                    </button>
                  </th>
                  <td className="number" data-value={String(c.output)}>
                    {formatValue(c.output, digits)}
                  </td>
                  <td className="number">{c.targets.length > 0 ? targetsText(c.targets, digits) : <span className="muted">not trained</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown && !shown.tableOnCorners && (
            <p className="explore-note" role="note">
              The table's inputs are not all 0 or 1, so its rows lie elsewhere, not on these corners: the cube shows the eight corners only.
            </p>
          )}
        </div>
        </div>
      </div>
    </ChartPanel>
  );
}
