import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import { SHORTCUTS } from './shortcuts';
import { useShortcuts } from './useShortcuts';
import './shortcuts.css';

/** The help overlay's list: each shortcut's keys, then what it does. */
function ShortcutList() {
  return (
    <dl className="shortcut-list">
      {SHORTCUTS.map((shortcut) => (
        <div key={shortcut.id} className="shortcut" data-shortcut={shortcut.id}>
          <dt>
            {shortcut.keys.map((key, i) => (
              <span key={key}>
                {i > 0 && <span className="shortcut-plus"> + </span>}
                <kbd>{key}</kbd>
              </span>
            ))}
          </dt>
          <dd>{shortcut.description}</dd>
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
  return (
    <>
      <button type="button" className="help-button" aria-label="Keyboard shortcuts" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        ?
      </button>
      {open && (
        <ModalDialog title="Keyboard shortcuts" onClose={() => setOpen(false)} className="help-dialog">
          <ShortcutList />
          <p className="shortcut-note">
            Shortcuts do nothing while you type in a field, or with Ctrl or ⌘ held. On the timeline, ← and → move one iteration, Shift+← and Shift+→ ten.
          </p>
        </ModalDialog>
      )}
    </>
  );
}
