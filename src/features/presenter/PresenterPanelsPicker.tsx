import { Trans, useLingui } from '@lingui/react/macro';
import { useLab, useLabStore, type PanelId } from '../../state';
import { PRESENTABLE_PANELS, PRESENTER_MAX, PRESENTER_MIN } from '../../state/url';
import { PopoverButton } from '../../ui/PopoverButton';
import { PANEL_NAMES } from './lessonLink';

interface PickerProps {
  chosen: readonly PanelId[];
  onChange(panels: PanelId[]): void;
  /** Panels a lesson hides: they cannot be chosen. */
  hidden?: readonly PanelId[];
}

/**
 * The charts presenter mode shows, two or three: a box cannot be unticked below two or ticked beyond three, so
 * every choice is one presenter mode can lay out in large type at 1280x720.
 */
export function PresenterPanelsPicker({ chosen, onChange, hidden = [] }: PickerProps) {
  const toggle = (panel: PanelId, on: boolean) => onChange(on ? [...chosen, panel] : chosen.filter((p) => p !== panel));
  return (
    <fieldset className="lesson-panels presenter-panels">
      <legend>
        <Trans>
          Charts presenter mode shows ({PRESENTER_MIN} or {PRESENTER_MAX})
        </Trans>
      </legend>
      {PRESENTABLE_PANELS.map((panel) => {
        const on = chosen.includes(panel);
        const locked = hidden.includes(panel) || (on ? chosen.length <= PRESENTER_MIN : chosen.length >= PRESENTER_MAX);
        return (
          <label key={panel} className="lesson-check">
            <input type="checkbox" checked={on && !hidden.includes(panel)} disabled={locked} onChange={(event) => toggle(panel, event.currentTarget.checked)} />
            {PANEL_NAMES[panel]}
          </label>
        );
      })}
    </fieldset>
  );
}

/** In presenter mode, the button that changes which charts are shown (remembered, and carried in links). */
export function PresenterPanelsButton() {
  const store = useLabStore();
  const presenter = useLab((s) => s.presenter);
  const chosen = useLab((s) => s.presenterPanels);
  const hidden = useLab((s) => s.hiddenPanels);
  const { t } = useLingui();
  if (!presenter) return null;
  return (
    <PopoverButton label={t`Charts`} panelLabel={t`Charts presenter mode shows`}>
      <PresenterPanelsPicker chosen={chosen} hidden={hidden} onChange={(panels) => store.getState().setPresenterPanels(panels)} />
    </PopoverButton>
  );
}
