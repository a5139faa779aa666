/** Where the keyboard moves between the table's cells. Rows and columns count from 0. */
export interface CellPosition {
  row: number;
  column: number;
}

export interface Caret {
  start: number | null;
  end: number | null;
  length: number;
}

/**
 * The cell a key moves to, or null when the key stays in the field (typing, or moving the caret inside the
 * text). Enter and the up/down arrows move between rows (Shift+Enter up); left/right move to the next cell
 * only from the text's edge, so the caret can still move inside what was typed. Tab is left to the browser.
 */
export function cellMove(key: string, shift: boolean, at: CellPosition, rows: number, columns: number, caret: Caret): CellPosition | null {
  const collapsed = caret.start !== null && caret.start === caret.end;
  switch (key) {
    case 'Enter':
      return shift ? (at.row > 0 ? { row: at.row - 1, column: at.column } : null) : at.row < rows - 1 ? { row: at.row + 1, column: at.column } : null;
    case 'ArrowDown':
      return at.row < rows - 1 ? { row: at.row + 1, column: at.column } : null;
    case 'ArrowUp':
      return at.row > 0 ? { row: at.row - 1, column: at.column } : null;
    case 'ArrowLeft':
      return collapsed && caret.start === 0 && at.column > 0 ? { row: at.row, column: at.column - 1 } : null;
    case 'ArrowRight':
      return collapsed && caret.end === caret.length && at.column < columns - 1 ? { row: at.row, column: at.column + 1 } : null;
    default:
      return null;
  }
}
