export { LiveAnnouncer } from './LiveAnnouncer';
export { ChartSummary } from './ChartSummary';
export { ChartDataTable, DataTableToggle, type DataTableContent } from './ChartDataTable';
export { ChartWithTable } from './ChartWithTable';
export { useDataTable } from './useDataTable';
export { briefNumber } from './briefNumber';
