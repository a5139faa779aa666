import { useLingui } from '@lingui/react/macro';
import { formatCount } from '../../format/number';
import { editIterations, useLab, useLabStore } from '../../state';

/** The thumb's width in timeline.css: a mark at iteration k sits where the thumb's middle is at k. */
const THUMB_PX = 20;

/**
 * A mark on the timeline at each edit that kept what was learned: before it the run is the old table's. Each mark
 * is a button that goes to its edit, so a teacher can show the moment the table changed.
 */
export function TimelineMarks({ end, disabled }: { end: number; disabled: boolean }) {
  const store = useLabStore();
  const edits = useLab((s) => editIterations(s).join(','));
  const { t } = useLingui();
  if (edits === '' || end === 0) return null;
  const shown = edits.split(',').map(Number).filter((k) => k <= end);
  return (
    <div className="timeline-marks">
      {shown.map((k) => {
        const at = formatCount(k);
        return (
        <button
          key={k}
          type="button"
          className="timeline-mark"
          data-testid="timeline-mark"
          style={{ insetInlineStart: `calc(${THUMB_PX / 2}px + (100% - ${THUMB_PX}px) * ${k / end})` }}
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
