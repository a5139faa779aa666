import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import type { LabState, LabStore } from '../../state';
import { DataTableView, type DataTableContent } from '../DataTableView';
import { useFollowed } from './useFollowed';
import { bothRunsTable } from './bothRunsTable';
import type { DataTableState } from './useDataTable';
import './chartAccess.css';

export type { DataTableContent };

/**
 * A data table holds still during a run and catches up when it pauses: a table that changes under the reader
 * cannot be read, and rebuilding a thousand rows costs the main thread about 90 ms (measured on a loaded 2-core
 * machine), more than a frame at full speed can spare.
 */
const TABLE_INTERVAL_MS = 250;

/**
 * The "Table" button of a chart: shows the chart's numbers in place of the drawing, and back. `chart` is the chart's
 * short name: four buttons all named "Data table" would be one name for four things in a screen reader's list.
 */
export function DataTableToggle({ table, chart }: { table: DataTableState; chart: string }) {
  return (
    // "Table" is what fits beside a chart's title at 1280 px; the name says it in full and contains the visible word.
    <button
      id={table.toggleId}
      type="button"
      className="data-table-toggle"
      aria-label={t`${chart} data table`}
      aria-expanded={table.open}
      aria-controls={table.id}
      onClick={table.toggle}
    >
      <Trans context="the button that shows a chart's numbers as a table">Table</Trans>
    </button>
  );
}

interface ChartDataTableProps {
  id: string;
  /** Names the scrolling region ("Weights over iterations: data table"). */
  label: string;
  build: (state: LabState) => DataTableContent;
  /** Escape inside the table: close it (the chart returns and focus goes back to the toggle). */
  onClose: () => void;
  /** Run B's store while comparing: its columns follow run A's. */
  runB?: LabStore | null;
}

/**
 * The numbers behind a chart, drawn over it: every value with the 8 significant digits the screen shows and the
 * exact double in data-value. It scrolls on its own and takes focus like any scrolling region.
 */
export function ChartDataTable({ id, label, build, onClose, runB }: ChartDataTableProps) {
  if (runB) return <BothRunsDataTable id={id} label={label} build={build} onClose={onClose} runB={runB} />;
  return <OneRunDataTable id={id} label={label} build={build} onClose={onClose} />;
}

function OneRunDataTable({ id, label, build, onClose }: ChartDataTableProps) {
  const content = useFollowed(build, TABLE_INTERVAL_MS, true);
  return <DataTableView id={id} label={label} content={content} onClose={onClose} />;
}

/** While comparing: run A's columns, then run B's, each following its own run. */
function BothRunsDataTable({ id, label, build, onClose, runB }: ChartDataTableProps & { runB: LabStore }) {
  const a = useFollowed(build, TABLE_INTERVAL_MS, true);
  const b = useFollowed(build, TABLE_INTERVAL_MS, true, runB);
  const content = bothRunsTable(a, b, t`Run A, then run B (its columns end in B). ${a.caption}`);
  return <DataTableView id={id} label={label} content={content} onClose={onClose} />;
}
