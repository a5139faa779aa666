import { describe, expect, it } from 'vitest';
import { pagesOf, pageText } from './ledgerPages';

describe('pagesOf(lefts, columnStep, columnsPerPage)', () => {
  it('puts every line on one page when all sit in the first two columns', () => {
    // Columns 600 px wide with a 24 px gap: the second starts at 624.
    expect(pagesOf([0, 0, 0, 0, 624, 624, 624, 624], 624, 2)).toEqual([{ lines: [0, 1, 2, 3, 4, 5, 6, 7], first: 1, last: 8 }]);
  });
  it('starts a page at the third column, and another at the fifth', () => {
    const lefts = [0, 0, 624, 624, 1248, 1248, 1872, 2496];
    expect(pagesOf(lefts, 624, 2)).toEqual([
      { lines: [0, 1, 2, 3], first: 1, last: 4 },
      { lines: [4, 5, 6], first: 5, last: 7 },
      { lines: [7], first: 8, last: 8 },
    ]);
  });
  it('reads a left edge a pixel or two off its column as that column', () => {
    expect(pagesOf([0.4, 623.2, 1247.6], 624, 2).map((page) => page.lines)).toEqual([[0, 1], [2]]);
  });
  it('never makes an empty page between two lines (a line too tall for a column)', () => {
    expect(pagesOf([0, 2496], 624, 2).map((page) => page.lines)).toEqual([[0], [1]]);
  });
  it('has no page for no lines, and refuses a step or page size that cannot be', () => {
    expect(pagesOf([], 624, 2)).toEqual([]);
    expect(() => pagesOf([0], 0, 2)).toThrow(RangeError);
    expect(() => pagesOf([0], Number.NaN, 2)).toThrow(RangeError);
    expect(() => pagesOf([0], 624, 0)).toThrow(RangeError);
  });
});

describe('pageText(page, lineCount)', () => {
  it('says which lines are shown, of how many', () => {
    expect(pageText({ lines: [0, 1, 2, 3], first: 1, last: 4 }, 8)).toBe('lines 1-4 of 8');
    expect(pageText({ lines: [7], first: 8, last: 8 }, 8)).toBe('line 8 of 8');
  });
});
