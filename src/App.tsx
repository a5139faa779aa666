import { t } from '@lingui/core/macro';
import { lazy, Suspense } from 'react';
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
import { TrainingTable } from './features/table/TrainingTable';
import { EditNotice } from './features/segments/EditNotice';
import { CopyLinkButton } from './features/sharing/CopyLinkButton';
import { RecentTables } from './features/sharing/RecentTables';
import { useSharing } from './features/sharing/useSharing';
import { LiveAnnouncer } from './features/a11y';
import { MathPanel } from './features/math';
import { LessonLinkButton } from './features/presenter/LessonLinkButton';
import { PresenterButton } from './features/presenter/PresenterButton';
import { PresenterPanelsButton } from './features/presenter/PresenterPanelsPicker';
import { PythonPanel } from './features/python';
import { HandoutView } from './features/handout';
import { KeyboardHelp } from './features/shortcuts/KeyboardHelp';
import { Timeline } from './features/timeline/Timeline';
import { LongWorkQuestion } from './features/longWork/LongWorkQuestion';
import { EXPLORE_VIEW, isExplorePanelId, useLab, useRunB } from './state';
import { EXPLORE_PANEL_NAMES } from './features/explore/panelNames';
import { PopoverButton } from './ui/PopoverButton';
import { LanguagePicker } from './ui/LanguagePicker';
import { LessonButton, LessonSlot, useLessonFocus } from './features/lesson';
import { CompareButton } from './features/compare/CompareButton';

/** Save & open, loaded when first opened: a teacher who only presents never downloads it. */
const ExportMenu = lazy(() => import('./features/exports').then((module) => ({ default: module.ExportMenu })));
/** Start fresh, in Save & open's menu: it comes with the menu. */
const StartFresh = lazy(() => import('./features/sharing/StartFresh').then((module) => ({ default: module.StartFresh })));
/** The Explore view (every situation, the dividing line, the error landscape), loaded when first opened. */
const ExploreView = lazy(() => import('./features/explore').then((module) => ({ default: module.ExploreView })));
/** Compare's panel (run B's settings, A and B side by side), loaded when the learner first compares. */
const ComparePanel = lazy(() => import('./features/compare/ComparePanel').then((module) => ({ default: module.ComparePanel })));

/** Where Compare's panel goes: nothing (and nothing downloaded) until run B exists. */
function CompareSlot() {
  const comparing = useRunB() !== null;
  if (!comparing) return null;
  return (
    <Suspense fallback={null}>
      {/* Run B's table is the table feature's, drawn in run B's store by the panel. */}
      <ComparePanel table={<TrainingTable />} />
    </Suspense>
  );
}

/** The charts that can be saved as images: the element each one draws in (its SVG and canvas layers). */
const savedChartsList = () =>
  [
    { id: 'weights', name: t`Weights` },
    { id: 'error', name: t`Error` },
    { id: 'sigmoid', name: t`Sigmoid` },
    { id: 'neuron', name: t`Neuron` },
    ...EXPLORE_PANEL_NAMES,
  ] as const;

/** The classroom screen. Each feature reads the store itself; this only puts them in their places. */
export function App() {
  // The address bar follows the state, and a shared link's state is in place before the first paint.
  const { startFresh } = useSharing();
  const hiddenPanels = useLab((s) => s.hiddenPanels);
  const openView = useLab((s) => s.openView);
  const explorePanels = useLab((s) => s.explorePanels);
  const lessonFocus = useLessonFocus();
  const comparing = useRunB() !== null;
  // A chart can be saved when it is on the screen: not hidden by a lesson link; an Explore panel while shown.
  const onScreen = (id: string) =>
    isExplorePanelId(id) ? openView === EXPLORE_VIEW && explorePanels.includes(id) : !(hiddenPanels as readonly string[]).includes(id);
  const savedCharts = savedChartsList().filter((chart) => onScreen(chart.id)).map((chart) => ({
    ...chart,
    element: () => document.querySelector(`[data-panel="${chart.id}"] .chart-body`),
  }));
  return (
    <ScreenLayout
      iteration={<IterationReadout />}
      controls={<StepControls />}
      // The header's toolbar: sharing. Its messages go to the notices through addNotice.
      tools={<CopyLinkButton />}
      // The polite live region that says the iteration and prediction after a step or a pause.
      notices={<><Notices /><LiveAnnouncer /><LongWorkQuestion /></>}
      side={[
        // While comparing, runs A and B side by side come first: the question the class asked is answered there.
        { key: 'compare', node: <CompareSlot /> },
        // Recent tables sits beside Add row: in the header it took a second line, which a preset's note and the
        // rows need at 1280x720.
        { key: 'table', panel: 'table', node: <TablePanel picker={<div className="table-tools"><PresetPicker /></div>} note={<PresetNote />} notice={<EditNotice />} tools={<RecentTables />} /> },
        // Presenter mode puts it away while comparing: the Compare table shows both runs' predictions, and the
        // projector's side column has no room for both panels and the table.
        { key: 'situation', secondary: comparing, node: <NewSituation /> },
        { key: 'settings', secondary: true, node: <SettingsPanel tools={<CompareButton />} /> },
      ]}
      charts={[
        // Presenter mode shows the two or three the teacher chose; when a lesson hides those, the lowest ranks.
        { key: 'weights', panel: 'weights', presenterRank: 1, node: <WeightsChart /> },
        { key: 'error', panel: 'error', presenterRank: 3, node: <ErrorChart /> },
        { key: 'sigmoid', panel: 'sigmoid', presenterRank: 4, node: <SigmoidChart /> },
        { key: 'neuron', panel: 'neuron', presenterRank: 2, node: <NeuronDiagram /> },
      ]}
      timeline={<Timeline />}
      lesson={<LessonSlot />}
      lessonFocus={lessonFocus}
      language={<LanguagePicker />}
      lessonTools={[
        {
          key: 'save',
          secondary: true,
          node: (
            <PopoverButton label={t`Save & open`} panelLabel={t`Save and open`}>
              {/* Start fresh comes with the menu, not before it: a button that the menu's arrival pushed down would
                  take a click meant for it somewhere else. */}
              <Suspense fallback={<p>{t`Loading...`}</p>}>
                <ExportMenu charts={savedCharts} />
                <StartFresh startFresh={startFresh} />
              </Suspense>
            </PopoverButton>
          ),
        },
        // In presenter mode too: a teacher leads the lesson from the projector.
        { key: 'lesson-mode', node: <LessonButton /> },
        { key: 'lesson', secondary: true, node: <LessonLinkButton /> },
        { key: 'presenter-charts', node: <PresenterPanelsButton /> },
        { key: 'presenter', node: <PresenterButton /> },
        { key: 'help', node: <KeyboardHelp /> },
      ]}
      views={[
        {
          key: 'math',
          panel: 'math',
          label: t`Show the math`,
          node: (
            <Suspense fallback={null}>
              <MathPanel />
            </Suspense>
          ),
        },
        {
          key: EXPLORE_VIEW,
          // A lesson card can put it away: on the by-hand card its Every situation would show row 1's output.
          panel: 'explore',
          label: t`Explore`,
          node: (
            <Suspense fallback={null}>
              <ExploreView />
            </Suspense>
          ),
        },
        {
          key: 'python',
          label: 'Python',
          node: (
            <Suspense fallback={null}>
              <PythonPanel />
            </Suspense>
          ),
        },
        {
          key: 'handout',
          label: t`Handout`,
          secondary: true,
          node: (
            <Suspense fallback={null}>
              <HandoutView />
            </Suspense>
          ),
        },
      ]}
    />
  );
}
