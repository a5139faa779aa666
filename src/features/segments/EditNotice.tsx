import { Trans, useLingui } from '@lingui/react/macro';
import { useLab } from '../../state';
import { editNoticeOf } from './editNotice';
import './segments.css';

/**
 * Under the training table's header: after an edit past iteration 0, what happened and "Recompute from the start"
 * (the whole run on the new table, as an edit did before runs kept their past); while the timeline shows an
 * iteration before an edit, which table the neuron learned from then, and "Use that table from here".
 */
export function EditNotice() {
  const notice = useLab((s) => {
    const found = editNoticeOf(s);
    return found ? `${found.kind}:${found.text}` : null;
  });
  const recompute = useLab((s) => s.recomputeFromStart);
  const dismiss = useLab((s) => s.dismissEditNotice);
  const editFromHere = useLab((s) => s.editFromHere);
  const { t } = useLingui();
  if (!notice) return null;
  const kind = notice.slice(0, notice.indexOf(':'));
  const text = notice.slice(kind.length + 1);
  return (
    <div className={`edit-notice is-${kind}`} role="status" data-testid="edit-notice">
      <p>{text}</p>
      <div className="edit-notice-actions">
        {kind === 'edited' ? (
          <>
            <button type="button" onClick={recompute}>
              <Trans>Recompute from the start</Trans>
            </button>
            <button type="button" className="icon-button" aria-label={t`Dismiss the edit notice`} onClick={dismiss}>
              ✕
            </button>
          </>
        ) : (
          <button type="button" onClick={editFromHere}>
            <Trans>Use that table from here</Trans>
          </button>
        )}
      </div>
    </div>
  );
}
