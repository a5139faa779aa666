import type { ReactNode } from 'react';
import { Trans } from '@lingui/react/macro';
import { useLab } from '../../state';
import { SPEEDS, speedIndex, speedText } from './speeds';

/** The speed of Run: from one iteration a second, to watch, up to as fast as it goes; `children` share its line. */
export function SpeedControl({ children }: { children?: ReactNode }) {
  const speed = useLab((s) => s.speed);
  const setSpeed = useLab((s) => s.setSpeed);
  const stop = speedIndex(speed);
  return (
    <div className="speed">
      <label htmlFor="speed-control">
        <Trans>Speed</Trans>
      </label>
      <input
        id="speed-control"
        type="range"
        min={0}
        max={SPEEDS.length - 1}
        step={1}
        value={stop}
        aria-valuetext={speedText(SPEEDS[stop]!)}
        onChange={(event) => setSpeed(SPEEDS[Number(event.target.value)]!)}
      />
      <output htmlFor="speed-control" className="speed-text" aria-live="off">
        {speedText(SPEEDS[stop]!)}
      </output>
      {children}
    </div>
  );
}
