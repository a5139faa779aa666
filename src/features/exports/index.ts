export { ExportMenu, type ExportMenuProps, type ChartTarget, type HistorySource, type HistoryRequest } from './ExportMenu';
export { chartToSvg, chartToPng } from './chartExport';
export { historyCsv, type HistoryColumns } from './historyCsv';
export { recordHistory, historyIterations, type RunSetup } from './recordHistory';
export { importText, importFile } from './importFile';
