import { Trans, useLingui } from '@lingui/react/macro';
import { ModalDialog } from '../../ui/ModalDialog';
import { SHORTCUTS } from './shortcuts';

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

/** The list of shortcuts in its dialog: loaded when first opened (KeyboardHelp), the keys themselves work at once. */
export function KeyboardHelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useLingui();
  return (
    <ModalDialog title={t`Keyboard shortcuts`} onClose={onClose} className="help-dialog">
      <ShortcutList />
      <p className="shortcut-note">
        <Trans>
          Shortcuts do nothing while you type in a field, or with Ctrl or ⌘ held. On the timeline, ← and → move one iteration, Shift+← and Shift+→
          ten.
        </Trans>
      </p>
    </ModalDialog>
  );
}
