import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { dashArray } from './palette';

export interface LegendEntry {
  label: string;
  color: string;
  dash?: readonly number[];
  /** A line (default), a marker shape, or none (words alone, naming the entries after them: "Run A:"). */
  mark?: 'line' | 'filled-circle' | 'open-circle' | 'diamond' | 'none';
  width?: number;
  /** Round dash ends: dots (run B's lines). */
  cap?: 'round';
}

/** A small drawing of a legend entry's line or marker, as it appears in the chart. */
export function LegendSwatch({ entry }: { entry: LegendEntry }) {
  const { color, mark = 'line' } = entry;
  if (mark === 'none') return null;
  return (
    <svg width="30" height="16" viewBox="0 0 30 16" aria-hidden="true" className="legend-swatch">
      {mark === 'line' && (
        <line x1={entry.cap ? 3 : 1} y1="8" x2={entry.cap ? 27 : 29} y2="8" stroke={color} strokeWidth={entry.width ?? 3} strokeDasharray={dashArray(entry.dash ?? [])} strokeLinecap={entry.cap} />
      )}
      {mark === 'filled-circle' && <circle cx="15" cy="8" r="6" fill={color} stroke={color} strokeWidth="2" />}
      {mark === 'open-circle' && <circle cx="15" cy="8" r="6" fill="#fff" stroke={color} strokeWidth="2.5" />}
      {mark === 'diamond' && <path d="M15 1 L22 8 L15 15 L8 8 Z" fill="none" stroke={color} strokeWidth="2.5" />}
    </svg>
  );
}

export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="legend" aria-label={t`Legend`}>
      {entries.map((entry) => (
        <li key={entry.label}>
          <LegendSwatch entry={entry} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

interface ChartPanelProps {
  id: string;
  title: string;
  /** One line under the title saying what to look for. */
  legend?: ReactNode;
  tools?: ReactNode;
  /** A small control at the right of the title (a chart's "Data table" toggle). */
  action?: ReactNode;
  children: ReactNode;
}

/** A chart's panel: a title that says what the chart shows, its legend and tools, then the chart. */
export function ChartPanel({ id, title, legend, tools, action, children }: ChartPanelProps) {
  return (
    <section className="panel chart-panel" aria-labelledby={`${id}-title`} data-panel={id}>
      <header className="chart-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {action}
      </header>
      <div className="chart-subheader">
        {legend}
        {tools}
      </div>
      <div className="chart-body">{children}</div>
    </section>
  );
}
