import { useLingui } from '@lingui/react/macro';
import { checkIteration, useLabStore } from '../../state';
import { formatCount } from '../../format/number';
import { CountField } from '../../ui/CountField';
import { useNeedsTraining } from '../../ui/trainingOff';
import { worded } from '../../text/countProblemText';

/**
 * The timeline's number: the iteration in view, and a field to go to any iteration exactly, back through the
 * history or forward by training up to it.
 */
export function GoToIteration({ shown }: { shown: number }) {
  const store = useLabStore();
  const off = useNeedsTraining();
  const { t } = useLingui();
  return (
    <CountField
      name={t`Go to iteration`}
      hideLabel
      className="go-to-iteration"
      shown={formatCount(shown)}
      check={(text) => worded(checkIteration(text))}
      apply={(iteration) => store.getState().goTo(iteration)}
      title={off.title ?? t`The iteration in view: type another and press Enter to go there`}
      disabled={off.disabled}
      describedBy={off.describedBy}
    />
  );
}
