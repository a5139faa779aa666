import { memo, type ReactNode } from 'react';
import { useLingui } from '@lingui/react/macro';
import { INK, NEGATIVE, POSITIVE } from '../../ui/palette';

export interface MarkLegendEntry {
  label: string;
  /** The mark as the panel draws it, in a 30 x 16 box. */
  swatch: ReactNode;
}

/**
 * A legend of the marks of an Explore panel: each drawn as in the panel, each with its words. Rendered again only
 * when an entry's words or mark change: its panel renders on every tick of a run's text clock.
 */
export const MarkLegend = memo(
  MarkLegendList,
  (before, after) => before.entries.length === after.entries.length && before.entries.every((entry, k) => entry.label === after.entries[k]!.label && entry.swatch === after.entries[k]!.swatch),
);

function MarkLegendList({ entries }: { entries: readonly MarkLegendEntry[] }) {
  const { t } = useLingui();
  return (
    <ul className="legend" aria-label={t`Legend`}>
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width="30" height="16" viewBox="0 0 30 16" aria-hidden="true" className="legend-swatch">
            {entry.swatch}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** The marks the panels share. */
export const SWATCH = {
  outputLow: <circle cx="15" cy="8" r="6.5" fill={NEGATIVE} stroke={INK} strokeWidth="1.5" />,
  outputHigh: <circle cx="15" cy="8" r="6.5" fill={POSITIVE} stroke={INK} strokeWidth="1.5" />,
  tableRow: <rect x="8" y="1" width="14" height="14" fill="#fff" stroke={INK} strokeWidth="2" />,
  testRing: <circle cx="15" cy="8" r="6" fill="none" stroke={INK} strokeWidth="3" />,
  targetOne: (
    <>
      <circle cx="15" cy="8" r="6" fill="#fff" stroke={INK} strokeWidth="2.5" />
      <circle cx="15" cy="8" r="2.2" fill={INK} />
    </>
  ),
  targetZero: <path d="M9 2 L21 14 M21 2 L9 14" stroke={INK} strokeWidth="3.5" />,
  boundary: <line x1="1" y1="8" x2="29" y2="8" stroke={INK} strokeWidth="3" />,
} as const;
