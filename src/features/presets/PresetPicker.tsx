import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { findPreset, presetSettingsChanged, useLab, useLabStore, type LabState } from '../../state';
import { applyPreset } from '../../state/setup';
import { PresetSelect } from '../../ui/PresetSelect';

/**
 * Whether the state's settings differ from its preset's, worked out again only when the preset or one of those
 * settings changed: the selector runs on every store change, 60 a second during a run, and writing the three
 * settings as a link writes them cost a quarter of a millisecond a frame.
 */
function lastChanged(): (state: LabState) => boolean {
  let last: { presetId: string; seed: number; learningRate: number; testInput: readonly number[]; changed: boolean } | null = null;
  return (s) => {
    if (last && last.presetId === s.presetId && last.seed === s.seed && last.learningRate === s.learningRate && last.testInput === s.testInput) return last.changed;
    const preset = s.presetId === 'custom' ? undefined : findPreset(s.presetId);
    last = { presetId: s.presetId, seed: s.seed, learningRate: s.learningRate, testInput: s.testInput, changed: preset !== undefined && presetSettingsChanged(preset, s) };
    return last.changed;
  };
}

/**
 * Loads a ready-made table with its own seed, learning rate and test input; says "changed" once any of those
 * differs from the preset's, so a teacher knows the numbers are no longer the article's.
 */
export function PresetPicker() {
  const presetId = useLab((s) => s.presetId);
  const store = useLabStore();
  const [changedOf] = useState(lastChanged);
  const changed = useLab(changedOf);
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
