import { useCallback } from 'react';
import { useLingui } from '@lingui/react/macro';
import { checkIteration, useLabStore, type LabState } from '../../state';
import { formatCount } from '../../format/number';
import { CountField } from '../../ui/CountField';
import { textClock } from '../../ui/textClock';
import { useNeedsTraining } from '../../ui/trainingOff';
import { worded } from '../../text/countProblemText';

/**
 * The timeline's number: the iteration in view, and a field to go to any iteration exactly, back through the
 * history or forward by training up to it. `dragged`: the slider's position while it is being dragged (the field
 * shows it). In a run the number is written on each tick of the text clock, without a render.
 */
export function GoToIteration({ dragged }: { dragged: number | null }) {
  const store = useLabStore();
  const clock = textClock(store);
  const off = useNeedsTraining();
  const { t } = useLingui();
  const textOf = useCallback((state: LabState) => formatCount(Math.min(dragged ?? state.iteration, Math.max(state.trainedTo, state.iteration))), [dragged]);
  const follow = useCallback((write: (text: string) => void) => clock.subscribe(() => write(textOf(clock.current()))), [clock, textOf]);
  return (
    <CountField
      name={t`Go to iteration`}
      hideLabel
      className="go-to-iteration"
      shown={textOf(clock.current())}
      follow={follow}
      check={(text) => worded(checkIteration(text))}
      apply={(iteration) => store.getState().goTo(iteration)}
      title={off.title ?? t`The iteration in view: type another and press Enter to go there`}
      disabled={off.disabled}
      describedBy={off.describedBy}
    />
  );
}
