import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { usePopoverClose } from '../../ui/PopoverButton';

/**
 * "Start fresh", for a shared classroom computer: forgets the table and settings this browser kept (what came
 * back when the page opened) and opens as a first visit does. It asks once before it forgets.
 */
export function StartFresh({ startFresh }: { startFresh: () => void }) {
  const [asking, setAsking] = useState(false);
  const closePopover = usePopoverClose();
  const { t } = useLingui();
  return (
    <div className="start-fresh" role="group" aria-label={t`Start fresh`}>
      {asking ? (
        <>
          <p id="start-fresh-question">
            <Trans>Forget the table, settings and run this browser kept, and open the tutorial&apos;s table at iteration 0?</Trans>
          </p>
          <button
            type="button"
            aria-describedby="start-fresh-question"
            onClick={() => {
              setAsking(false);
              startFresh();
              closePopover();
            }}
          >
            <Trans>Forget and start fresh</Trans>
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            <Trans>Keep my work</Trans>
          </button>
        </>
      ) : (
        <>
          <p>
            <Trans>On a shared computer, the next class can start from nothing.</Trans>
          </p>
          <button type="button" onClick={() => setAsking(true)}>
            <Trans>Start fresh...</Trans>
          </button>
        </>
      )}
    </div>
  );
}
