import { t } from '@lingui/core/macro';
/**
 * Presenter mode pages the math through its lines: the lines are laid out in columns of a fixed height (CSS
 * multi-column, which fills one column before the next), and every two columns make one page. From where each
 * line landed (its left edge), which page it is on.
 */

/** The lines on one page, as indices into the list of lines, and the first and last line's numbers (from 1). */
export interface LedgerPage {
  lines: number[];
  first: number;
  last: number;
}

/**
 * Groups lines into pages of `columnsPerPage` columns. `lefts[i]` is line i's left edge measured from the
 * columns' left edge, `columnStep` the distance from one column's left edge to the next (width + gap). A line
 * that starts a column further right than the last page starts a new page; lines keep their order.
 */
export function pagesOf(lefts: readonly number[], columnStep: number, columnsPerPage: number): LedgerPage[] {
  if (!(columnStep > 0) || !(columnsPerPage >= 1)) throw new RangeError('pagesOf: columnStep must be > 0 and columnsPerPage >= 1');
  const pages: LedgerPage[] = [];
  let lastPage = -1;
  lefts.forEach((left, line) => {
    const page = Math.floor(Math.max(0, Math.round(left / columnStep)) / columnsPerPage);
    // Lines come in order: a line on a further page starts the next page (never an empty one in between).
    if (pages.length === 0 || page > lastPage) pages.push({ lines: [], first: line + 1, last: line + 1 });
    lastPage = Math.max(lastPage, page);
    const current = pages[pages.length - 1]!;
    current.lines.push(line);
    current.last = line + 1;
  });
  return pages;
}

/** "lines 1-4 of 8" (one line: "line 8 of 8"). */
export function pageText(page: LedgerPage, lineCount: number): string {
  const { first, last } = page;
  return first === last ? t`line ${first} of ${lineCount}` : t`lines ${first}-${last} of ${lineCount}`;
}
