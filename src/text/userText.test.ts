import { describe, expect, it } from 'vitest';
import { MAX_QUOTED, messageParts, plainMessage, quote, shownText } from './userText';

describe('quote(text)', () => {
  it('quotes short text as it is, isolated', () => {
    expect(quote('abc')).toBe("'\u2068abc\u2069'");
    expect(plainMessage(quote('abc'))).toBe("'abc'");
  });

  it('shows bidirectional controls and other invisible format characters as visible escapes', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE, U+200F RIGHT-TO-LEFT MARK, U+200B ZERO WIDTH SPACE.
    expect(shownText('a\u202Eb\u2066c\u200Fd\u200Be')).toBe('a<U+202E>b<U+2066>c<U+200F>d<U+200B>e');
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0xfeff, 0x00ad, 0x2028, 0x0a]) {
      const char = String.fromCodePoint(code);
      expect(shownText(char)).toBe(`<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`);
    }
  });

  it(`cuts to ${MAX_QUOTED} characters shown with an ellipsis, escapes counted as shown, never half a character`, () => {
    expect(shownText('x'.repeat(MAX_QUOTED))).toBe('x'.repeat(MAX_QUOTED));
    expect(shownText('x'.repeat(MAX_QUOTED + 1))).toBe(`${'x'.repeat(MAX_QUOTED)}…`);
    expect(shownText('\u202E'.repeat(10))).toBe(`${'<U+202E>'.repeat(5)}…`);
    expect(shownText('😀'.repeat(50))).toBe(`${'😀'.repeat(20)}…`); // 2 UTF-16 units each: 20 make 40
  });

  it('reads only what it shows: a 10-million-character text gives a short quote', () => {
    expect(quote('y'.repeat(10_000_000)).length).toBeLessThan(MAX_QUOTED + 6);
  });
});

describe('messageParts(message)', () => {
  it("splits a message into the app's words and the quotes", () => {
    expect(messageParts(`Seed: ${quote('\u05E9\u05DC')} is not a number.`)).toEqual([
      { text: 'Seed: \'', quoted: false },
      { text: '\u05E9\u05DC', quoted: true },
      { text: "' is not a number.", quoted: false },
    ]);
    expect(messageParts('No quote.')).toEqual([{ text: 'No quote.', quoted: false }]);
  });
});
