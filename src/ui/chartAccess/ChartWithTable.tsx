import type { ReactNode } from 'react';
import { t } from '@lingui/core/macro';
import type { LabState, LabStore } from '../../state';
import { ChartDataTable, type DataTableContent } from './ChartDataTable';
import type { DataTableState } from './useDataTable';

interface ChartWithTableProps {
  table: DataTableState;
  /** The chart's title: the table is named "<title>: data table". */
  title: string;
  build: (state: LabState) => DataTableContent;
  /** Run B's store while comparing: the table has its columns too. */
  runB?: LabStore | null;
  children: ReactNode;
}

/**
 * A chart, and its data table over it while the table is open. The chart stays mounted underneath (it keeps its
 * size and drawing) but hidden, so neither the keyboard nor a screen reader reaches what cannot be seen.
 */
export function ChartWithTable({ table, title, build, runB, children }: ChartWithTableProps) {
  return (
    <>
      <div className={table.open ? 'chart-layer is-covered' : 'chart-layer'}>{children}</div>
      {table.open && <ChartDataTable id={table.id} label={t`${title}: data table`} build={build} onClose={table.close} runB={runB} />}
    </>
  );
}
