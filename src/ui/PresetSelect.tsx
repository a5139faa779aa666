import type { ReactNode } from 'react';
import { useLingui } from '@lingui/react/macro';
import { PRESETS, useLab, useLabStore, type PresetId } from '../state';
import { applyPreset } from '../state/setup';

/**
 * The select of ready-made tables for the run in context (run A's table panel, run B's settings): choosing one
 * applies the preset (its table, seed, learning rate and test input) through the one setup applier. While the
 * run's table is no preset's, a first option `custom` names it ("Your own table", "Run A's table"). The caller
 * writes the label, pointing at `id`.
 */
export function PresetSelect({ id, custom }: { id: string; custom: ReactNode }) {
  const presetId = useLab((s) => s.presetId);
  const store = useLabStore();
  const { i18n } = useLingui();
  return (
    <select id={id} value={presetId} onChange={(event) => applyPreset(store, event.target.value as PresetId)}>
      {presetId === 'custom' && <option value="custom">{custom}</option>}
      {PRESETS.map((preset) => (
        <option key={preset.id} value={preset.id}>
          {i18n._(preset.name)}
        </option>
      ))}
    </select>
  );
}
