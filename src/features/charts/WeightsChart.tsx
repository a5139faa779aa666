import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { PANEL_TITLES, useLab } from '../../state';
import { WEIGHT_STYLES } from '../../ui/palette';
import { ChartPanel, Legend } from '../../ui/ChartPanel';
import { ChartWithTable, DataTableToggle, useDataTable } from '../../ui/chartAccess';
import { weightsSummary, weightsTable } from './chartText';
import { TimeChart } from './TimeChart';

const LEGEND = WEIGHT_STYLES.slice(0, 3).map((style, j) => ({ label: `w${j + 1}`, color: style.color, dash: style.dash }));

/** The weights over iterations, one line each; with the log axis the 10 / 100 / 10,000 story reads at a glance. */
export function WeightsChart() {
  const logAxis = useLab((s) => s.logAxis);
  const setLogAxis = useLab((s) => s.setLogAxis);
  const table = useDataTable();
  return (
    <ChartPanel
      id="weights"
      title={PANEL_TITLES.weights}
      legend={<Legend entries={LEGEND} />}
      tools={
        <label className="toggle">
          <input type="checkbox" checked={logAxis} onChange={(event) => setLogAxis(event.target.checked)} />
          <Trans>Log axis</Trans>
        </label>
      }
      action={<DataTableToggle table={table} chart={t`Weights`} />}
    >
      <ChartWithTable table={table} title={PANEL_TITLES.weights} build={weightsTable}>
        <TimeChart label={PANEL_TITLES.weights} describe={weightsSummary} yLabel={t`Weight`} axis={logAxis ? 'log' : 'linear'} layers="weights" />
      </ChartWithTable>
    </ChartPanel>
  );
}
