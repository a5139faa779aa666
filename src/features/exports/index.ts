export { ExportMenu, type ExportMenuProps, type ChartTarget, type HistorySource, type HistoryRequest } from './ExportMenu';
export { chartToSvg, chartToPng } from './chartExport';
export { historyCsv, type HistoryColumns } from './historyCsv';
export { recordHistory, historyIterations, type RunSetup } from './recordHistory';
export { stateJson, STATE_FILE_NAME } from './stateJson';
export { importText, importFile } from './importFile';
export { applyImport } from './applyImport';
export { snapshotOf, type LabSnapshot, type ImportedState } from './labSnapshot';
