import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { findPreset, type PresetId } from '../../state';
import { formatCount, formatDecimalText } from '../../format/number';

/** A preset's name in the screen's language. */
function nameOf(id: PresetId): string | undefined {
  const preset = findPreset(id);
  return preset && i18n._(preset.name);
}

export interface CaptionedRun {
  presetId: PresetId | 'custom';
  seed: number;
  learningRate: number;
  /** The iteration the chart shows. */
  iteration: number;
}

/**
 * What a saved chart shows, written under it so that a slide or a handout says it: the table (its preset's name,
 * or "custom table" for one of the class's own), the seed, the learning rate and the iteration.
 * The learning rate keeps every digit (String), as the link and the Python script write it.
 */
export function chartCaption(run: CaptionedRun): string {
  const custom = t`custom table`;
  const table = run.presetId === 'custom' ? custom : (nameOf(run.presetId) ?? custom);
  const { seed } = run;
  const rate = formatDecimalText(String(run.learningRate));
  const iteration = formatCount(run.iteration);
  return t`${table} · seed ${seed} · learning rate ${rate} · iteration ${iteration}`;
}

/** "weights", 10000, "svg" -> "neuron_lab_weights_it10000.svg": the iteration in the name, files that sort together. */
export function chartFileName(chartId: string, iteration: number, extension: 'png' | 'svg'): string {
  return `neuron_lab_${chartId.replace(/[^a-z0-9-]+/gi, '_')}_it${Math.trunc(iteration)}.${extension}`;
}
