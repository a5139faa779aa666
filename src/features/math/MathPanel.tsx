import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { formatCount } from '../../format/number';
import type { LabStore } from '../../state';
import { RunPick, useRunPick } from '../../ui/RunPick';
import { useElementSize } from '../../ui/useElementSize';
import { pageText } from './ledgerPages';
import { stepLines } from './ledgerLines';
import { ROWS_SHOWN } from './MatrixView';
import { StepLedger, type LedgerLayout } from './StepLedger';
import { useLedgerPages } from './useLedgerPages';
import { useShownStep, type StepChoice } from './useShownStep';
import './math.css';

export interface MathPanelProps {
  /** The store to follow; by default the run of the LabStoreProvider above. */
  store?: LabStore;
}

/** While no step can be shown yet: what the panel waits for. */
const statusText = (status: 'waiting' | 'catching-up') => (status === 'waiting' ? t`Waiting for the weights of this iteration...` : t`Recomputing for the new table...`);

const whenText = (when: 'taken' | 'upcoming') => (when === 'taken' ? t`the step just taken` : t`the step about to happen`);

/** What a screen reader hears as a teacher reveals the lines one at a time. */
function revealedText(count: number, total: number, code: string | undefined): string {
  if (code === undefined) return plural(total, { one: 'Line by line: # line to go', other: 'Line by line: # lines to go' });
  return t`Line ${count} of ${total}: ${code}`;
}

/** "iteration 10 → 11": the step shown. */
function iterationArrow(iteration: number): string {
  const from = formatCount(iteration);
  const to = formatCount(iteration + 1);
  return t`iteration ${from} → ${to}`;
}

/** Narrower than this (a phone, a narrow window) the lines stack, one block each, in one column. */
export const CARDS_BELOW = 700;

/**
 * "Show the math": every number of one step, beside the line of the tutorial's Python that computes it. By default
 * the step just taken (k - 1 -> k: after Step 1 from 0, the step 0 -> 1 the class has just watched), or the next
 * one; at iteration 0 the step about to happen. A teacher can reveal the lines one at a time. Follows the
 * iteration shown, during a run too (a few times a second).
 */
export default function MathPanel({ store: given }: MathPanelProps) {
  // While comparing, the learner picks the run whose step is shown.
  const runPick = useRunPick();
  const store = given ?? runPick.store;
  // How it is shown is the screen's (run A's: run B has no presenter mode of its own).
  const screen = given ?? runPick.runA;
  const [choice, setChoice] = useState<StepChoice>('taken');
  const shown = useShownStep(store, undefined, choice);
  const [showAll, setShowAll] = useState(false);
  const [lineByLine, setLineByLine] = useState(false);
  const step = shown.status === 'ready' ? shown.step : null;
  const allRows = step ? step.X.rows : 0;
  const lines = step ? stepLines(step.learningRate) : [];
  // Lines revealed so far, for the step they were revealed in: another step starts again from the first line.
  const stepKey = step ? `${step.iteration}` : '';
  const [revealed, setRevealed] = useState({ key: '', count: 0 });
  const count = revealed.key === stepKey ? revealed.count : 0;
  const visibleLines = lineByLine ? count : lines.length;
  const lastRevealed = lineByLine && count > 0 ? lines[count - 1] : undefined;

  // Presenter mode: two columns a page, at the back row's type size; a phone: one column of blocks.
  const presenter = useStore(screen, (s) => s.presenter);
  const digits = useStore(screen, (s) => s.digits);
  const boxRef = useRef<HTMLElement>(null);
  const linesRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(boxRef);
  const layout: LedgerLayout = presenter ? 'pages' : width > 0 && width < CARDS_BELOW ? 'cards' : 'table';
  const lineCount = 1 + Math.min(visibleLines, lines.length);
  const layoutKey = step ? `${step.X.rows}x${step.X.cols}|${showAll}|${lineCount}|${step.learningRate !== 1}|${digits}` : '';
  const { measuring, pages } = useLedgerPages(linesRef, layout === 'pages' && step !== null, layoutKey);
  const [pageIndex, setPageIndex] = useState(0);
  const shownPage = Math.max(0, Math.min(pageIndex, pages.length - 1));
  const page = layout === 'pages' ? pages[shownPage] : undefined;
  const paged = layout === 'pages' && pages.length > 1;
  const turn = (by: number) => setPageIndex(Math.max(0, Math.min(pages.length - 1, shownPage + by)));
  // Page Down / Page Up turn the page (what a presenter's remote sends), anywhere but in a field or a dialog.
  const turnByKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    if (event.target instanceof Element && event.target.closest('input, select, textarea, [contenteditable], dialog, [role="dialog"]')) return;
    event.preventDefault();
    turn(event.key === 'PageDown' ? 1 : -1);
  });
  useEffect(() => {
    if (!paged) return;
    window.addEventListener('keydown', turnByKey);
    return () => window.removeEventListener('keydown', turnByKey);
  }, [paged]);
  // A page button the turn disabled (the first page, the last) hands the focus to the other, after the render
  // that enables it: the keyboard stays in the pager.
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const focusAfterTurn = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    focusAfterTurn.current?.focus();
    focusAfterTurn.current = null;
  });
  const turnFrom = (by: number, button: HTMLButtonElement) => {
    const to = Math.max(0, Math.min(pages.length - 1, shownPage + by));
    if ((to === 0 || to === pages.length - 1) && document.activeElement === button) focusAfterTurn.current = by > 0 ? previousRef.current : nextRef.current;
    setPageIndex(to);
  };
  return (
    <section className="ledger" aria-labelledby="ledger-title" data-testid="math-ledger" data-layout={layout} ref={boxRef}>
      <header className="ledger-header">
        <h2 id="ledger-title">
          <Trans>The math of one step</Trans>
        </h2>
        {shown.status === 'ready' && (
          <p className="ledger-iterations">
            <span data-testid="ledger-iteration" data-value={shown.step.iteration} data-to={shown.step.iteration + 1}>
              {iterationArrow(shown.step.iteration)}
            </span>{' '}
            {/* Said by the pressed step switch too: presenter mode leaves it out when they agree, for room. */}
            <span className={(shown.when === 'taken') === (choice === 'taken') ? 'ledger-when is-said' : 'ledger-when'} data-testid="ledger-when">
              ({whenText(shown.when)})
            </span>
          </p>
        )}
        <div className="ledger-tools">
          {runPick.runB && !given && <RunPick choice={runPick.choice} onPick={runPick.pick} />}
          <div className="ledger-choice" role="group" aria-label={t`Which step`}>
            <button type="button" aria-pressed={choice === 'taken'} onClick={() => setChoice('taken')}>
              <Trans>Step just taken</Trans>
            </button>
            <button type="button" aria-pressed={choice === 'next'} onClick={() => setChoice('next')}>
              <Trans>Next step</Trans>
            </button>
          </div>
          <button type="button" aria-pressed={lineByLine} onClick={() => {
              setLineByLine(!lineByLine);
              setPageIndex(0);
            }}>
            <Trans>Line by line</Trans>
          </button>
          {lineByLine && (
            <button
              type="button"
              disabled={!step || count >= lines.length}
              onClick={() => {
                setRevealed({ key: stepKey, count: count + 1 });
                // The line just revealed is on the last page.
                setPageIndex(Number.MAX_SAFE_INTEGER);
              }}
            >
              <Trans>Next line</Trans>
            </button>
          )}
          {step && allRows > ROWS_SHOWN && (
            <button type="button" className="ledger-toggle" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? t`Show ${ROWS_SHOWN} rows` : t`Show all ${allRows} rows`}
            </button>
          )}
          {paged && page && (
            <div className="ledger-pager" role="group" aria-label={t`Lines shown`}>
              <button ref={previousRef} type="button" aria-label={t`Previous lines`} title={t`Previous lines (Page Up)`} disabled={shownPage === 0} onClick={(event) => turnFrom(-1, event.currentTarget)}>
                ‹
              </button>
              <span className="ledger-page-text" data-testid="ledger-page" aria-live="polite">
                {pageText(page, lineCount)}
              </span>
              <button ref={nextRef} type="button" aria-label={t`Next lines`} title={t`Next lines (Page Down)`} disabled={shownPage === pages.length - 1} onClick={(event) => turnFrom(1, event.currentTarget)}>
                ›
              </button>
            </div>
          )}
        </div>
      </header>
      {/* Says which line came, for a screen reader following a teacher's Next line. */}
      <p className="visually-hidden" aria-live="polite">
        {lineByLine ? revealedText(count, lines.length, lastRevealed?.code) : ''}
      </p>
      {shown.status === 'ready' ? (
        <StepLedger step={shown.step} showAll={showAll} visibleLines={visibleLines} layout={layout} linesRef={linesRef} shownLines={page && !measuring ? page.lines : null} />
      ) : (
        <p className="ledger-status" role="status">
          {shown.status === 'error' ? shown.message : statusText(shown.status)}
        </p>
      )}
    </section>
  );
}
