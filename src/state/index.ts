export { createLabStore, type LabStore } from './store';
export { LabStoreProvider, useLabStore, useLab } from './runStore';
export type {
  LabState,
  Notice,
  NoticeAction,
  PanelId,
  EnginePort,
  RecentTable,
  SavedTablesPort,
  TableSlice,
  SettingsSlice,
  TrainingSlice,
  ViewSlice,
  SavedSlice,
  SegmentsSlice,
  LongWork,
  LongWorkSlice,
  LongWorkSource,
} from './labState';
export { ASK_AFTER_SECONDS, aboutText, secondsToReach } from './longWorkSlice';
export * from './table';
export * from './presets';
export * from './limits';
export { parseNumber, type Parsed } from './parseNumber';
export { duringRun } from './duringRun';
export { DEFAULT_SETTINGS } from './settingsSlice';
export * from './stops';
export { presetDataset } from './tableSlice';
export { checkSeed, checkLearningRate, checkTestInput, type Checked } from './settingsValidation';
export { runSegmentsOf, runFieldsOf, editIterations, segmentAt, trainingAt, ONE_SEGMENT, type RunFields } from './runSegments';
export { editIterationOf } from './segmentsSlice';
export { PANEL_TITLES } from './panelTitles';
export { EXPLORE_PANEL_IDS, EXPLORE_VIEW, LAB_VIEW, isExplorePanelId, type ExplorePanelId } from './explorePanels';
export {
  ComparisonProvider,
  RunNameProvider,
  runSuffix,
  setupFieldsOf,
  useComparison,
  useComparisonStore,
  useRunB,
  useRunName,
  type ComparisonState,
  type ComparisonStore,
  type RunName,
} from './comparison';
export { runBLabel } from './runName';
