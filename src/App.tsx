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
import { CopyLinkButton } from './features/sharing/CopyLinkButton';
import { useSharing } from './features/sharing/useSharing';
import { LiveAnnouncer } from './features/a11y';

/** The classroom screen. Each feature reads the store itself; this only puts them in their places. */
export function App() {
  // The address bar follows the state, and a shared link's state is in place before the first paint.
  useSharing();
  return (
    <ScreenLayout
      iteration={<IterationReadout />}
      controls={<StepControls />}
      // The header's toolbar: sharing and export tools. Their messages go to the notices through addNotice.
      tools={<CopyLinkButton />}
      // The polite live region that says the iteration and prediction after a step or a pause.
      notices={<><Notices /><LiveAnnouncer /></>}
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
