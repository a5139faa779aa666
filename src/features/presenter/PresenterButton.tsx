import { Trans } from '@lingui/react/macro';
import { useLab } from '../../state';

/** Presenter mode on or off (also the P key): large type, high contrast, the secondary panels put away. */
export function PresenterButton() {
  const presenter = useLab((s) => s.presenter);
  const setPresenter = useLab((s) => s.setPresenter);
  return (
    <button type="button" className="presenter-button" aria-pressed={presenter} onClick={() => setPresenter(!presenter)}>
      <Trans>Presenter mode</Trans>
    </button>
  );
}
