import { useState, type ReactNode } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useLab } from '../../state';
import { DataTableView, type DataTableContent } from '../../ui/DataTableView';
import type { DataTableState } from '../../ui/chartAccess';

interface PanelWithTableProps {
  table: DataTableState;
  title: string;
  /** The numbers behind the drawing, as the panel has them now (it may depend on the panel's own choices). */
  content: DataTableContent;
  children: ReactNode;
}

/**
 * As the charts' ChartWithTable, for panels whose numbers depend on more than the store (the axes chosen, the
 * landscape's latest grid): the drawing, and over it while open its numbers as a table. The table holds still
 * during a run, as the charts' tables do, and catches up at the pause.
 */
export function PanelWithTable({ table, title, content, children }: PanelWithTableProps) {
  const { t } = useLingui();
  const running = useLab((s) => s.running);
  const [held, setHeld] = useState(content);
  // Paused: follow the panel (React's "adjust state on a prop change" pattern). Running: keep what was held.
  if (!running && held !== content) setHeld(content);
  const shown = running ? held : content;
  return (
    <>
      <div className={table.open ? 'chart-layer is-covered' : 'chart-layer'}>{children}</div>
      {table.open && <DataTableView id={table.id} label={t`${title}: data table`} content={shown} onClose={table.close} />}
    </>
  );
}
