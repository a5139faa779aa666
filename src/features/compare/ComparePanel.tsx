import { Trans } from '@lingui/react/macro';
import { LabStoreProvider, RunNameProvider, useRunB } from '../../state';
import { StopComparingButton } from './CompareButton';
import { CompareTable } from './CompareTable';
import { RunBSettings } from './RunBSettings';
import './compare.css';

/** While comparing: run B's settings, and runs A and B side by side with their difference. Nothing otherwise. */
export function ComparePanel() {
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
        </RunNameProvider>
      </LabStoreProvider>
      <CompareTable runB={runB} />
    </section>
  );
}
