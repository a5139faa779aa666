import { useState } from 'react';
import { formatCount } from '../../format/number';
import { labStore, type LabStore } from '../../state';
import { stepLines } from './ledgerLines';
import { ROWS_SHOWN } from './MatrixView';
import { StepLedger } from './StepLedger';
import { useShownStep, type StepChoice } from './useShownStep';
import './math.css';

export interface MathPanelProps {
  /** The store to follow; the app's own by default (tests pass their own). */
  store?: LabStore;
}

const STATUS_TEXT = {
  waiting: 'Waiting for the weights of this iteration...',
  'catching-up': 'Recomputing for the new table...',
} as const;

const WHEN_TEXT = { taken: 'the step just taken', upcoming: 'the step about to happen' } as const;

/**
 * "Show the math": every number of one step, beside the line of the tutorial's Python that computes it. By default
 * the step just taken (k - 1 -> k: after Step 1 from 0, the step 0 -> 1 the class has just watched), or the next
 * one; at iteration 0 the step about to happen. A teacher can reveal the lines one at a time. Follows the
 * iteration shown, during a run too (a few times a second).
 */
export default function MathPanel({ store = labStore }: MathPanelProps) {
  const [choice, setChoice] = useState<StepChoice>('taken');
  const shown = useShownStep(store, undefined, choice);
  const [showAll, setShowAll] = useState(false);
  const [lineByLine, setLineByLine] = useState(false);
  const step = shown.status === 'ready' ? shown.step : null;
  const lines = step ? stepLines(step.learningRate) : [];
  // Lines revealed so far, for the step they were revealed in: another step starts again from the first line.
  const stepKey = step ? `${step.iteration}` : '';
  const [revealed, setRevealed] = useState({ key: '', count: 0 });
  const count = revealed.key === stepKey ? revealed.count : 0;
  const visibleLines = lineByLine ? count : lines.length;
  const lastRevealed = lineByLine && count > 0 ? lines[count - 1] : undefined;
  return (
    <section className="ledger" aria-labelledby="ledger-title" data-testid="math-ledger">
      <header className="ledger-header">
        <h2 id="ledger-title">The math of one step</h2>
        {shown.status === 'ready' && (
          <p className="ledger-iterations">
            <span data-testid="ledger-iteration" data-value={shown.step.iteration} data-to={shown.step.iteration + 1}>
              iteration {formatCount(shown.step.iteration)} → {formatCount(shown.step.iteration + 1)}
            </span>{' '}
            <span className="ledger-when" data-testid="ledger-when">
              ({WHEN_TEXT[shown.when]})
            </span>
          </p>
        )}
        <div className="ledger-tools">
          <div className="ledger-choice" role="group" aria-label="Which step">
            <button type="button" aria-pressed={choice === 'taken'} onClick={() => setChoice('taken')}>
              Step just taken
            </button>
            <button type="button" aria-pressed={choice === 'next'} onClick={() => setChoice('next')}>
              Next step
            </button>
          </div>
          <button type="button" aria-pressed={lineByLine} onClick={() => setLineByLine(!lineByLine)}>
            Line by line
          </button>
          {lineByLine && (
            <button type="button" disabled={!step || count >= lines.length} onClick={() => setRevealed({ key: stepKey, count: count + 1 })}>
              Next line
            </button>
          )}
          {step && step.X.rows > ROWS_SHOWN && (
            <button type="button" className="ledger-toggle" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? `Show ${ROWS_SHOWN} rows` : `Show all ${step.X.rows} rows`}
            </button>
          )}
        </div>
      </header>
      {/* Says which line came, for a screen reader following a teacher's Next line. */}
      <p className="visually-hidden" aria-live="polite">
        {lineByLine ? (lastRevealed ? `Line ${count} of ${lines.length}: ${lastRevealed.code}` : `Line by line: ${lines.length} lines to go`) : ''}
      </p>
      {shown.status === 'ready' ? (
        <StepLedger step={shown.step} showAll={showAll} visibleLines={visibleLines} />
      ) : (
        <p className="ledger-status" role="status">
          {shown.status === 'error' ? shown.message : STATUS_TEXT[shown.status]}
        </p>
      )}
    </section>
  );
}
