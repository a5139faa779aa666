import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { formatCount } from '../../format/number';
import { shownText } from '../../text/userText';
import { useLab, type RecentTable } from '../../state';
import { PopoverButton } from '../../ui/PopoverButton';
import './sharing.css';

/** "10:42" today, "3 Dec, 10:42" before: in the screen's language (3. Dez., 3 déc.), on a 24-hour clock. */
function whenText(savedAt: number, locale: string, before: string, now = Date.now()): string {
  if (savedAt <= 0) return before;
  const date = new Date(savedAt);
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  if (new Date(now).toDateString() === date.toDateString()) return time;
  const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'short' }).format(date);
  return `${day}, ${time}`;
}

function RecentRow({ table, open }: { table: RecentTable; open: (id: string) => void }) {
  const { t, i18n } = useLingui();
  const count = table.rowCount;
  const rows = plural(count, { one: '# row', other: '# rows' });
  const iteration = formatCount(table.iteration);
  const when = whenText(table.savedAt, i18n.locale, t`before this version`);
  return (
    <li>
      <button type="button" className="recent-table" onClick={() => open(table.id)}>
        <span className="recent-table-data">
          <bdi>{shownText(table.table, 40)}</bdi>
        </span>
        <span className="recent-table-facts">{table.thisTab ? t`${rows}, iteration ${iteration}, ${when} (this tab)` : t`${rows}, iteration ${iteration}, ${when}`}</span>
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
  const { t } = useLingui();
  return (
    <PopoverButton label={t`Recent tables`} panelLabel={t`Recent tables`}>
      {tables.length === 0 ? (
        <p>
          <Trans>No table saved in this browser yet: edit the table and it is kept here.</Trans>
        </p>
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
