import { useId, useRef, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import { useLabStore, type PanelId } from '../../state';
import { useLabText } from '../../ui/textClock';
import { copyText } from '../../ui/clipboard';
import { ModalDialog } from '../../ui/ModalDialog';
import { QrCode } from '../../ui/QrCode';
import { LESSON_PANELS, PANEL_NAMES, lessonLinkOf } from './lessonLink';
import { PresenterPanelsPicker } from './PresenterPanelsPicker';

const STATUS = {
  copied: msg`Copied. Anyone who opens it sees this state with these panels.`,
  selected: msg`This browser did not let the app copy it: the link is selected, press Ctrl+C (⌘C on a Mac).`,
  applied: msg`This screen now shows the lesson as the link will.`,
} as const;

/**
 * "Lesson link": the teacher ticks the panels the class should see and whether the link opens in presenter
 * mode, then copies the link (the state on screen with hide=... and presenter=1), or tries it on this screen.
 * Beside it, the link's QR code, which can fill the dialog for a class to scan from the projector. Loaded when
 * first opened (LessonLinkButton), with its QR code.
 */
export function LessonLinkDialog({ onClose }: { onClose(): void }) {
  const labStore = useLabStore();
  const [hidden, setHidden] = useState<PanelId[]>(() => [...labStore.getState().hiddenPanels]);
  const [presenter, setPresenter] = useState(() => labStore.getState().presenter);
  const [presenterPanels, setPresenterPanels] = useState<PanelId[]>(() => [...labStore.getState().presenterPanels]);
  const [status, setStatus] = useState<keyof typeof STATUS | null>(null);
  /** The QR code fills the dialog, for a class to scan from the projector. */
  const [largeCode, setLargeCode] = useState(false);
  // The link follows the iteration shown too, so it is rebuilt when the run moves.
  const iteration = useLabText((s) => s.iteration);
  const link = lessonLinkOf({ ...labStore.getState(), iteration }, { hidden, presenter, presenterPanels }, window.location);
  const field = useRef<HTMLInputElement>(null);
  const helpId = useId();
  const { t, i18n } = useLingui();

  const toggle = (panel: PanelId, shown: boolean) => {
    setStatus(null);
    setHidden((before) => (shown ? before.filter((p) => p !== panel) : [...before, panel]));
  };
  const copy = async () => {
    if (await copyText(link, navigator.clipboard)) {
      setStatus('copied');
    } else {
      field.current?.focus();
      field.current?.select();
      setStatus('selected');
    }
  };
  const tryHere = () => {
    labStore.setState({ hiddenPanels: LESSON_PANELS.filter((panel) => hidden.includes(panel)), presenter, presenterPanels: [...presenterPanels] });
    setStatus('applied');
  };

  return (
    <ModalDialog title={t`Lesson link`} onClose={onClose} className={largeCode ? 'lesson-dialog is-code-large' : 'lesson-dialog'}>
      <p id={helpId} className="lesson-help">
        <Trans>A link to this table, seed and iteration that shows only the panels you tick.</Trans>
      </p>
      <div className="lesson-qr">
        <QrCode text={link} label={t`the lesson link`} />
        <button type="button" aria-pressed={largeCode} onClick={() => setLargeCode(!largeCode)}>
          <Trans>Large QR code for the room</Trans>
        </button>
      </div>
      <fieldset className="lesson-panels">
        <legend>
          <Trans>Panels the class sees</Trans>
        </legend>
        {LESSON_PANELS.map((panel) => (
          <label key={panel} className="lesson-check">
            <input type="checkbox" checked={!hidden.includes(panel)} onChange={(event) => toggle(panel, event.currentTarget.checked)} />
            {PANEL_NAMES[panel]}
          </label>
        ))}
      </fieldset>
      <label className="lesson-check">
        <input
          type="checkbox"
          checked={presenter}
          onChange={(event) => {
            setStatus(null);
            setPresenter(event.currentTarget.checked);
          }}
        />
        <Trans>Open in presenter mode</Trans>
      </label>
      {presenter && (
        <PresenterPanelsPicker
          chosen={presenterPanels}
          hidden={hidden}
          onChange={(panels) => {
            setStatus(null);
            setPresenterPanels(panels);
          }}
        />
      )}
      <input ref={field} className="lesson-link-field" type="text" readOnly value={link} aria-label={t`Lesson link`} aria-describedby={helpId} onFocus={(event) => event.currentTarget.select()} />
      <div className="lesson-actions">
        <span className="lesson-status" role="status">
          {status ? i18n._(STATUS[status]) : ''}
        </span>
        <button type="button" onClick={tryHere}>
          <Trans>Show here</Trans>
        </button>
        <button type="button" className="primary" onClick={() => void copy()}>
          <Trans>Copy lesson link</Trans>
        </button>
      </div>
    </ModalDialog>
  );
}
