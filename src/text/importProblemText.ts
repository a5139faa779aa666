import { plural, t } from '@lingui/core/macro';
import { formatDecimalText } from '../format/number';
import type { ImportSaid } from '../state/setup/fileProblem';
import { TARGET_COLUMN, type CellColumn } from '../state/table';
import { ISOLATE_END, ISOLATE_START, quote, shownText } from './userText';

/*
 * A chosen file's problems and a CSV table file's (state/setup/fileProblem.ts, ImportSaid) in the screen's
 * language: the one place they are worded. The file's own column names (Input 1, Target, Run) stay as the file
 * writes them, in every language.
 */

/** "1.2 MB", "340 kB": a file size, with the language's decimal sign. */
export function sizeText(chars: number): string {
  return chars >= 1e6 ? `${formatDecimalText((chars / 1e6).toFixed(1))} MB` : `${Math.ceil(chars / 1e3)} kB`;
}

/** "Line 3", "Line 3, Input 2", "Line 4, Run": where in a CSV file. */
export function csvWhereText(line: number, field: CellColumn | 'run' | null): string {
  if (field === null) return t`Line ${line}`;
  if (field === 'run') return t`Line ${line}, Run`;
  if (field === TARGET_COLUMN) return t`Line ${line}, Target`;
  const input = field + 1;
  return t`Line ${line}, Input ${input}`;
}

export function importSaidText(said: ImportSaid): string {
  switch (said.code) {
    case 'fileTooLarge': {
      const size = sizeText(said.size);
      const most = sizeText(said.most);
      return t`The file is ${size}: a table or state file is a few kB, at most ${most}. Is it the right file?`;
    }
    case 'notText':
      return t`This is not a text file: choose a .csv table or a .json state saved by Neuron Lab.`;
    case 'fileUnreadable': {
      const reason = `${ISOLATE_START}${shownText(said.reason, 200)}${ISOLATE_END}`;
      return t`The file could not be read (${reason}).`;
    }
    case 'moreProblems': {
      const more = said.more;
      return plural(more, { one: '... and # more problem.', other: '... and # more problems.' });
    }
    case 'csvEmpty':
      return t`The file is empty: a table file has one row per line.`;
    case 'csvHistoryExport': {
      const first = quote(said.first);
      const columns = said.columns.join(', ');
      return t`this is a history export (its columns start with ${first}), not a table; a table file has the columns ${columns}.`;
    }
    case 'csvHeaderColumns': {
      const header = quote(said.header);
      const needed = said.columns.length;
      const columns = said.columns.join(', ');
      const count = said.count;
      return plural(count, {
        one: `the header has # column (${header}); each row needs ${needed} values: ${columns}.`,
        other: `the header has # columns (${header}); each row needs ${needed} values: ${columns}.`,
      });
    }
    case 'csvNotRun': {
      const typed = quote(said.text);
      return t`${typed} is not a run: the Run column says A or B.`;
    }
    case 'csvRowValues': {
      const needed = said.columns.length;
      const columns = said.columns.join(', ');
      const count = said.count;
      return plural(count, {
        one: `has # value; each row needs ${needed} values: ${columns}.`,
        other: `has # values; each row needs ${needed} values: ${columns}.`,
      });
    }
    case 'csvHeaderOnly':
      return t`The file has a header but no rows: add at least one row of numbers.`;
    case 'csvOnlyRunB':
      return t`The file has rows of run B only: run A's table needs at least one row (Run A).`;
    case 'csvTooManyRows': {
      const rows = said.rows;
      const most = said.most;
      if (said.run === 'A') return t`The file has ${rows} rows of run A: a table may have at most ${most}.`;
      if (said.run === 'B') return t`The file has ${rows} rows of run B: a table may have at most ${most}.`;
      return t`The file has ${rows} rows: a table may have at most ${most}.`;
    }
  }
}

/** "Line 3, Input 2: ..." : a problem with where it is, joined as the language joins them. */
export function problemText(where: string | null, message: string): string {
  return where === null ? message : t`${where}: ${message}`;
}
