import { describe, expect, it } from 'vitest';
import { newRow } from './newRow';
import { PRESETS, findPreset } from './presets';
import { presetDataset } from './tableSlice';

const dataset = (id: Parameters<typeof findPreset>[0]) => presetDataset(findPreset(id)!);

describe('newRow(dataset)', () => {
  it("adds inputs no row has, following the rule the targets copy: the tutorial's target is input 3", () => {
    // The tutorial has 011, 100, 101: 001 is the first missing; its target is its input 3.
    expect(newRow(dataset('tutorial'))).toEqual([0, 0, 1, 1]);
    // "Nine lines" has 001, 111, 101, 011 and copies input 1: 010 -> 0.
    expect(newRow(dataset('nine-lines'))).toEqual([0, 1, 0, 0]);
  });

  it('without a copied input the target is 0; never all-zero inputs, never a row the table has', () => {
    for (const preset of PRESETS) {
      const table = presetDataset(preset);
      const row = newRow(table);
      expect(row.slice(0, 3)).not.toEqual([0, 0, 0]);
      expect(table.inputs.some((inputs) => inputs.every((v, j) => v === row[j]))).toBe(false);
    }
    // XOR has 001, 011, 101, 111 and copies no input: 010 -> 0.
    expect(newRow(dataset('xor'))).toEqual([0, 1, 0, 0]);
  });

  it('once every 0/1 combination is there, takes a count no row has in input 1', () => {
    const all = { inputs: [[0, 0, 1], [0, 1, 0], [0, 1, 1], [1, 0, 0], [1, 0, 1], [1, 1, 0], [1, 1, 1], [2, 0, 1]], targets: [0, 0, 0, 0, 0, 0, 0, 1] };
    expect(newRow(all)).toEqual([3, 0, 1, 0]);
  });
});
