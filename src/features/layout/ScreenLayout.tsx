import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Fragment, type ReactNode } from 'react';
import { findPreset, LAB_VIEW, useLab, type PanelId } from '../../state';
import { PRESENTER_MAX, PRESENTER_MIN } from '../../state/url';
import { CoveredContext } from '../../ui/useSeen';
import { presenterSlots, shownSlots, type Slot, type ViewSlot } from './slots';
import './layout.css';
import './presenter.css';

interface ScreenLayoutProps {
  /** The big iteration readout, next to the app's name. */
  iteration: ReactNode;
  /** The training buttons. */
  controls: ReactNode;
  /** The header's toolbar at the right (sharing's "Copy link" goes here); put away in presenter mode. */
  tools?: ReactNode;
  /** Under the header, floating: messages for the user. */
  notices?: ReactNode;
  /** The left column: table, new situation, settings. */
  side: readonly Slot[];
  /** The charts: four make a 2x2 grid, fewer share the room. */
  charts: readonly Slot[];
  /** The timeline, in the bar under the header: it stays in view whatever view is open. */
  timeline: ReactNode;
  /** The lesson tools at the right of that bar (save and open, lesson link, presenter mode, help). */
  lessonTools: readonly Slot[];
  /** Views that take the place of the table and charts while open ("Show the math", "Python"). */
  views: readonly ViewSlot[];
  /** Beside the lab, while open: the guided lesson's panel (it places itself, see lesson.css). */
  lesson?: ReactNode;
  /** While a lesson is open beside the lab: the panels its card talks about (in presenter mode the one chart kept beside it). */
  lessonFocus?: readonly string[] | null;
  /** The screen's language picker, under the app's name. */
  language?: ReactNode;
}

const LAB = LAB_VIEW;

/** The main grid's columns follow what is in it: a narrower side without the table, all the width without charts. */
function mainClass(tableShown: boolean, chartsShown: boolean): string {
  if (!chartsShown) return 'screen-main without-charts';
  return tableShown ? 'screen-main' : 'screen-main without-table';
}

/**
 * The classroom screen: a header with the iteration and the training buttons; a bar with the views, the timeline
 * and the lesson tools; then the table and the charts, or the view chosen instead. On a projector (1280x720) it all
 * fits without scrolling; below 1000 px wide it stacks (a tablet scrolls down). Panels a lesson link hides are left
 * out; presenter mode puts the secondary ones away and shows the two or three charts chosen, in large type.
 *
 * A view covers the table and charts rather than replacing them: they stay mounted (inert) under it, so the charts
 * keep their drawing and can still be saved as images, and closing the view shows them at once.
 */
export function ScreenLayout({ iteration, controls, tools, notices, side, charts, timeline, lessonTools, views, lesson, lessonFocus = null, language }: ScreenLayoutProps) {
  const presenter = useLab((s) => s.presenter);
  const hiddenPanels = useLab((s) => s.hiddenPanels);
  const presenterPanels = useLab((s) => s.presenterPanels);
  // The panel a preset's note points at ("watch the error") while the note is up.
  const watched = useLab((s) => (s.presetNote === null || s.presetId === 'custom' ? undefined : findPreset(s.presetId)?.watch?.panel));
  const options = { presenter, hiddenPanels };
  // In the store, so a link can open a view (show=... opens Explore) and the link can say which is open.
  const chosen = useLab((s) => s.openView);
  const setChosen = useLab((s) => s.setOpenView);

  const shownViews = shownSlots(views, options);
  // A view a lesson link hides closes.
  const open = shownViews.find((view) => view.key === chosen) ?? null;
  const shownSide = shownSlots(side, options);
  // A projector shows two or three charts in large type: those the teacher chose, and the one a note points at.
  const visibleCharts = shownSlots(charts, options);
  // Beside a lesson card a projector has room for one chart, large enough to read: the one the card talks about.
  const cardChart = lessonFocus?.find((panel) => visibleCharts.some((slot) => slot.panel === panel)) as PanelId | undefined;
  const shownCharts = !presenter
    ? visibleCharts
    : lessonFocus
      ? presenterSlots(visibleCharts, presenterPanels, cardChart ?? watched, 1, 1)
      : presenterSlots(visibleCharts, presenterPanels, watched, PRESENTER_MIN, PRESENTER_MAX);
  const tableShown = shownSide.some((slot) => slot.panel === 'table');

  return (
    // Without the table the screen says so itself: the lesson's presenter layout widens its card then, and a
    // selector on the screen is cheaper to keep up than one looking for a class among its descendants.
    <div className={['screen', presenter && 'is-presenter', !tableShown && 'without-table'].filter(Boolean).join(' ')}>
      <header className="app-header">
        <div className="app-brand">
          {/* eslint-disable-next-line neuron-lab/no-literal-text -- the app's name, the same in every language */}
          <h1 className="app-title">Neuron Lab</h1>
          {/* Chosen at the desk: presenter mode leaves the projector its essentials. */}
          {!presenter && language}
        </div>
        {iteration}
        {controls}
        {!presenter && (
          <div className="toolbar" role="toolbar" aria-label={t`Share and export`}>
            {tools}
          </div>
        )}
      </header>
      {notices}
      {/* A landmark of its own (axe's "region" rule): a screen reader user finds the views, timeline and tools by it. */}
      <section className="lesson-bar" aria-label={t`Views, timeline and lesson tools`}>
        <div className="view-switch" role="group" aria-label={t`View`}>
          <button type="button" aria-pressed={open === null} onClick={() => setChosen(LAB)}>
            <Trans context="the main view">Lab</Trans>
          </button>
          {shownViews.map((view) => (
            <button key={view.key} type="button" aria-pressed={open?.key === view.key} onClick={() => setChosen(open?.key === view.key ? LAB : view.key)}>
              {view.label}
            </button>
          ))}
        </div>
        {timeline}
        <div className="lesson-tools">
          {shownSlots(lessonTools, options).map((slot) => (
            <Fragment key={slot.key}>{slot.node}</Fragment>
          ))}
        </div>
      </section>
      <main className="screen-body">
        {/* Under an open view the panels cannot be seen: their charts skip the frames of a run. */}
        <CoveredContext.Provider value={open !== null}>
          <div className={mainClass(tableShown, shownCharts.length > 0)} inert={open !== null}>
            {shownSide.length > 0 && (
              <div className="side">
                {shownSide.map((slot) => (
                  <Fragment key={slot.key}>{slot.node}</Fragment>
                ))}
              </div>
            )}
            {shownCharts.length > 0 && (
              <div className={`charts count-${shownCharts.length}`}>
                {shownCharts.map((slot) => (
                  <Fragment key={slot.key}>{slot.node}</Fragment>
                ))}
              </div>
            )}
          </div>
        </CoveredContext.Provider>
        {open && (
          <div className="view-overlay" data-view={open.key}>
            {open.node}
          </div>
        )}
      </main>
      {lesson}
    </div>
  );
}
