import type { ReactNode } from 'react';

interface ScreenLayoutProps {
  /** The big iteration readout, next to the app's name. */
  iteration: ReactNode;
  /** The training buttons. */
  controls: ReactNode;
  /** The header's toolbar at the right (sharing's "Copy link" goes here). */
  tools?: ReactNode;
  /** Under the header, floating: messages for the user. */
  notices?: ReactNode;
  /** The left column: table, new situation, settings. */
  side: ReactNode;
  /** The charts, four to a 2x2 grid. */
  charts: ReactNode;
}

/**
 * The classroom screen: one header bar, a column for what the user edits, and a grid of charts. On a
 * projector (1280x720) it all fits without scrolling; below 900 px wide it stacks (a tablet scrolls down).
 */
export function ScreenLayout({ iteration, controls, tools, notices, side, charts }: ScreenLayoutProps) {
  return (
    <div className="screen">
      <header className="app-header">
        <h1 className="app-title">Neuron Lab</h1>
        {iteration}
        {controls}
        <div className="toolbar" role="toolbar" aria-label="Share and export">
          {tools}
        </div>
      </header>
      {notices}
      <main className="screen-main">
        <div className="side">{side}</div>
        <div className="charts">{charts}</div>
      </main>
    </div>
  );
}
