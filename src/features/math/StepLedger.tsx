import { plural, t } from '@lingui/core/macro';
import { Formula } from './Formula';
import { GIVEN_LINES, stepLines } from './ledgerLines';
import { MatrixView } from './MatrixView';
import type { StepMath } from './stepMath';
import type { Ref } from 'react';

/**
 * How the lines are laid out: `table`, a grid of the Python, the formula and the matrix (a desk's screen); `cards`,
 * each line a block of its own, in one column (a phone); `pages`, those blocks in two columns, a page at a time
 * (presenter mode: everything at the back row's type size, nothing to scroll).
 */
export type LedgerLayout = 'table' | 'cards' | 'pages';

interface StepLedgerProps {
  step: StepMath;
  /** Every row of each matrix, rather than the first rows and the last. */
  showAll: boolean;
  /** How many of the loop's lines to show (all by default); the table and the weights always show. */
  visibleLines?: number;
  layout?: LedgerLayout;
  /** The element holding one child per line (the given matrices first): paging measures it. */
  linesRef?: Ref<HTMLDivElement>;
  /** In `pages`: the lines on the page shown (0 is the given matrices); the others are hidden. All when null. */
  shownLines?: readonly number[] | null;
}

/**
 * Every number of one step, one line of the tutorial's loop per row: the Python, the formula, and the matrix it
 * computes. The table and the weights it starts from come first.
 */
export function StepLedger({ step, showAll, visibleLines = Infinity, layout = 'table', linesRef, shownLines = null }: StepLedgerProps) {
  const hidden = (line: number) => shownLines !== null && !shownLines.includes(line);
  const iterations = step.iteration;
  return (
    <div className={`ledger-grid is-${layout}`} role="list" aria-label={t`The step, line by line`} ref={linesRef}>
      <div className="ledger-line ledger-given" role="listitem" data-line="given" hidden={hidden(0)}>
        <div className="ledger-code">
          <code>
            {'# '}
            {plural(iterations, { one: 'the table, and the weights after # iteration', other: 'the table, and the weights after # iterations' })}
          </code>
        </div>
        <div className="ledger-given-matrices">
          {GIVEN_LINES.map((line) => (
            <figure key={line.id} className="ledger-given-item" data-line={line.id}>
              <figcaption>
                <Formula tex={line.tex} text={line.text} /> <code>{line.code}</code>
              </figcaption>
              <MatrixView name={line.text} matrix={line.matrix(step)} showAll={showAll} />
            </figure>
          ))}
        </div>
      </div>
      {stepLines(step.learningRate).slice(0, visibleLines).map((line, index) => (
        <div key={line.id} className="ledger-line" role="listitem" data-line={line.id} hidden={hidden(index + 1)}>
          <div className="ledger-code">
            <code>{line.code}</code>
            <span className="ledger-caption">{line.caption}</span>
          </div>
          <div className="ledger-formula-cell">
            <Formula tex={line.tex} text={line.text} />
          </div>
          <div className="ledger-value">
            <span className="ledger-equals" aria-hidden="true">
              =
            </span>
            <MatrixView name={line.id === 'nextW' ? t`W new` : line.id} matrix={line.matrix(step)} showAll={showAll} />
          </div>
        </div>
      ))}
    </div>
  );
}
