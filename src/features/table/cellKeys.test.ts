import { describe, expect, it } from 'vitest';
import { cellMove } from './cellKeys';

const caretAt = (position: number, length = 3) => ({ start: position, end: position, length });

describe('cellMove(key, shift, at, rows, columns, caret)', () => {
  const mid = { row: 1, column: 1 };
  it('moves down with Enter and ArrowDown, up with Shift+Enter and ArrowUp', () => {
    expect(cellMove('Enter', false, mid, 3, 4, caretAt(1))).toEqual({ row: 2, column: 1 });
    expect(cellMove('ArrowDown', false, mid, 3, 4, caretAt(1))).toEqual({ row: 2, column: 1 });
    expect(cellMove('Enter', true, mid, 3, 4, caretAt(1))).toEqual({ row: 0, column: 1 });
    expect(cellMove('ArrowUp', false, mid, 3, 4, caretAt(1))).toEqual({ row: 0, column: 1 });
  });
  it('stays put at the edges of the table', () => {
    expect(cellMove('Enter', false, { row: 2, column: 0 }, 3, 4, caretAt(0))).toBeNull();
    expect(cellMove('ArrowUp', false, { row: 0, column: 0 }, 3, 4, caretAt(0))).toBeNull();
    expect(cellMove('ArrowLeft', false, { row: 0, column: 0 }, 3, 4, caretAt(0))).toBeNull();
    expect(cellMove('ArrowRight', false, { row: 0, column: 3 }, 3, 4, caretAt(3))).toBeNull();
  });
  it('moves left or right only from the edge of the text', () => {
    expect(cellMove('ArrowLeft', false, mid, 3, 4, caretAt(0))).toEqual({ row: 1, column: 0 });
    expect(cellMove('ArrowLeft', false, mid, 3, 4, caretAt(2))).toBeNull();
    expect(cellMove('ArrowRight', false, mid, 3, 4, caretAt(3))).toEqual({ row: 1, column: 2 });
    expect(cellMove('ArrowRight', false, mid, 3, 4, caretAt(1))).toBeNull();
  });
  it('leaves a selection alone: the arrow collapses it inside the field', () => {
    expect(cellMove('ArrowRight', false, mid, 3, 4, { start: 0, end: 3, length: 3 })).toBeNull();
  });
  it('ignores other keys', () => {
    expect(cellMove('Tab', false, mid, 3, 4, caretAt(0))).toBeNull();
    expect(cellMove('5', false, mid, 3, 4, caretAt(0))).toBeNull();
  });
});
