import type { KeyboardEvent } from 'react';
import { Trans } from '@lingui/react/macro';
import { useLab } from '../state';
import { formatValue } from '../format/number';

/** A panel's numbers as a table: column headings, then one row per sample (or mark), headed by its first cell. */
export interface DataTableContent {
  caption: string;
  /** The headings of every column, the row-heading column first. */
  columns: string[];
  rows: { key: string; header: string; values: (number | null)[] }[];
}

interface DataTableViewProps {
  id: string;
  /** Names the scrolling region ("Weights over iterations: data table"). */
  label: string;
  content: DataTableContent;
  /** Escape inside the table: close it (the drawing returns and focus goes back to its toggle). */
  onClose: () => void;
}

/**
 * The numbers behind a drawing, shown over it: every value with the significant digits the screen shows and the
 * exact double in data-value. It scrolls on its own and takes focus like any scrolling region. During a run the
 * caption says the table is held (the caller holds it).
 */
export function DataTableView({ id, label, content, onClose }: DataTableViewProps) {
  const running = useLab((state) => state.running);
  const digits = useLab((state) => state.digits);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  return (
    <div id={id} className="data-table-view" role="region" aria-label={label} tabIndex={0} onKeyDown={onKeyDown}>
      <table className="data-table">
        <caption>
          {content.caption}
          {running && (
            <>
              {' '}
              <Trans>(held during the run; it updates when you pause)</Trans>
            </>
          )}
        </caption>
        <thead>
          <tr>
            {content.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {content.rows.map((row) => (
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
  );
}
