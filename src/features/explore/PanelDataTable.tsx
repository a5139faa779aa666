import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLab } from '../../state';
import { formatValue } from '../../format/number';
import type { DataTableContent } from '../a11y';
import type { DataTableState } from '../a11y/useDataTable';

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
  const running = useLab((s) => s.running);
  const digits = useLab((s) => s.digits);
  const [held, setHeld] = useState(content);
  // Paused: follow the panel (React's "adjust state on a prop change" pattern). Running: keep what was held.
  if (!running && held !== content) setHeld(content);
  const shown = running ? held : content;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    table.close();
  };
  return (
    <>
      <div className={table.open ? 'chart-layer is-covered' : 'chart-layer'}>{children}</div>
      {table.open && (
        <div id={table.id} className="data-table-view" role="region" aria-label={`${title}: data table`} tabIndex={0} onKeyDown={onKeyDown}>
          <table className="data-table">
            <caption>
              {shown.caption}
              {running && ' (held during the run; it updates when you pause)'}
            </caption>
            <thead>
              <tr>
                {shown.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.header}</th>
                  {row.values.map((value, c) => (
                    <td key={c} data-value={value === null ? undefined : String(value)}>
                      {value === null ? '' : formatValue(value, digits)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
