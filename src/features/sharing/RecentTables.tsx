import { formatCount } from '../../format/number';
import { shownText } from '../../text/userText';
import { useLab, type RecentTable } from '../../state';
import { PopoverButton } from '../../ui/PopoverButton';
import './sharing.css';

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** "10:42" today, "3 Dec, 10:42" before. */
function whenText(savedAt: number, now = Date.now()): string {
  if (savedAt <= 0) return 'before this version';
  const date = new Date(savedAt);
  const today = new Date(now).toDateString() === date.toDateString();
  return today ? TIME.format(date) : `${DAY.format(date)}, ${TIME.format(date)}`;
}

function RecentRow({ table, open }: { table: RecentTable; open: (id: string) => void }) {
  const rows = `${table.rowCount} row${table.rowCount === 1 ? '' : 's'}`;
  return (
    <li>
      <button type="button" className="recent-table" onClick={() => open(table.id)}>
        <span className="recent-table-data">
          <bdi>{shownText(table.table, 40)}</bdi>
        </span>
        <span className="recent-table-facts">
          {rows}, iteration {formatCount(table.iteration)}, {whenText(table.savedAt)}
          {table.thisTab ? ' (this tab)' : ''}
        </span>
      </button>
    </li>
  );
}

/**
 * "Recent tables": the last tables made in this browser, newest first, each with its iteration and the time of
 * its last edit; every tab's, so a table made in another tab is one click away. Choosing one opens it as it was.
 */
export function RecentTables() {
  const tables = useLab((s) => s.recentTables);
  const open = useLab((s) => s.openRecentTable);
  return (
    <PopoverButton label="Recent tables" panelLabel="Recent tables">
      {tables.length === 0 ? (
        <p>No table saved in this browser yet: edit the table and it is kept here.</p>
      ) : (
        <ol className="recent-tables">
          {tables.map((table) => (
            <RecentRow key={table.id} table={table} open={open} />
          ))}
        </ol>
      )}
    </PopoverButton>
  );
}
