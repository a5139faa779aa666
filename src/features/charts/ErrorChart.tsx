import { t } from '@lingui/core/macro';
import { PANEL_TITLES, useLab } from '../../state';
import { INK, ROW_STYLES } from '../../ui/palette';
import { ChartPanel, Legend } from '../../ui/ChartPanel';
import { ChartWithTable, DataTableToggle, useDataTable } from '../../ui/chartAccess';
import { errorSummary, errorTable } from './chartText';
import { TimeChart } from './TimeChart';

const legend = () => [
  { label: t`MSE, mean squared error`, color: INK, width: 4 },
  { label: t`a row's error, target - output`, color: ROW_STYLES[0].color, dash: ROW_STYLES[0].dash, width: 2 },
];

/** The mean squared error over iterations, with each row's error (target - output) as a thin line. */
export function ErrorChart() {
  const logAxis = useLab((s) => s.logAxis);
  const table = useDataTable();
  return (
    <ChartPanel
      id="error"
      title={PANEL_TITLES.error}
      legend={<Legend entries={legend()} />}
      action={<DataTableToggle table={table} chart={t`Error`} />}
    >
      <ChartWithTable table={table} title={PANEL_TITLES.error} build={errorTable}>
        <TimeChart label={PANEL_TITLES.error} describe={errorSummary} yLabel={t`Error`} axis={logAxis ? 'log' : 'linear'} layers="error" />
      </ChartWithTable>
    </ChartPanel>
  );
}
