import { useId, useRef } from 'react';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useLab, useLabStore } from '../../state';
import { formatCount, formatValue } from '../../format/number';
import { formatValueList } from '../../format/valueList';
import { useElementSize } from '../../ui/useElementSize';
import { ChartPanel } from '../../ui/ChartPanel';
import { MarkLegend, SWATCH, type MarkLegendEntry } from './MarkLegend';
import { ChartSummary } from '../../ui/chartAccess';
import { CubeDrawing } from './CubeDrawing';
import { situationsOf, type Situation } from './situationsModel';
import { situationsSummary, targetsText } from './situationsText';
import { useShownFrame } from './useShownFrame';

/** The legend, worded in the screen's language each time it is drawn. */
const legend = (): MarkLegendEntry[] => [
  { label: t`output 0`, swatch: SWATCH.outputLow },
  { label: t`output 1`, swatch: SWATCH.outputHigh },
  { label: t`a row of the table`, swatch: SWATCH.tableRow },
  { label: t`test input`, swatch: SWATCH.testRing },
];

const makeTest = (name: string) => t`${name}: make it the test input`;

/** The table's caption: the iteration, and where the test input is when it is not one of the corners. */
function caption(iteration: number | null, offCorner: readonly number[] | null): string {
  if (iteration === null) return t`No training yet`;
  const at = formatCount(iteration);
  if (offCorner === null) return t`At iteration ${at}`;
  const input = formatValueList(offCorner);
  return t`At iteration ${at}; the test input ${input} is not a corner`;
}

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
    <ChartPanel id="situations" title={t`Every situation`} legend={<MarkLegend entries={legend()} />}>
      <div className="situations-body">
        <div className="situations-grid">
        <div className="svg-box" ref={boxRef}>
          {shown && width > 0 && <CubeDrawing width={width} height={height} corners={shown.corners} onChoose={choose} describedBy={summaryId} digits={digits} />}
          {!frame && <p className="chart-empty">
              <Trans>The outputs appear with the first frame of training.</Trans>
            </p>}
          <ChartSummary id={summaryId} describe={situationsSummary} />
        </div>
        <div className="situations-side">
          <table className="situations-table">
            <caption>
              {caption(frame ? frame.iteration : null, shown && !shown.testOnCorner ? testInput : null)}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <Trans>Input</Trans>
                </th>
                <th scope="col">
                  <Trans>Output</Trans>
                </th>
                <th scope="col">
                  <Trans>Table's target</Trans>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown?.corners.map((c) => (
                <tr key={c.name} className={[c.targets.length > 0 ? 'is-trained' : '', c.isTest ? 'is-test' : ''].join(' ').trim() || undefined} data-corner={c.name}>
                  <th scope="row">
                    <button type="button" aria-pressed={c.isTest} aria-label={makeTest(c.name)} onClick={() => choose(c.corner)}>
                      {c.name}
                    </button>
                  </th>
                  <td className="number" data-value={String(c.output)}>
                    {formatValue(c.output, digits)}
                  </td>
                  <td className="number">{c.targets.length > 0 ? targetsText(c.targets, digits) : <span className="muted">
                        <Trans>not trained</Trans>
                      </span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown && !shown.tableOnCorners && (
            <p className="explore-note" role="note">
              <Trans>The table's inputs are not all 0 or 1, so its rows lie elsewhere, not on these corners: the cube shows the eight corners only.</Trans>
            </p>
          )}
        </div>
        </div>
      </div>
    </ChartPanel>
  );
}
