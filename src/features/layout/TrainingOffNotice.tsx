import { Trans } from '@lingui/react/macro';
import { useLab } from '../../state';
import { TRAINING_OFF_ID } from '../../ui/trainingOff';
import { UserMessage } from '../../ui/UserMessage';
import { faultText } from '../../text/faultText';

/**
 * After the engine gave up restarting a failing worker: why training is off, and "Try again", which starts a fresh
 * worker from the table and settings on the page and brings the run back where it was. It cannot be dismissed:
 * while it is there the controls that need training are disabled, and this is what they point to.
 */
export function TrainingOffNotice() {
  const reason = useLab((s) => s.engineDown);
  const retry = useLab((s) => s.retryEngine);
  if (reason === null) return null;
  return (
    <div className="notice is-warning" role="alert">
      <span aria-hidden="true">⚠ </span>
      <span id={TRAINING_OFF_ID}>
        <UserMessage text={faultText(reason)} />
      </span>
      <span className="notice-actions">
        <button type="button" onClick={retry}>
          <Trans>Try again</Trans>
        </button>
      </span>
    </div>
  );
}
