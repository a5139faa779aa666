import { useEffect, useRef, useState } from 'react';
import { labStore, useLab } from '../../state';
import { copyText } from '../../ui/clipboard';
import { CopyLinkFallback } from './CopyLinkFallback';
import { shareLinkOf } from './shareLink';
import './sharing.css';

/** How long "Link copied" stays: long enough to read from the back of the room, short enough not to linger. */
export const COPIED_NOTICE_MS = 4000;

/**
 * "Copy link": copies a link to the exact state on screen (table, seed, learning rate, iteration, view) and
 * says so in the notices. Where the clipboard is unavailable or refused, it shows the link, selected, to copy
 * by hand.
 */
export function CopyLinkButton() {
  const addNotice = useLab((s) => s.addNotice);
  const dismissNotice = useLab((s) => s.dismissNotice);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const noticeTimer = useRef<number | null>(null);

  useEffect(() => () => {
    if (noticeTimer.current !== null) window.clearTimeout(noticeTimer.current);
  }, []);

  const confirmCopied = () => {
    const id = addNotice('Link copied. Anyone who opens it sees this exact state.', 'info');
    if (noticeTimer.current !== null) window.clearTimeout(noticeTimer.current);
    noticeTimer.current = window.setTimeout(() => dismissNotice(id), COPIED_NOTICE_MS);
  };

  const copy = async () => {
    const link = shareLinkOf(labStore.getState(), window.location);
    if (await copyText(link, navigator.clipboard)) {
      setFallbackLink(null);
      confirmCopied();
    } else {
      setFallbackLink(link);
    }
  };

  return (
    <div className="share-tools">
      <button type="button" className="copy-link-button" onClick={() => void copy()}>
        Copy link
      </button>
      {fallbackLink !== null && (
        <CopyLinkFallback link={fallbackLink} onCopied={confirmCopied} onClose={() => setFallbackLink(null)} />
      )}
    </div>
  );
}
