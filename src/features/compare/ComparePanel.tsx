import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { LabStoreProvider, RunNameProvider, useRunB } from '../../state';
import { StopComparingButton } from './CompareButton';
import { CompareTable } from './CompareTable';
import { RunBSettings } from './RunBSettings';
import './compare.css';

/**
 * While comparing: run B's settings and its table (`table`, the table feature's, drawn in run B's store: its cells
 * are named "..., run B"), and runs A and B side by side with their difference. Nothing otherwise.
 */
export function ComparePanel({ table }: { table?: ReactNode }) {
  const runB = useRunB();
  if (runB === null) return null;
  return (
    <section className="panel compare" aria-labelledby="compare-title" data-testid="compare-panel">
      <div className="compare-head">
        <h2 id="compare-title">
          <Trans>Compare: run A and run B</Trans>
        </h2>
        <StopComparingButton />
      </div>
      <LabStoreProvider store={runB}>
        <RunNameProvider value="B">
          <RunBSettings />
          {table && (
            <details className="run-b-table">
              <summary>
                <Trans>Edit run B's table</Trans>
              </summary>
              {table}
            </details>
          )}
        </RunNameProvider>
      </LabStoreProvider>
      <CompareTable runB={runB} />
    </section>
  );
}
