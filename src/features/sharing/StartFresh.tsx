import { useState } from 'react';
import { usePopoverClose } from '../../ui/PopoverButton';

/**
 * "Start fresh", for a shared classroom computer: forgets the table and settings this browser kept (what came
 * back when the page opened) and opens as a first visit does. It asks once before it forgets.
 */
export function StartFresh({ startFresh }: { startFresh: () => void }) {
  const [asking, setAsking] = useState(false);
  const closePopover = usePopoverClose();
  return (
    <div className="start-fresh" role="group" aria-label="Start fresh">
      {asking ? (
        <>
          <p id="start-fresh-question">Forget the table, settings and run this browser kept, and open the tutorial&apos;s table at iteration 0?</p>
          <button
            type="button"
            aria-describedby="start-fresh-question"
            onClick={() => {
              setAsking(false);
              startFresh();
              closePopover();
            }}
          >
            Forget and start fresh
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Keep my work
          </button>
        </>
      ) : (
        <>
          <p>On a shared computer, the next class can start from nothing.</p>
          <button type="button" onClick={() => setAsking(true)}>
            Start fresh...
          </button>
        </>
      )}
    </div>
  );
}
