import { describe, expect, it } from 'vitest';
import { forgetSaved } from './forgetSaved';
import { SAVED_TABLE_KEY } from '../../state/setup/savedTables';

function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (key: string) => void map.delete(key),
    map,
  };
}

describe('forgetSaved(storage)', () => {
  it("removes every key of this app, the saved table's included, and leaves other sites' keys", () => {
    const storage = memoryStorage({ [SAVED_TABLE_KEY]: '{}', 'neuron-lab:recent:v1': '[]', 'other-app:x': '1' });
    expect(forgetSaved(storage)).toBe(2);
    expect([...storage.map.keys()]).toEqual(['other-app:x']);
  });
  it('never throws: no storage, or storage that refuses', () => {
    expect(forgetSaved(null)).toBe(0);
    const refusing = { length: 1, key: () => { throw new Error('blocked'); }, removeItem: () => {} };
    expect(forgetSaved(refusing)).toBe(0);
  });
});
