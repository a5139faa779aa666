import { StepControls } from './features/controls/StepControls';
import { SettingsPanel } from './features/controls/SettingsPanel';
import { ErrorChart } from './features/charts/ErrorChart';
import { SigmoidChart } from './features/charts/SigmoidChart';
import { WeightsChart } from './features/charts/WeightsChart';
import { Notices } from './features/layout/Notices';
import { ScreenLayout } from './features/layout/ScreenLayout';
import { NeuronDiagram } from './features/neuron/NeuronDiagram';
import { PresetNote, PresetPicker } from './features/presets/PresetPicker';
import { IterationReadout } from './features/readouts/IterationReadout';
import { NewSituation } from './features/readouts/NewSituation';
import { TablePanel } from './features/table/TablePanel';

/** The classroom screen. Each feature reads the store itself; this only puts them in their places. */
export function App() {
  return (
    <ScreenLayout
      iteration={<IterationReadout />}
      controls={<StepControls />}
      // Sharing's "Copy link" button goes in `tools`; its messages go through the store's addNotice.
      tools={null}
      notices={<Notices />}
      side={
        <>
          <TablePanel picker={<PresetPicker />} note={<PresetNote />} />
          <NewSituation />
          <SettingsPanel />
        </>
      }
      charts={
        <>
          <WeightsChart />
          <ErrorChart />
          <SigmoidChart />
          <NeuronDiagram />
        </>
      }
    />
  );
}
