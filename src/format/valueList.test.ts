import { afterEach, describe, expect, it } from 'vitest';
import { setNumberLanguage } from './number';
import { formatValueList } from './valueList';

describe('formatValueList', () => {
  afterEach(() => setNumberLanguage('en'));

  it('separates with commas where the decimal mark is a point', () => {
    expect(formatValueList([1, 0.5, -2])).toBe('1, 0.5, -2');
  });

  it('separates with semicolons where the decimal mark is a comma, so 0,5 stays one number', () => {
    setNumberLanguage('de');
    expect(formatValueList([1, 0.5, -2])).toBe('1; 0,5; -2');
  });
});
