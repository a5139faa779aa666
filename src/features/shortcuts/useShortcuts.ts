import { useEffect, useEffectEvent } from 'react';
import { useLabStore } from '../../state';
import { runShortcut } from './runShortcut';
import { shortcutOf } from './shortcuts';

/**
 * The keyboard shortcuts, for the whole page while the calling component is mounted. The listener sits on the
 * window, after every element had its turn: a field, a dialog or a chart that used the key keeps it.
 */
export function useShortcuts(openHelp: () => void): void {
  const store = useLabStore();
  const onHelp = useEffectEvent(openHelp);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const id = shortcutOf({
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        repeat: event.repeat,
        defaultPrevented: event.defaultPrevented,
        target: event.target instanceof Element ? (event.target as Element & { isContentEditable?: boolean }) : null,
      });
      if (id === null) return;
      // Space and the arrows would also scroll the page.
      event.preventDefault();
      runShortcut(id, store.getState(), onHelp);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
