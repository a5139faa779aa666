import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { aboutText, useLab, type LongWorkSource } from '../../state';
import { formatCount } from '../../format/number';
import { ModalDialog } from '../../ui/ModalDialog';

/** Makes the browser's own modal focusing put focus here when the dialog opens (the answer the link asked for). */
const autofocus = (element: HTMLButtonElement | null) => element?.setAttribute('autofocus', '');

/**
 * The question a link or file far ahead raises (issue 15, part 4): it is open already, at the iteration reached
 * while the speed was measured; going on takes the wait the question names, staying keeps what is on screen.
 * Escape, ✕ and a click beside the dialog stay; either way the table, settings and everything trained are kept.
 */
/** "This link", "This file": what asks, as the sentence starts with it. */
function thisSource(source: LongWorkSource): string {
  if (source === 'file') return t`This file`;
  if (source === 'saved table') return t`This saved table`;
  return t`This link`;
}

/** The question's dialog: loaded when a link or file first asks (LongWorkQuestion). */
export function LongWorkDialog() {
  const longWork = useLab((s) => s.longWork);
  // Only while asking: the iteration changes with every frame of a run, and this would render with each.
  const reached = useLab((s) => (s.longWork?.phase === 'asking' ? s.iteration : 0));
  const answer = useLab((s) => s.answerLongWork);
  if (longWork === null || longWork.phase !== 'asking') return null;
  const target = formatCount(longWork.target);
  const asker = thisSource(longWork.source);
  const wait = aboutText(longWork.seconds);
  const rate = formatCount(Math.round(longWork.perSecond));
  const at = formatCount(reached);
  return (
    <ModalDialog title={t`Go on to iteration ${target}?`} className="long-work-question" onClose={() => answer(false)}>
      <p data-testid="long-work-text">
        <Trans>
          {asker} asks for iteration {target}. On this device that takes {wait} more (it trains {rate} iterations a second on this table). Its
          table and settings are open now, at iteration {at}.
        </Trans>
      </p>
      <p className="long-work-hint">
        <Trans>Going on, you can stop it at any moment with Stop. Staying, a notice keeps the way on to {target}.</Trans>
      </p>
      <div className="long-work-answers">
        <button type="button" className="primary" ref={autofocus} onClick={() => answer(true)}>
          <Trans>Go on</Trans>
        </button>
        <button type="button" onClick={() => answer(false)}>
          <Trans>Stay here</Trans>
        </button>
      </div>
    </ModalDialog>
  );
}
