import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { PANEL_TITLES, useLab, useRunB } from '../../state';
import { INK, WEIGHT_STYLES } from '../../ui/palette';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { ChartWithTable, DataTableToggle, useDataTable } from '../../ui/chartAccess';
import { weightsSummary, weightsTable } from './chartText';
import { TimeChart } from './TimeChart';
import { RUN_B_CAP, RUN_B_DASH } from './runBLayers';

const LEGEND = WEIGHT_STYLES.slice(0, 3).map((style, j) => ({ label: `w${j + 1}`, color: style.color, dash: style.dash }));

/** While comparing, the legend names both runs: run A's lines as they are, run B's dotted and named "w1 B" and on. */
const bothRunsLegend = (): LegendEntry[] => [
  { label: t`Run A:`, color: INK, mark: 'none' },
  ...LEGEND,
  { label: t`Run B: dotted, “w1 B”…`, color: INK, dash: RUN_B_DASH, cap: RUN_B_CAP },
];

/** The weights over iterations, one line each; with the log axis the 10 / 100 / 10,000 story reads at a glance. */
export function WeightsChart() {
  const logAxis = useLab((s) => s.logAxis);
  const setLogAxis = useLab((s) => s.setLogAxis);
  const table = useDataTable();
  const runB = useRunB();
  return (
    <ChartPanel
      id="weights"
      title={PANEL_TITLES.weights}
      legend={<Legend entries={runB ? bothRunsLegend() : LEGEND} />}
      tools={
        <label className="toggle">
          <input type="checkbox" checked={logAxis} onChange={(event) => setLogAxis(event.target.checked)} />
          <Trans>Log axis</Trans>
        </label>
      }
      action={<DataTableToggle table={table} chart={t`Weights`} />}
    >
      <ChartWithTable table={table} title={PANEL_TITLES.weights} build={weightsTable} runB={runB}>
        <TimeChart label={PANEL_TITLES.weights} describe={weightsSummary} yLabel={t`Weight`} axis={logAxis ? 'log' : 'linear'} layers="weights" />
      </ChartWithTable>
    </ChartPanel>
  );
}
