import { Fragment } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLab } from '../../state';
import { EXPLORE_PANEL_NAMES } from './panelNames';
import { EXPLORE_PANEL_NODES } from './panels';
import './explore.css';

/**
 * The Explore view, over the table and charts like the math view: the panels that show what the neuron has
 * learned beyond its table (every situation, the dividing line, the error landscape), side by side, each moving
 * with the timeline, the steps and a run. The picker chooses which of them are shown (at least one); a link
 * carries the choice (show=...). Presenter mode shows the first chosen alone.
 */
export function ExploreView() {
  const { t } = useLingui();
  const chosen = useLab((s) => s.explorePanels);
  const setChosen = useLab((s) => s.setExplorePanels);
  const presenter = useLab((s) => s.presenter);
  // A projector shows one panel at a time, at the size the back row needs; the picker then picks that one.
  const shown = presenter ? chosen.slice(0, 1) : chosen;
  const toggle = (id: (typeof chosen)[number]) => {
    if (presenter) setChosen([id]);
    else setChosen(chosen.includes(id) ? chosen.filter((p) => p !== id) : [...chosen, id]);
  };
  return (
    <div className="explore-view">
      <div className="explore-picker" role="group" aria-label={t`Panels shown`}>
        <span className="explore-picker-label">
          <Trans>Show:</Trans>
        </span>
        {EXPLORE_PANEL_NAMES.map(({ id, name }) => (
          <button
            key={id}
            type="button"
            aria-pressed={shown.includes(id)}
            // The last one shown stays: an empty view would say nothing.
            aria-disabled={!presenter && shown.length === 1 && shown.includes(id)}
            onClick={() => toggle(id)}
          >
            {name}
          </button>
        ))}
      </div>
      <div className={`explore-panels count-${shown.length}`}>
        {shown.map((id) => (
          <Fragment key={id}>{EXPLORE_PANEL_NODES[id]}</Fragment>
        ))}
      </div>
    </div>
  );
}
