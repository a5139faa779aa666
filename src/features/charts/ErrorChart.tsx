import { useLab } from '../../state';
import { INK, ROW_STYLES } from '../../ui/palette';
import { ChartPanel, Legend } from '../../ui/ChartPanel';
import { TimeChart } from './TimeChart';
import { errorLayers } from './timeLayers';

const LEGEND = [
  { label: 'MSE, mean squared error', color: INK, width: 4 },
  { label: "a row's error, target - output", color: ROW_STYLES[0].color, dash: ROW_STYLES[0].dash, width: 2 },
];

/** The mean squared error over iterations, with each row's error (target - output) as a thin line. */
export function ErrorChart() {
  const logAxis = useLab((s) => s.logAxis);
  return (
    <ChartPanel id="error" title="Error over iterations" legend={<Legend entries={LEGEND} />}>
      <TimeChart label="Error over iterations" yLabel="Error" axis={logAxis ? 'log' : 'linear'} layers={errorLayers} />
    </ChartPanel>
  );
}
