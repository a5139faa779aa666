// What every chart and panel shares to be read as well as seen: its one-line summary, its numbers as a table
// (and the button that shows it), and short numbers for both.
export { ChartSummary } from './ChartSummary';
export { ChartDataTable, DataTableToggle, type DataTableContent } from './ChartDataTable';
export { ChartWithTable } from './ChartWithTable';
export { useDataTable, type DataTableState } from './useDataTable';
export { useFollowed } from './useFollowed';
export { briefNumber } from './briefNumber';
export { ofRun, RunSummaries, summaryIds } from './RunSummaries';
