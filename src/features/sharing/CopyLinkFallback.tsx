import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { QrCode } from '../../ui/QrCode';

interface CopyLinkFallbackProps {
  link: string;
  /** The browser's older copy command worked after all. */
  onCopied(): void;
  onClose(): void;
}

/** The browser's older copy command, on the current selection. False where it is missing or refused. */
function copySelection(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Where the clipboard API is missing (a page served over plain http in a school network) or refused: the link
 * in a read-only field, selected, with how to copy it. The browser's older copy command is tried once on the
 * selection; if it works the panel closes by itself. A QR code of the link lets a class open it on their phones.
 */
export function CopyLinkFallback({ link, onCopied, onClose }: CopyLinkFallbackProps) {
  const field = useRef<HTMLInputElement>(null);
  const helpId = useId();
  const { t } = useLingui();
  const copiedBySelection = useEffectEvent(() => {
    onCopied();
    onClose();
  });

  useEffect(() => {
    const input = field.current;
    if (!input) return;
    input.focus();
    input.select();
    if (copySelection()) copiedBySelection();
  }, [link]);

  return (
    <div
      className="copy-fallback"
      role="group"
      aria-label={t`Copy the link by hand`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p id={helpId}>
        <Trans>
          This browser did not let the app copy the link. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it,
          or press and hold it on a tablet and choose Copy.
        </Trans>
      </p>
      <input
        ref={field}
        className="copy-fallback-field"
        type="text"
        readOnly
        value={link}
        aria-label={t`Link to this state`}
        aria-describedby={helpId}
        onFocus={(event) => event.currentTarget.select()}
      />
      <QrCode text={link} label={t`this link`} className="copy-fallback-qr" />
      <button type="button" onClick={onClose}>
        <Trans>Close</Trans>
      </button>
    </div>
  );
}
