export { labStore, useLab, createLabStore, type LabStore } from './store';
export type { LabState, Notice, PanelId, EnginePort, TableSlice, SettingsSlice, TrainingSlice, ViewSlice } from './labState';
export * from './table';
export * from './presets';
export * from './limits';
export { parseNumber, type Parsed } from './parseNumber';
export { DEFAULT_SETTINGS } from './settingsSlice';
export { presetDataset } from './tableSlice';
export { checkSeed, checkLearningRate, checkTestInput, type Checked } from './settingsValidation';
