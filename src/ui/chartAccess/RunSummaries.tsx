import { t } from '@lingui/core/macro';
import { LabStoreProvider, type LabState, type LabStore } from '../../state';
import { ChartSummary } from './ChartSummary';

/** One run's words while comparing, named as Compare names the runs: "Run A: ...", "Run B: ...". */
export const ofRun = (run: 'A' | 'B', text: string): string => (run === 'A' ? t`Run A: ${text}` : t`Run B: ${text}`);

/** The ids a drawing's aria-describedby names: its summary's, and run B's after it while comparing. */
export const summaryIds = (id: string, idB: string, runB: LabStore | null): string => (runB ? `${id} ${idB}` : id);

/**
 * A drawing's one-line summary. While comparing, one per run, each following its own run and named with it
 * ("Run A: ...", "Run B: ..."), as the Compare table names them; `describe` words one run's state.
 */
export function RunSummaries({ id, idB, describe, runB }: { id: string; idB: string; describe: (state: LabState) => string; runB: LabStore | null }) {
  if (!runB) return <ChartSummary key="one-run" id={id} describe={describe} />;
  return (
    <>
      <ChartSummary key="run-a" id={id} describe={(state) => ofRun('A', describe(state))} />
      <LabStoreProvider store={runB}>
        <ChartSummary id={idB} describe={(state) => ofRun('B', describe(state))} />
      </LabStoreProvider>
    </>
  );
}
