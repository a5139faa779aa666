import { Trans, useLingui } from '@lingui/react/macro';
import { findPreset, presetSettingsChanged, useLab, useLabStore } from '../../state';
import { applyPreset } from '../../state/setup';
import { PresetSelect } from '../../ui/PresetSelect';

/**
 * Loads a ready-made table with its own seed, learning rate and test input; says "changed" once any of those
 * differs from the preset's, so a teacher knows the numbers are no longer the article's.
 */
export function PresetPicker() {
  const presetId = useLab((s) => s.presetId);
  const store = useLabStore();
  const changed = useLab((s) => {
    const preset = s.presetId === 'custom' ? undefined : findPreset(s.presetId);
    return preset !== undefined && presetSettingsChanged(preset, s);
  });
  const { t } = useLingui();
  return (
    <div className="preset-picker">
      <label htmlFor="preset">
        <Trans context="the picker of ready-made tables">Table</Trans>
      </label>
      <PresetSelect id="preset" custom={<Trans>Your own table</Trans>} />
      {/* A select cannot be chosen again for the same preset: "changed" is the button that restores it. */}
      {changed && presetId !== 'custom' && (
        <button
          type="button"
          className="preset-changed"
          aria-label={t`changed: restore the table's own settings`}
          title={t`The seed, learning rate or test input differ from this table's own: press to restore them`}
          onClick={() => applyPreset(store, presetId)}
        >
          <Trans context="the preset's settings were changed">changed</Trans> <span aria-hidden="true">↺</span>
        </button>
      )}
    </div>
  );
}

export function PresetNote() {
  const note = useLab((s) => s.presetNote);
  const presetId = useLab((s) => s.presetId);
  const hiddenPanels = useLab((s) => s.hiddenPanels);
  const { i18n } = useLingui();
  if (!note) return null;
  const xor = presetId === 'xor';
  // A note never points at a panel the lesson hides: it says the same without pointing.
  const watch = findPreset(presetId)?.watch;
  const text = i18n._(watch && hiddenPanels.includes(watch.panel) ? watch.note : note);
  return (
    <p className={xor ? 'preset-note is-warning' : 'preset-note'} role="status">
      <strong>{xor ? <Trans>A teaching moment:</Trans> : <Trans>About this table:</Trans>} </strong>
      {text}
    </p>
  );
}
