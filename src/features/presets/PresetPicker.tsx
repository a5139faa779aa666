import { findPreset, PRESETS, useLab, type PresetId } from '../../state';

/** Loads a ready-made table; says what it teaches (for XOR: why one neuron cannot learn it). */
export function PresetPicker() {
  const presetId = useLab((s) => s.presetId);
  const loadPreset = useLab((s) => s.loadPreset);
  return (
    <div className="preset-picker">
      <label htmlFor="preset">Table</label>
      <select id="preset" value={presetId} onChange={(event) => loadPreset(event.target.value as PresetId)}>
        {presetId === 'custom' && <option value="custom">Your own table</option>}
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PresetNote() {
  const note = useLab((s) => s.presetNote);
  const presetId = useLab((s) => s.presetId);
  const hiddenPanels = useLab((s) => s.hiddenPanels);
  if (!note) return null;
  const xor = presetId === 'xor';
  // A note never points at a panel the lesson hides: it says the same without pointing.
  const watch = findPreset(presetId)?.watch;
  const text = watch && hiddenPanels.includes(watch.panel) ? watch.note : note;
  return (
    <p className={xor ? 'preset-note is-warning' : 'preset-note'} role="status">
      <strong>{xor ? 'A teaching moment: ' : 'About this table: '}</strong>
      {text}
    </p>
  );
}
