import { aboutText, useLab } from '../../state';
import { formatCount } from '../../format/number';
import { ModalDialog } from '../../ui/ModalDialog';
import './longWork.css';

/** Makes the browser's own modal focusing put focus here when the dialog opens (the answer the link asked for). */
const autofocus = (element: HTMLButtonElement | null) => element?.setAttribute('autofocus', '');

/**
 * The question a link or file far ahead raises (issue 15, part 4): it is open already, at the iteration reached
 * while the speed was measured; going on takes the wait the question names, staying keeps what is on screen.
 * Escape, ✕ and a click beside the dialog stay; either way the table, settings and everything trained are kept.
 */
export function LongWorkQuestion() {
  const longWork = useLab((s) => s.longWork);
  // Only while asking: the iteration changes with every frame of a run, and this would render with each.
  const reached = useLab((s) => (s.longWork?.phase === 'asking' ? s.iteration : 0));
  const answer = useLab((s) => s.answerLongWork);
  if (longWork === null || longWork.phase !== 'asking') return null;
  const target = formatCount(longWork.target);
  return (
    <ModalDialog title={`Go on to iteration ${target}?`} className="long-work-question" onClose={() => answer(false)}>
      <p data-testid="long-work-text">
        This {longWork.source} asks for iteration {target}. On this device that takes {aboutText(longWork.seconds)} more (it trains{' '}
        {formatCount(Math.round(longWork.perSecond))} iterations a second on this table). Its table and settings are open now, at iteration{' '}
        {formatCount(reached)}.
      </p>
      <p className="long-work-hint">Going on, you can stop it at any moment with Stop. Staying, a notice keeps the way on to {target}.</p>
      <div className="long-work-answers">
        <button type="button" className="primary" ref={autofocus} onClick={() => answer(true)}>
          Go on
        </button>
        <button type="button" onClick={() => answer(false)}>
          Stay here
        </button>
      </div>
    </ModalDialog>
  );
}
