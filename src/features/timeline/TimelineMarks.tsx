import type { CSSProperties } from 'react';
import { useLingui } from '@lingui/react/macro';
import { formatCount } from '../../format/number';
import { editIterations, useLab, useLabStore } from '../../state';

/**
 * A mark on the timeline at each edit that kept what was learned: before it the run is the old table's. Each mark
 * is a button that goes to its edit, so a teacher can show the moment the table changed. A mark at iteration k
 * sits where the thumb's middle is at k: its place is a fraction of the slider's end, which the timeline writes
 * on the track (--timeline-end) as the run goes, with no render here.
 */
export function TimelineMarks({ empty, disabled }: { empty: boolean; disabled: boolean }) {
  const store = useLabStore();
  const edits = useLab((s) => editIterations(s).join(','));
  const { t } = useLingui();
  if (edits === '' || empty) return null;
  return (
    <div className="timeline-marks">
      {edits.split(',').map(Number).map((k) => {
        const at = formatCount(k);
        return (
          <button
            key={k}
            type="button"
            className="timeline-mark"
            data-testid="timeline-mark"
            style={{ '--at': k } as CSSProperties}
            aria-label={t`Go to the edit at iteration ${at}`}
            title={t`Edit at iteration ${at}`}
            disabled={disabled}
            onClick={() => store.getState().seek(k)}
          />
        );
      })}
    </div>
  );
}
