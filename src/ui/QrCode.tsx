import { useEffect, useState } from 'react';
import { modulesPath, qrModules } from './qrModules';
import { Trans, useLingui } from '@lingui/react/macro';
import './qrCode.css';

/** The white border a reader needs around the code, in modules (the standard asks for four). */
const QUIET_ZONE = 4;

interface QrCodeProps {
  /** The text the code holds: a link. */
  text: string;
  /** What the code is, for screen readers and the caption ("the lesson link"). */
  label: string;
  className?: string;
}

/**
 * A QR code for a link, drawn as vector (one SVG path) so that it stays sharp at any size: on a projector a phone
 * reads it from the back of the room. Drawn locally, so it works offline; the code's library loads on first use.
 */
export function QrCode({ text, label, className }: QrCodeProps) {
  const [drawn, setDrawn] = useState<{ text: string; size: number; path: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const { t } = useLingui();

  useEffect(() => {
    let current = true;
    qrModules(text).then(
      (modules) => current && setDrawn({ text, size: modules.size, path: modulesPath(modules, QUIET_ZONE) }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [text]);

  const side = drawn ? drawn.size + 2 * QUIET_ZONE : 1;
  return (
    <figure className={`qr-code${className ? ` ${className}` : ''}`}>
      {failed ? (
        <p className="qr-failed">
          <Trans>The QR code could not be drawn: copy the link instead.</Trans>
        </p>
      ) : (
        <svg
          viewBox={`0 0 ${side} ${side}`}
          role="img"
          aria-label={t`QR code of ${label}`}
          // The previous link's code is never shown for a new link.
          visibility={drawn && drawn.text === text ? 'visible' : 'hidden'}
          shapeRendering="crispEdges"
        >
          <rect width={side} height={side} fill="#fff" />
          {drawn && <path d={drawn.path} fill="#000" />}
        </svg>
      )}
      <figcaption>
        <Trans>Scan to open {label}</Trans>
      </figcaption>
    </figure>
  );
}
