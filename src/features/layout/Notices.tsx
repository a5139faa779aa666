import { useLingui } from '@lingui/react/macro';
import { useLab } from '../../state';
import { UserMessage } from '../../ui/UserMessage';
import { faultText } from '../../text/faultText';
import { TrainingOffNotice } from './TrainingOffNotice';

/**
 * The notices region: messages from anywhere in the app (a copied link, a shared link that asked for
 * something impossible, training that stopped on its own), each dismissable. It floats over the top of the
 * screen so that a notice never pushes the layout out of a projector's 1280x720. Messages come from the
 * store: `addNotice(text, tone)` shows one, `dismissNotice(id)` removes it.
 */
export function Notices() {
  const { t } = useLingui();
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotice);
  const fault = useLab((s) => s.fault);
  const setFault = useLab((s) => s.setFault);
  // The live region is always there (it must exist before its messages arrive to be announced); the named
  // "Notices" region inside it exists only while there is something to say.
  const trainingOff = useLab((s) => s.engineDown !== null);
  const empty = notices.length === 0 && !fault && !trainingOff;
  return (
    <div className="notices-live" aria-live="polite">
      {!empty && (
        <section className="notices" aria-label={t`Notices`}>
          <TrainingOffNotice />
          {fault && (
            <div className="notice is-warning" role="alert">
              <span aria-hidden="true">⚠ </span>
              <span>
                <UserMessage text={faultText(fault)} />
              </span>
              <button type="button" className="icon-button" aria-label={t`Dismiss`} onClick={() => setFault(null)}>
                ✕
              </button>
            </div>
          )}
          {notices.map((notice) => (
            <div key={notice.id} className={`notice is-${notice.tone}`}>
              <span aria-hidden="true">{notice.tone === 'warning' ? '⚠ ' : 'ℹ '}</span>
              <span>
                <UserMessage text={notice.text} />
              </span>
              {notice.actions && (
                <span className="notice-actions">
                  {notice.actions.map((action) => (
                    <button
                      key={action.label}
                      type="button"
                      onClick={() => {
                        dismiss(notice.id);
                        action.run();
                      }}
                    >
                      {action.label}
                    </button>
                  ))}
                </span>
              )}
              <button type="button" className="icon-button" aria-label={t`Dismiss`} onClick={() => dismiss(notice.id)}>
                ✕
              </button>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
