import { describe, expect, it } from 'vitest';
import { captionLines } from './captionLines';

// Every character 10 px wide: a line of width w holds w / 10 characters.
const measure = (text: string) => text.length * 10;
const GERMAN = 'Die Tabelle des Tutorials · Startwert 1 · Lernrate 1 · Iteration 10.000';

describe('captionLines(caption, width, measure)', () => {
  it('keeps a caption that fits on one line', () => {
    expect(captionLines(GERMAN, GERMAN.length * 10, measure)).toEqual([GERMAN]);
  });

  it('breaks a long caption between its parts, never inside one', () => {
    // 50 characters a line: "Die Tabelle des Tutorials · Startwert 1" is 39, adding " · Lernrate 1" makes 52.
    expect(captionLines(GERMAN, 500, measure)).toEqual(['Die Tabelle des Tutorials · Startwert 1', 'Lernrate 1 · Iteration 10.000']);
    // 30 characters: each part on a line of its own where two do not fit.
    expect(captionLines(GERMAN, 300, measure)).toEqual(['Die Tabelle des Tutorials', 'Startwert 1 · Lernrate 1', 'Iteration 10.000']);
  });

  it('breaks a part wider than the line between its words, and puts every character somewhere', () => {
    const lines = captionLines(GERMAN, 150, measure);
    expect(lines).toEqual(['Die Tabelle des', 'Tutorials', 'Startwert 1', 'Lernrate 1', 'Iteration', '10.000']);
    expect(captionLines('', 100, measure)).toEqual([]);
  });
});
