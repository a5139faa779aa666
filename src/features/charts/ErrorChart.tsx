import { t } from '@lingui/core/macro';
import { PANEL_TITLES, runBLabel, useLab, useRunB } from '../../state';
import { INK, ROW_STYLES } from '../../ui/palette';
import { ChartPanel, Legend, type LegendEntry } from '../../ui/ChartPanel';
import { ChartWithTable, DataTableToggle, useDataTable } from '../../ui/chartAccess';
import { errorSummary, errorTable } from './chartText';
import { TimeChart } from './TimeChart';
import { RUN_B_CAP, RUN_B_DASH } from './runBLayers';

const legend = (): LegendEntry[] => [
  { label: t`MSE, mean squared error`, color: INK, width: 4 },
  { label: t`a row's error, target - output`, color: ROW_STYLES[0].color, dash: ROW_STYLES[0].dash, width: 2 },
];

/** While comparing, the legend names both runs: run A's lines as they are, and run B's MSE, dotted and named "MSE B". */
const bothRunsLegend = (): LegendEntry[] => {
  // The name at the end of run B's MSE line (the chart's layer is named "MSE").
  const mseB = runBLabel('MSE');
  return [
    { label: t`Run A:`, color: INK, mark: 'none' },
    ...legend(),
    { label: t`Run B's MSE: dotted, “${mseB}”`, color: INK, dash: RUN_B_DASH, cap: RUN_B_CAP, width: 4 },
  ];
};

/** The mean squared error over iterations, with each row's error (target - output) as a thin line. */
export function ErrorChart() {
  const logAxis = useLab((s) => s.logAxis);
  const table = useDataTable();
  const runB = useRunB();
  return (
    <ChartPanel
      id="error"
      title={PANEL_TITLES.error}
      legend={<Legend entries={runB ? bothRunsLegend() : legend()} />}
      action={<DataTableToggle table={table} chart={t`Error`} />}
    >
      <ChartWithTable table={table} title={PANEL_TITLES.error} build={errorTable} runB={runB}>
        <TimeChart label={PANEL_TITLES.error} describe={errorSummary} yLabel={t`Error`} axis={logAxis ? 'log' : 'linear'} layers="error" />
      </ChartWithTable>
    </ChartPanel>
  );
}
