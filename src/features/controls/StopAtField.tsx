import { t } from '@lingui/core/macro';
import { checkStopAt, STOP_CHOICES, useLab } from '../../state';
import { formatCount } from '../../format/number';
import { CountField } from '../../ui/CountField';
import { useNeedsTraining } from '../../ui/trainingOff';
import { noLimitWord, worded } from '../../text/countProblemText';

const stopText = (stopAt: number | null) => (stopAt === null ? noLimitWord() : formatCount(stopAt));

/** "Stop at", beside Run: where the run pauses on its own (a choice, a typed number, or no limit). */
export function StopAtField() {
  const stopAt = useLab((s) => s.stopAt);
  const setStopAt = useLab((s) => s.setStopAt);
  const off = useNeedsTraining();
  const choices = [...STOP_CHOICES.map(stopText), noLimitWord()];
  return (
    <CountField
      name={t`Stop at`}
      className="stop-at"
      shown={stopText(stopAt)}
      check={(text) => worded(checkStopAt(text, noLimitWord()))}
      apply={setStopAt}
      choices={choices}
      title={off.title ?? t`Run pauses here on its own; once there, Run goes on to the next stop`}
      disabled={off.disabled}
      describedBy={off.describedBy}
    />
  );
}
