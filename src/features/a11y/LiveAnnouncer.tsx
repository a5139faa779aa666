import { useEffect, useState } from 'react';
import { useLabStore } from '../../state';
import { followAnnouncements } from './announcement';

/**
 * A polite live region, present from the first render (a region must exist before it speaks), that tells a
 * screen reader user the iteration and the prediction after a step or a pause. Visually hidden: the screen
 * shows the same numbers in the header and the New situation panel.
 */
export function LiveAnnouncer() {
  const store = useLabStore();
  const [text, setText] = useState('');
  useEffect(() => followAnnouncements(store, setText), [store]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcement">
      {text}
    </div>
  );
}
