import { useState } from 'react';
import { formatCount } from '../../format/number';
import { labStore, type LabStore } from '../../state';
import { ROWS_SHOWN } from './MatrixView';
import { StepLedger } from './StepLedger';
import { useShownStep } from './useShownStep';
import './math.css';

export interface MathPanelProps {
  /** The store to follow; the app's own by default (tests pass their own). */
  store?: LabStore;
}

const STATUS_TEXT = {
  waiting: 'Waiting for the weights of this iteration...',
  'catching-up': 'Recomputing for the new table...',
} as const;

/**
 * "Show the math": the step from the iteration shown to the next, every number of it, beside the line of the
 * tutorial's Python that computes it. Follows the iteration shown, during a run too (a few times a second).
 */
export default function MathPanel({ store = labStore }: MathPanelProps) {
  const shown = useShownStep(store);
  const [showAll, setShowAll] = useState(false);
  const step = shown.status === 'ready' ? shown.step : null;
  return (
    <section className="ledger" aria-labelledby="ledger-title" data-testid="math-ledger">
      <header className="ledger-header">
        <h2 id="ledger-title">The math of one step</h2>
        {step && (
          <p className="ledger-iterations" data-testid="ledger-iteration" data-value={step.iteration}>
            iteration {formatCount(step.iteration)} → {formatCount(step.iteration + 1)}
          </p>
        )}
        {step && step.X.rows > ROWS_SHOWN && (
          <button type="button" className="ledger-toggle" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? `Show ${ROWS_SHOWN} rows` : `Show all ${step.X.rows} rows`}
          </button>
        )}
      </header>
      {shown.status === 'ready' ? (
        <StepLedger step={shown.step} showAll={showAll} />
      ) : (
        <p className="ledger-status" role="status">
          {shown.status === 'error' ? shown.message : STATUS_TEXT[shown.status]}
        </p>
      )}
    </section>
  );
}
