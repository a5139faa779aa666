import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLabStore, useRunB } from '../../state';
import { copyText } from '../../ui/clipboard';
import { shareLinkOf } from '../../state/share/shareLink';
import './sharing.css';

/** The link to copy by hand, with its QR code: loaded the first time the clipboard refuses, which most never see. */
const CopyLinkFallback = lazy(() => import('./CopyLinkFallback').then((module) => ({ default: module.CopyLinkFallback })));

/** How long "Link copied" stays: long enough to read from the back of the room, short enough not to linger. */
export const COPIED_NOTICE_MS = 4000;

/** What a screen reader hears after a copy, and what the button's tooltip says meanwhile. */
export const copiedText = () => t`Link copied. Anyone who opens it sees this exact state.`;

/**
 * "Copy link": copies a link to the exact state on screen (table, seed, learning rate, iteration, view; both runs
 * while comparing). It says
 * so on the button itself for a few seconds ("✓ Copied", in its place, so nothing moves and no chart title
 * is covered) and in a polite status for screen readers. Where the clipboard is unavailable or refused, it shows
 * the link, selected, to copy by hand.
 */
export function CopyLinkButton() {
  const labStore = useLabStore();
  const runB = useRunB();
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | null>(null);

  useEffect(() => () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
  }, []);

  const confirmCopied = () => {
    setCopied(true);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), COPIED_NOTICE_MS);
  };

  const copy = async () => {
    // While comparing, the link carries run B too.
    const link = shareLinkOf(labStore.getState(), window.location, runB?.getState() ?? null);
    if (await copyText(link, navigator.clipboard)) {
      setFallbackLink(null);
      confirmCopied();
    } else {
      setFallbackLink(link);
    }
  };

  return (
    <div className="share-tools">
      <button type="button" className={copied ? 'copy-link-button is-copied' : 'copy-link-button'} onClick={() => void copy()}>
        <span className="copy-link-label">
          <Trans>Copy link</Trans>
        </span>
        <span className="copy-link-done" aria-hidden="true">
          ✓ <Trans>Copied</Trans>
        </span>
      </button>
      <span className="visually-hidden" role="status" data-testid="link-copied">
        {copied ? copiedText() : ''}
      </span>
      {/* It opens below the header's buttons, moving none of them, so nothing stands in for it while it loads. */}
      {fallbackLink !== null && (
        <Suspense fallback={null}>
          <CopyLinkFallback link={fallbackLink} onCopied={confirmCopied} onClose={() => setFallbackLink(null)} />
        </Suspense>
      )}
    </div>
  );
}
