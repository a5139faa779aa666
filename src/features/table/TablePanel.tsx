import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { TrainingTable } from './TrainingTable';

/**
 * The training table's panel; `picker` and `note` come from the presets feature, `notice` from the segments
 * feature, `tools` (beside Add row) from the sharing feature.
 */
export function TablePanel({ picker, note, notice, tools }: { picker: ReactNode; note: ReactNode; notice?: ReactNode; tools?: ReactNode }) {
  return (
    <section className="panel table-panel" aria-labelledby="table-title">
      <header className="panel-header">
        <h2 id="table-title">
          <Trans>Training table</Trans>
        </h2>
        {picker}
      </header>
      {note}
      {notice}
      <TrainingTable tools={tools} />
    </section>
  );
}
