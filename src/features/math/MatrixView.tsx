import { memo } from 'react';
import { plural, t } from '@lingui/core/macro';
import { formatExact, formatValue } from '../../format/number';
import { useLab } from '../../state';
import { entry, type Matrix } from './stepMath';

/** Above this many rows a matrix shows its first rows, a "more rows" line, and its last row. */
export const ROWS_SHOWN = 5;

/** The rows shown: all of them, or the first ROWS_SHOWN - 1, a gap, and the last. */
export function shownRows(rows: number, showAll: boolean): (number | 'gap')[] {
  if (showAll || rows <= ROWS_SHOWN) return Array.from({ length: rows }, (_, r) => r);
  return [...Array.from({ length: ROWS_SHOWN - 1 }, (_, r) => r), 'gap', rows - 1];
}

interface MatrixViewProps {
  name: string;
  matrix: Matrix;
  showAll: boolean;
}

/**
 * A matrix in brackets. Each number is shown with 8 significant digits, as NumPy prints it (or the digits a class
 * asked for); its exact double is in
 * data-value and in the tooltip, for anyone checking against Python.
 */
export const MatrixView = memo(function MatrixView({ name, matrix, showAll }: MatrixViewProps) {
  const digits = useLab((s) => s.digits);
  const { rows: rowCount, cols } = matrix;
  const rows = shownRows(matrix.rows, showAll);
  const hidden = matrix.rows - rows.filter((r) => r !== 'gap').length;
  return (
    <table className="ledger-matrix" aria-label={t`${name}, ${rowCount} by ${cols}`} data-matrix={name}>
      <tbody>
        {rows.map((r) =>
          r === 'gap' ? (
            <tr key="gap" className="ledger-gap">
              <td colSpan={matrix.cols}>⋮ {plural(hidden, { one: '# more row', other: '# more rows' })}</td>
            </tr>
          ) : (
            <tr key={r}>
              {Array.from({ length: matrix.cols }, (_, c) => {
                const value = entry(matrix, r, c);
                return (
                  <td key={c} data-value={String(value)} title={formatExact(value)}>
                    {formatValue(value, digits)}
                  </td>
                );
              })}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
});
