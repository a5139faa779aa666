import { lazy, Suspense, useState } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useShortcuts } from './useShortcuts';
import './shortcuts.css';

const KeyboardHelpDialog = lazy(() => import('./KeyboardHelpDialog').then((module) => ({ default: module.KeyboardHelpDialog })));

/**
 * The keyboard shortcuts (active on the whole page while this is mounted), and the "?" button and key that
 * open the list of them.
 */
export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  useShortcuts(() => setOpen(true));
  const { t } = useLingui();
  return (
    <>
      <button type="button" className="help-button" aria-label={t`Keyboard shortcuts`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        ?
      </button>
      {/* A modal: nothing in the page moves while it loads, and it opens over the page once it has. */}
      {open && (
        <Suspense fallback={null}>
          <KeyboardHelpDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
