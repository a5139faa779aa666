import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { ModalDialog } from '../../ui/ModalDialog';
import { SHORTCUTS } from './shortcuts';
import { useShortcuts } from './useShortcuts';
import './shortcuts.css';

/** A key as its keycap reads in the screen's language (Leertaste, Maj); the others are symbols or letters. */
function useKeyName(): (key: string) => string {
  const { t } = useLingui();
  return (key) => (key === 'Space' ? t`Space` : key === 'Shift' ? t`Shift` : key);
}

/** The help overlay's list: each shortcut's keys, then what it does. */
function ShortcutList() {
  const { i18n } = useLingui();
  const keyName = useKeyName();
  return (
    <dl className="shortcut-list">
      {SHORTCUTS.map((shortcut) => (
        <div key={shortcut.id} className="shortcut" data-shortcut={shortcut.id}>
          <dt>
            {shortcut.keys.map((key, i) => (
              <span key={key}>
                {i > 0 && <span className="shortcut-plus"> + </span>}
                <kbd>{keyName(key)}</kbd>
              </span>
            ))}
          </dt>
          <dd>{i18n._(shortcut.description)}</dd>
        </div>
      ))}
    </dl>
  );
}

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
      {open && (
        <ModalDialog title={t`Keyboard shortcuts`} onClose={() => setOpen(false)} className="help-dialog">
          <ShortcutList />
          <p className="shortcut-note">
            <Trans>
              Shortcuts do nothing while you type in a field, or with Ctrl or ⌘ held. On the timeline, ← and → move one iteration, Shift+← and Shift+→
              ten.
            </Trans>
          </p>
        </ModalDialog>
      )}
    </>
  );
}
