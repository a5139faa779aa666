import { useLab } from '../state';
import { faultText } from '../text/faultText';
import { plainMessage } from '../text/userText';

/** The id of the message that says why training is off: every control that needs the worker points to it. */
export const TRAINING_OFF_ID = 'training-off-reason';

/** What a control that needs the training worker sets on itself while training is off. */
export interface NeedsTraining {
  disabled: boolean;
  /** The reason, for screen readers (aria-describedby); undefined while training works. */
  describedBy: string | undefined;
  /** The reason, as a tooltip; undefined while training works. */
  title: string | undefined;
}

/**
 * For Run, the steps, Reset, Stop at, the timeline and Go to iteration: disabled while the engine has given up,
 * and described by the visible message that says why (with its "Try again").
 */
export function useNeedsTraining(): NeedsTraining {
  const reason = useLab((s) => s.engineDown);
  return reason === null
    ? { disabled: false, describedBy: undefined, title: undefined }
    : { disabled: true, describedBy: TRAINING_OFF_ID, title: plainMessage(faultText(reason)) };
}
